package org.lonelyloop.model.observe;

/**
 * The terms that change loneliness each day; the ledger keeps each per agent. Positive values raise
 * loneliness. The terms sum exactly to the day's change (before clamping to [0, 1]). Pathway terms
 * are named by the pathway's scenario key.
 */
public enum LonelinessSource {
    /** Pull back toward the agent's dispositional set point. */
    PERSISTENCE("persistence", false),
    /** Face-to-face contact, less what the contact pathways below account for (negative: contact relieves). */
    CONTACT("contact", false),
    /** Contact lost because time online replaced time with people. */
    DISPLACEMENT("displacement", true),
    /** Contact not sought or not enjoyed because loneliness makes people withdraw and misread others. */
    WITHDRAWAL("withdrawal", true),
    /** Contact gained (or lost) because an intervention changed the chance of meeting people. */
    INTERVENTIONS("interventions", true),
    /** Contact lost (or gained) because a life event (a lockdown, an illness) changed the chance of meeting people. */
    EVENTS("events", true),
    /** Relief from online support (maintenance and support). */
    MAINTENANCE("maintenance", false),
    /** Upward comparison with curated posts lowering mood. */
    COMPARISON("comparison", false),
    /** Seeing friends together without you. */
    FOMO("fomo", false),
    /** The mood of reactions received, against those expected. */
    REINFORCEMENT("reinforcement", false),
    /** Sleep debt from night use lowering mood. */
    SLEEP("sleep", false),
    /** Being bullied online. */
    CYBERBULLYING("cyberbullying", false),
    /** Juggling many platforms. */
    PLATFORMS("platforms", false),
    /** The person-specific mood response to passive use. */
    MOOD_DYNAMICS("moodDynamics", false);

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
