package org.lonelyloop.model.params;

/**
 * Face-to-face contact and what it does to ties.
 *
 * @param initiateProbabilityPerDay chance that an agent with a very large network, undisturbed, sets out to
 *                                  meet one of its ties on a day
 * @param halfContactStrength       the summed strength of one's ties at which one sets out half as often:
 *                                  time for friends is limited, so contact saturates with network size, and
 *                                  someone with few or weak ties has fewer people to meet
 * @param acceptProbability         chance that an undisturbed tie agrees to a proposed meeting
 * @param strengthGainPerMeeting    share of the gap to full strength closed by one meeting
 * @param strengthDecayPerDay       share of strength lost on a day without meeting
 * @param dissolveBelow             a tie whose strength falls below this ends
 * @param formationProbabilityPerDay chance per day that an agent with no missing ties looks for a new one is 0;
 *                                  an agent missing all its ties looks with this chance (linear in between)
 * @param triadicShare              share of new ties that close a triangle (a friend of a friend);
 *                                  the rest come from shared settings: school, work, clubs
 * @param settingWindow             how many ring positions either side count as one's shared settings
 * @param newTieStrength            strength of a newly formed tie
 * @param intimacyGainPerMeeting    share of the gap to full intimacy with one's confidant closed by one
 *                                  meeting with them: close friendship takes some 200 hours together
 * @param intimacyDecayPerDay       share of intimacy lost on a day without meeting the confidant
 * @param intimacyCarryOver         intimacy a new confidant starts with, per unit of the tie's strength:
 *                                  the trust a friendship already has when it becomes the closest
 */
public record ContactParams(
        @Range(min = 0, max = 1, unit = "probability per day") double initiateProbabilityPerDay,
        @Range(min = 0, max = 50, unit = "summed tie strength") double halfContactStrength,
        @Range(min = 0, max = 1, unit = "probability") double acceptProbability,
        @Range(min = 0, max = 1, unit = "share per meeting") double strengthGainPerMeeting,
        @Range(min = 0, max = 0.5, unit = "share per day") double strengthDecayPerDay,
        @Range(min = 0, max = 0.5) double dissolveBelow,
        @Range(min = 0, max = 1, unit = "probability per day") double formationProbabilityPerDay,
        @Range(min = 0, max = 1, unit = "share") double triadicShare,
        @Range(min = 1, max = 100_000, unit = "ring positions") int settingWindow,
        @Range(min = 0.01, max = 1) double newTieStrength,
        @Range(min = 0, max = 1, unit = "share per meeting") double intimacyGainPerMeeting,
        @Range(min = 0, max = 0.5, unit = "share per day") double intimacyDecayPerDay,
        @Range(min = 0, max = 1, unit = "intimacy per unit tie strength") double intimacyCarryOver)
        implements java.io.Serializable {

    public static ContactParams defaults() {
        return new ContactParams(0.5, 2.0, 0.85, 0.15, 0.01, 0.05, 0.05, 0.5, 60, 0.25, 0.0125, 0.001, 0.32);
    }
}
