package org.lonelyloop.model;

import java.io.Serializable;
import org.lonelyloop.model.params.AgeGroup;

/**
 * Agent state as one array per variable, indexed by agent id (0..size-1).
 *
 * <p>Traits are drawn once and do not change; states evolve day by day; "today" arrays are
 * rewritten every day by the phase that owns them and read by later phases. Only classes of the
 * model's own packages write here; outputs read through {@link AgentView} and the observe package.
 * Units and ranges of every variable are listed in docs/ODD.md (Entities, state variables and scales).
 */
public final class Population implements Serializable {
    private static final long serialVersionUID = 1L;

    public final int size;

    // Traits
    /** Age in years. */
    public final float[] age;
    /** Index of the agent's {@link AgeGroup}. */
    public final byte[] ageGroup;
    /** Share of social-media time spent actively (posting, reacting, messaging), 0..1. */
    public final float[] activeShare;
    /** Daily social-media minutes when every driver of use sits at its age group's reference. */
    public final float[] baseMinutes;
    /** Free time per day, minutes. */
    public final float[] freeMinutes;

    // States
    /** Latent loneliness, 0..1; {@link DeJongGierveld} maps it onto the 6-item scale. */
    public final float[] loneliness;
    /** Dispositional loneliness the agent returns to when nothing pushes it (inferred at burn-in). */
    public final float[] lonelinessSetPoint;
    /** Social anxiety (fear of being judged), 0..1. */
    public final float[] socialAnxiety;

    // Today
    /** Log-multiplier on baseline use, summed over the pathways that drive use today. */
    public final float[] useDrive;
    /** Social-media minutes today (active + passive). */
    public final float[] useMinutes;
    public final float[] activeMinutes;
    public final float[] passiveMinutes;
    /** Multiplier on the chance of initiating and accepting face-to-face contact today. */
    public final float[] contactFactor;
    /** Tie the agent proposes to meet today, or -1. */
    public final int[] proposal;
    /** The proposal the agent would have made with no pathway disturbing contact, or -1. */
    public final int[] proposalUndisturbed;
    /** Chance of accepting a proposed meeting today. */
    public final float[] availability;
    /** Face-to-face meetings today. */
    public final short[] contacts;
    /** Summed strength of the ties met today. */
    public final float[] contactQuality;
    /** What {@link #contactQuality} would have been with no pathway disturbing contact. */
    public final float[] contactQualityUndisturbed;

    /** Mean starting loneliness per age group in the default Dutch population: use drivers are centred on it. */
    public final double[] referenceLoneliness = new double[AgeGroup.COUNT];
    /** Mean social anxiety of the default population. */
    public final double[] referenceAnxiety = new double[AgeGroup.COUNT];

    public Population(int size) {
        this.size = size;
        age = new float[size];
        ageGroup = new byte[size];
        activeShare = new float[size];
        baseMinutes = new float[size];
        freeMinutes = new float[size];
        loneliness = new float[size];
        lonelinessSetPoint = new float[size];
        socialAnxiety = new float[size];
        useDrive = new float[size];
        useMinutes = new float[size];
        activeMinutes = new float[size];
        passiveMinutes = new float[size];
        contactFactor = new float[size];
        proposal = new int[size];
        proposalUndisturbed = new int[size];
        availability = new float[size];
        contacts = new short[size];
        contactQuality = new float[size];
        contactQualityUndisturbed = new float[size];
    }

    /** Heap bytes held by the per-agent arrays. */
    public long bytes() {
        // 15 float arrays, 3 int arrays, 1 short, 1 byte per agent
        return (long) size * (15 * 4 + 3 * 4 + 2 + 1);
    }
}
