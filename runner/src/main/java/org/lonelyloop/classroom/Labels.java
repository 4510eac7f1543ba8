package org.lonelyloop.classroom;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The classroom GUI's words, in English or Dutch (labels.properties, labels_nl.properties). A key
 * missing from a language is an error caught by the tests, not a silent English fallback.
 */
public final class Labels {
    private static final String BUNDLE = "org.lonelyloop.classroom.labels";
    private final ResourceBundle bundle;
    private final Locale locale;

    private Labels(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** Dutch for a Dutch locale, English otherwise. */
    public static Labels of(Locale locale) {
        return new Labels("nl".equals(locale.getLanguage()) ? new Locale("nl") : Locale.ENGLISH);
    }

    /**
     * The language asked for: {@code en} or {@code nl}, or the system's when null.
     *
     * @throws IllegalArgumentException for any other language
     */
    public static Labels forLanguage(String lang) {
        if (lang == null) {
            return of(Locale.getDefault());
        }
        switch (lang.toLowerCase(Locale.ROOT)) {
            case "en": return of(Locale.ENGLISH);
            case "nl": return of(new Locale("nl"));
            default: throw new IllegalArgumentException("the GUI speaks en (English) or nl (Dutch), not '" + lang + "'");
        }
    }

    public Locale locale() {
        return locale;
    }

    /** The text for {@code key}, with {@code {0}}, {@code {1}} ... filled in (MessageFormat: write '' for an apostrophe). */
    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalArgumentException("no GUI text '" + key + "' in " + locale.getDisplayLanguage(Locale.ENGLISH), e);
        }
        return new MessageFormat(pattern, locale).format(args);
    }

    /** Every key of this language. */
    public java.util.Set<String> keys() {
        return bundle.keySet();
    }
}
