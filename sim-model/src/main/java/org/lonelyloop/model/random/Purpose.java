package org.lonelyloop.model.random;

/**
 * What a random draw is for. Each purpose has a fixed code that enters the stream key, so adding a
 * purpose or reordering this list never changes the numbers an existing purpose receives.
 */
public enum Purpose {
    INITIALISE(1),
    USE(2),
    INITIATE_CONTACT(3),
    ACCEPT_CONTACT(4),
    TIE_FORMATION(5),
    NETWORK_GENERATION(6),
    REACTIONS(7),
    BULLYING(8),
    SUSCEPTIBILITY(9),
    MOOD(10),
    ONLINE_LINK(11),
    INTERVENTION_SELECT(12),
    INTERVENTION_ADHERE(13),
    THERAPY_QUEUE(14),
    CIRCUMSTANCES(15),
    SETTING(16),
    EVENT(17),
    PARTNERS(18);

    /** Stable code mixed into the stream key; never reuse or change a code once released. */
    public final int code;

    Purpose(int code) {
        this.code = code;
    }
}
