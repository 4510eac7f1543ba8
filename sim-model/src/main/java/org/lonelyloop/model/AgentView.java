package org.lonelyloop.model;

import org.lonelyloop.model.observe.DailyMetrics;
import org.lonelyloop.model.params.AgeGroup;
import org.lonelyloop.model.scale.DeJongGierveld;
import org.lonelyloop.model.scale.LonelinessScale;
import org.lonelyloop.model.state.Population;

/**
 * A read-only window on one agent, created on demand. Getters follow MASON's inspector naming, so
 * the GUI's inspector lists them as properties.
 */
public final class AgentView {
    private final LonelyLoop model;
    private final Population pop;
    private final int id;

    AgentView(LonelyLoop model, int id) {
        this.model = model;
        this.pop = model.world().population();
        this.id = id;
    }

    public int getId() {
        return id;
    }

    public double getAge() {
        return pop.age[id];
    }

    public String getAgeGroup() {
        return AgeGroup.get(pop.ageGroup[id]).label;
    }

    public double getLoneliness() {
        return pop.loneliness[id];
    }

    /** Emotional loneliness, 0..1: missing an intimate attachment. */
    public double getEmotionalLoneliness() {
        return pop.emotional(id);
    }

    /** Social loneliness, 0..1: missing a wider circle. */
    public double getSocialLoneliness() {
        return pop.social(id);
    }

    /** The noise-free 6-item De Jong Gierveld score, 0..6: the emotional and social subscales' sum. */
    public int getLonelinessScore() {
        return DeJongGierveld.score(pop.emotional(id), pop.social(id));
    }

    public int getEmotionalScore() {
        return DeJongGierveld.subscaleScore(pop.emotional(id));
    }

    public int getSocialScore() {
        return DeJongGierveld.subscaleScore(pop.social(id));
    }

    public String getLonelinessCategory() {
        return DeJongGierveld.categoryName(DeJongGierveld.category(getLonelinessScore()));
    }

    /**
     * The loneliness (0..1) the agent would return to with no partner, no friend and no contact: the
     * mean of its two dispositions (and today's circumstances).
     */
    public double getLonelinessSetPoint() {
        return LonelinessScale.logistic(0.5 * (pop.emotionalSetPoint[id] + pop.socialSetPoint[id]) + pop.lonelinessDrift[id]);
    }

    /** Emotional loneliness on its logit scale, the state the model moves. */
    public double getEmotionalLogit() {
        return pop.emotionalLogit[id];
    }

    /** Social loneliness on its logit scale. */
    public double getSocialLogit() {
        return pop.socialLogit[id];
    }

    /** The emotional disposition (logit): emotional loneliness with no partner, no friend and no contact. */
    public double getEmotionalSetPoint() {
        return pop.emotionalSetPoint[id];
    }

    /** The social disposition (logit). */
    public double getSocialSetPoint() {
        return pop.socialSetPoint[id];
    }

    /** Face-to-face meetings a week over about the last four weeks (an exponential moving average). */
    public double getMeetingsPerWeek() {
        return pop.meetingsPerWeek[id];
    }

    /** Whether the agent lives with a partner. */
    public boolean getPartnered() {
        return pop.cohabiting(id);
    }

    /** Whether the agent has a partner it does not (yet) live with. */
    public boolean getDating() {
        return pop.relationship[id] == Population.DATING;
    }

    /** Strength of the agent's closest offline tie, 0..1. */
    public double getCloseness() {
        return pop.closeness[id];
    }

    /** Intimacy with the agent's confidant, 0..1 (0 without one): built over months of meetings. */
    public double getIntimacy() {
        return pop.intimacy[id];
    }

    /** The agent its intimacy is with, or -1 for nobody. */
    public int getConfidant() {
        return Math.max(Population.NO_CONFIDANT, pop.confidant[id]);
    }

    /** The closeness the partnership grows towards, 0..1 (0 without a partner). */
    public double getPartnerBond() {
        return pop.partnerBond[id];
    }

    /** Closeness of the partner, 0..1 (0 without one). */
    public double getPartnerCloseness() {
        return pop.partnerCloseness[id];
    }

    /** The closest attachment emotional loneliness answers to (a partner, or intimacy with a confidant). */
    public double getAttachment() {
        return org.lonelyloop.model.submodel.LonelinessDynamics.attachment(pop, id,
                model.params().loneliness().confidantWeight());
    }

    public double getSocialAnxiety() {
        return pop.socialAnxiety[id];
    }

    public double getSelfEsteem() {
        return pop.selfEsteem[id];
    }

    public double getDepression() {
        return pop.depression[id];
    }

    /** Mood as the agent would report it today (lasting and momentary). */
    public double getMood() {
        return pop.reportedMood(id);
    }

