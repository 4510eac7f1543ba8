package org.lonelyloop.classroom;

import java.text.Normalizer;

/**
 * The name a student plays under: chosen on their phone, shown on the projector and to nobody
 * outside the lesson. Letters (any alphabet), digits, spaces, hyphens and underscores, 1 to
 * {@link #MAX} characters after trimming; anything that could be markup, a control character or an
 * invisible one is refused rather than cleaned, so what a class sees is what the student typed.
 * (Every page still escapes it: the phone and projector pages set it as text, never as HTML.)
 */
public record Nickname(String text) {
    /** Longest nickname, in characters: fits a phone's heading and a name under a circle. */
    public static final int MAX = 16;

    public Nickname {
        text = check(text);
    }

    /** Trims, joins runs of spaces and checks; throws {@link Refusal} with the reason in words. */
    private static String check(String raw) {
        if (raw == null) {
            throw new Refusal(400, "nickname.missing");
        }
        String t = Normalizer.normalize(raw, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
        if (t.isEmpty()) {
            throw new Refusal(400, "nickname.missing");
        }
        if (t.codePointCount(0, t.length()) > MAX) {
            throw new Refusal(400, "nickname.long");
        }
        for (int i = 0; i < t.length(); ) {
            int c = t.codePointAt(i);
            if (!(Character.isLetterOrDigit(c) || c == ' ' || c == '-' || c == '_')) {
                throw new Refusal(400, "nickname.characters");
            }
            i += Character.charCount(c);
        }
        return t;
    }

    /** The same nickname, for telling two students apart ("Noor" and "noor" are one). */
    public boolean sameAs(Nickname other) {
        return text.equalsIgnoreCase(other.text);
    }

    @Override
    public String toString() {
        return text;
    }
}
