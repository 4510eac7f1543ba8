package org.lonelyloop.model.state;

/**
 * The terms that change loneliness each day; the ledger keeps each per agent. Positive values raise
 * loneliness. Loneliness is two states (emotional and social, docs/ODD.md 7.5) and the ledger books
 * each term's contribution to their mean logit, the one-number loneliness: a term that acts on one
 * subscale counts half, a term that acts on both counts whole. The terms sum exactly to the day's
 * change of that mean. Pathway terms are named by the pathway's scenario key.
 */
public enum LonelinessSource {
    /** Pull back toward the agent's dispositional set points (both subscales, each at its own rate). */
    PERSISTENCE("persistence", false, Subscale.BOTH),
    /** The closeness of one's partner, or of one's closest friend (negative: attachment relieves emotional loneliness). */
    ATTACHMENT("attachment", false, Subscale.EMOTIONAL),
    /** Face-to-face contact, less what the contact pathways below account for (negative: contact relieves). */
    CONTACT("contact", false, Subscale.SOCIAL),
    /** Contact lost because time online replaced time with people. */
    DISPLACEMENT("displacement", true, Subscale.SOCIAL),
    /** Contact not sought or not enjoyed because loneliness makes people withdraw and misread others. */
    WITHDRAWAL("withdrawal", true, Subscale.SOCIAL),
    /** Contact gained (or lost) because an intervention changed the chance of meeting people. */
    INTERVENTIONS("interventions", true, Subscale.SOCIAL),
    /** Contact lost (or gained) because a life event (a lockdown, an illness) changed the chance of meeting people. */
    EVENTS("events", true, Subscale.SOCIAL),
    /** Relief from online support (maintenance and support): someone to rely on, as contact is. */
    MAINTENANCE("maintenance", false, Subscale.SOCIAL),
    /** Upward comparison with curated posts lowering mood. */
    COMPARISON("comparison", false, Subscale.BOTH),
    /** Seeing friends together without you. */
    FOMO("fomo", false, Subscale.BOTH),
    /** The mood of reactions received, against those expected. */
    REINFORCEMENT("reinforcement", false, Subscale.BOTH),
    /** Sleep debt from night use lowering mood. */
    SLEEP("sleep", false, Subscale.BOTH),
    /** Being bullied online. */
    CYBERBULLYING("cyberbullying", false, Subscale.BOTH),
    /** Juggling many platforms. */
    PLATFORMS("platforms", false, Subscale.BOTH),
    /** The person-specific mood response to passive use. */
    MOOD_DYNAMICS("moodDynamics", false, Subscale.BOTH);

    /** Which of the two kinds of loneliness a term moves. */
    public enum Subscale {
        /** Emotional loneliness only (the closest attachment). */
        EMOTIONAL,
        /** Social loneliness only (contact and the wider circle). */
        SOCIAL,
        /** Both, by the same amount (mood, and what moves mood). */
        BOTH
    }

    /** Name in output columns and ODD.md; pathways use their scenario key. */
    public final String key;
    /** Acts by changing the chance of face-to-face contact (its share of the contact term is attributed). */
    public final boolean throughContact;
    /**
     * Which subscale the term moves. A pathway books a {@link Subscale#SOCIAL} term in units of social
     * loneliness, and the loneliness step books half of it (its share of the mean); a
     * {@link Subscale#BOTH} term is booked as it is.
     */
    public final Subscale acts;

    LonelinessSource(String key, boolean throughContact, Subscale acts) {
        this.key = key;
        this.throughContact = throughContact;
        this.acts = acts;
    }

    /** Output column: {@code lonelinessFrom} plus the capitalised key. */
    public String column() {
        return "lonelinessFrom" + Character.toUpperCase(key.charAt(0)) + key.substring(1);
    }
}
