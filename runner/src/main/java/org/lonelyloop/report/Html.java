package org.lonelyloop.report;

/**
 * A small writer of well-formed XHTML (it parses as XML as well as HTML), escaping all text, so
 * a report can be checked by an XML parser and opened by any browser.
 */
final class Html {
    private final StringBuilder sb = new StringBuilder();

    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    Html open(String tag) {
        sb.append('<').append(tag).append('>');
        return this;
    }

    /** An opening tag with attributes given as name, value pairs. */
    Html open(String tag, String... attributes) {
        sb.append('<').append(tag);
        attributes(attributes);
        sb.append('>');
        return this;
    }

    Html close(String tag) {
        sb.append("</").append(tag).append(">\n");
        return this;
    }

    /** An element holding only text. */
    Html element(String tag, String text) {
        return open(tag).text(text).close(tag);
    }

    /** An element with no content, such as img. */
    Html empty(String tag, String... attributes) {
        sb.append('<').append(tag);
        attributes(attributes);
        sb.append("/>\n");
        return this;
    }

    Html text(String text) {
        sb.append(escape(text));
        return this;
    }

    /** Markup that is already well formed (the page's fixed head). */
    Html raw(String markup) {
        sb.append(markup);
        return this;
    }

    private void attributes(String[] attributes) {
        for (int k = 0; k + 1 < attributes.length; k += 2) {
            sb.append(' ').append(attributes[k]).append("=\"").append(escape(attributes[k + 1])).append('"');
        }
    }

    @Override
    public String toString() {
        return sb.toString();
    }
}