    public double getSleepDebt() {
        return pop.sleepDebt[id];
    }

    public double getFomo() {
        return pop.fomo[id];
    }

    public double getHabit() {
        return pop.habit[id];
    }

    public double getDependence() {
        return pop.dependence[id];
    }

    public boolean getProblematicUse() {
        return DailyMetrics.problematic(pop, id, model.params().measures());
    }

    public double getSusceptibility() {
        return pop.susceptibility[id];
    }

    public int getPlatforms() {
        return pop.platforms[id];
    }

    public double getUseMinutes() {
        return pop.useMinutes[id];
    }

    public double getActiveMinutes() {
        return pop.activeMinutes[id];
    }

    public double getPassiveMinutes() {
        return pop.passiveMinutes[id];
    }

    public double getNightMinutes() {
        return pop.nightMinutes[id];
    }

    public double getFreeMinutes() {
        return pop.freeMinutes[id];
    }

    public int getContactsToday() {
        return pop.contacts[id];
    }

    public int getReactionsToday() {
        return pop.rewards[id];
    }

    public boolean getBulliedToday() {
        return pop.bullied[id] != 0;
    }

    public int getOfflineTies() {
        return model.world().offline().degree(id);
    }

    public double getOfflineStrength() {
        return model.world().offline().strengthSum(id);
    }

    public int getOnlineTies() {
        return model.world().online().degree(id);
    }

    /** Whether the agent takes part in an intervention that has started. */
    public boolean getParticipant() {
        return pop.participant(id);
    }

    public double getLoopGain() {
        return model.loopGain().of(pop, model.world().ledger(), id);
    }

    /**
     * The life events that touched this agent on {@code day}: each as its type ({@code move},
     * {@code loss}, {@code lockdown}, {@code illness}), or the type and {@code .end} on the first
     * day after a lockdown or illness, in the scenario's order.
     */
    public java.util.List<String> lifeEventsOn(int day) {
        java.util.List<String> out = new java.util.ArrayList<>();
        for (org.lonelyloop.model.event.LifeEvent e : model.events()) {
            boolean begins = e.beginsOn(day);
            boolean ends = e.endedOn(day);
            int[] who = begins || ends ? e.affected() : null;
            if (who != null && java.util.Arrays.binarySearch(who, id) >= 0) {
                out.add(e.spec().type().name() + (ends ? ".end" : ""));
            }
        }
        return out;
    }

    public int[] offlineNeighbours() {
        return model.world().offline().neighboursOf(id);
    }

    /**
     * Days since each offline tie formed, aligned with {@link #offlineNeighbours()}, as of the last
     * day run (ties the run started from count from the first day of the burn-in).
     */
    public int[] offlineTieAges() {
        org.lonelyloop.model.network.TieGraph g = model.world().offline();
        int today = model.day() - 1;
        int[] out = new int[g.degree(id)];
        for (int k = 0; k < out.length; k++) {
            out[k] = g.age(id, k, today);
        }
        return out;
    }

    /** Strengths of the offline ties, aligned with {@link #offlineNeighbours()}. */
    public float[] offlineStrengths() {
        org.lonelyloop.model.network.TieGraph g = model.world().offline();
        float[] out = new float[g.degree(id)];
        for (int k = 0; k < out.length; k++) {
            out[k] = g.strength(id, k);
        }
        return out;
    }

    /** The offline ties this agent met face to face on the last day run (ties that ended are gone). */
    public int[] metToday() {
        org.lonelyloop.model.network.TieGraph g = model.world().offline();
        int[] out = new int[g.degree(id)];
        int n = 0;
        for (int k = 0; k < out.length; k++) {
            if (g.has(id, k, org.lonelyloop.model.network.TieGraph.MET)) {
                out[n++] = g.neighbour(id, k);
            }
        }
        return java.util.Arrays.copyOf(out, n);
    }

    /** Offline ties that ended on the last day run. */
    public int tiesLostToday() {
        return pop.tiesLost[id];
    }

    public int[] onlineNeighbours() {
        return model.world().online().neighboursOf(id);
    }

    /**
     * What a source added to this agent's loneliness on the last day run, on the logit scale
     * (the agent's row of the pathway ledger).
     */
    public double lonelinessFrom(org.lonelyloop.model.state.LonelinessSource source) {
        return model.world().ledger().loneliness(source)[id];
    }

    /** Minutes of use a pathway added on the last day run (negative: removed), the others as they are. */
    public double minutesFrom(org.lonelyloop.model.state.UseSource source) {
        return pop.useMinutes[id] * (1 - Math.exp(-model.world().ledger().useDrive(source)[id]));
    }

    /** Minutes of use interventions removed on the last day run. */
    public double getMinutesRemovedByInterventions() {
        return pop.useRemoved(id);
    }
}
