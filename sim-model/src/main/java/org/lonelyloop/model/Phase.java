package org.lonelyloop.model;

/**
 * The phases of a simulated day, in the order they run. Each phase is one Steppable on MASON's
 * schedule with the phase's ordinal as its ordering; within a phase, processes run in the order
 * the model lists them (docs/ODD.md, Process overview and scheduling).
 */
public enum Phase {
    /** Clear today's accumulators. */
    BEGIN,
    /** Pathways that drive use add their push; today's minutes are drawn. */
    USE,
    /** Pathways that help or hinder face-to-face contact set each agent's contact factor; proposals are made. */
    CONTACT,
    /** Meetings are resolved pairwise; ties strengthen or weaken, and weak ties end. */
    MEET,
    /** Loneliness moves by the sum of the pathways' contributions and its persistence. */
    LONELINESS,
    /** New ties form (in agent order, so the result does not depend on threads). */
    NETWORK,
    /** Population metrics are recorded. */
    OBSERVE
}
