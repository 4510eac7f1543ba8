package org.lonelyloop.model.observe;

/**
 * The terms that change loneliness each day; the ledger keeps each term per agent. Positive values
 * raise loneliness. The terms sum exactly to the day's change (before clamping to [0, 1]).
 */
public enum LonelinessSource {
    /** Pull back toward the agent's dispositional set point. */
    PERSISTENCE("persistence", false),
    /** Face-to-face contact as it would have been without the pathways below (negative: contact relieves). */
    CONTACT("contact", false),
    /** Contact lost because time online replaced time with people. */
    DISPLACEMENT("displacement", true);

    /** Name in output columns and ODD.md; pathways use their scenario key. */
    public final String key;
    /** Acts by changing the chance of face-to-face contact (its share of the contact term is attributed). */
    public final boolean throughContact;

    LonelinessSource(String key, boolean throughContact) {
        this.key = key;
        this.throughContact = throughContact;
    }

    /** Output column: {@code lonelinessFrom} plus the capitalised key. */
    public String column() {
        return "lonelinessFrom" + Character.toUpperCase(key.charAt(0)) + key.substring(1);
    }
}
