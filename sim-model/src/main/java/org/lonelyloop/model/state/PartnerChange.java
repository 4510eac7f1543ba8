package org.lonelyloop.model.state;

/**
 * A partnership that ended or began, or became a shared household, on a day: what an event study
 * follows people from.
 *
 * @param day      the day it happened (negative in the burn-in)
 * @param agent    whom it happened to
 * @param kind     what happened
 * @param scripted whether a scenario's {@code events:} made it happen, rather than the Dutch rates
 */
public record PartnerChange(int day, int agent, Kind kind, boolean scripted) implements java.io.Serializable {

    /** What happened to the partnership. */
    public enum Kind {
        /** The partner died. */
        WIDOWHOOD("widowhood"),
        /** The partnership ended in a separation. */
        SEPARATION("separation"),
        /** The agent began living with a partner. */
        PARTNERING("partnering"),
        /** The agent began a relationship, not yet living together. */
        RELATIONSHIP("relationship");

        /** Name in events.csv and event-study outputs. */
        public final String key;

        Kind(String key) {
            this.key = key;
        }
    }
}
