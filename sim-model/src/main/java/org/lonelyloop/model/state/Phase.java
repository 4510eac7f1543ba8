package org.lonelyloop.model.state;

/**
 * The phases of a simulated day, in the order they run. Each phase is one Steppable on MASON's
 * schedule with the phase's ordinal as its ordering (docs/ODD.md, section 3).
 */
public enum Phase {
    /** Clear today's accumulators. */
    BEGIN,
    /** Pathways push use; today's minutes (active, passive, at night) are drawn. */
    USE,
    /** Pathways scale each agent's chance of face-to-face contact; proposals are made. */
    CONTACT,
    /** Meetings are resolved pairwise; ties strengthen or weaken, and weak ties end. */
    MEET,
    /** What happens online: the feed, support, comparison, FOMO, reactions, bullying, sleep loss. */
    ONLINE,
    /** Mood, depressive symptoms, social anxiety and self-esteem take today's pushes. */
    AFFECT,
    /** Loneliness moves by the sum of the ledger's terms. */
    LONELINESS,
    /** New ties form (in agent order, so the result does not depend on threads). */
    NETWORK,
    /** Population measures are recorded. */
    OBSERVE
}
