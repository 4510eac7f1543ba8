package org.lonelyloop.model.params;


/**
 * Reference levels of the default Dutch population: loneliness from the shipped calibration (the
 * mean each band settles at in the default world), the rest from the default parameters.
 * Pathways that push use are centred on them: an agent whose loneliness, anxiety, depressive
 * symptoms and platform count equal the default means for its age uses its baseline amount, and a
 * scenario with a lonelier population therefore does use more.
 */
public final class ReferenceLevels {
    private static final double[] LONELINESS = new double[AgeGroup.COUNT];
    private static final double[] PLATFORMS = new double[AgeGroup.COUNT];
    private static final double ANXIETY;
    private static final double DEPRESSION;

    static {
        PopulationParams d = PopulationParams.defaults();
        for (AgeGroup g : AgeGroup.values()) {
            LONELINESS[g.ordinal()] = Calibrated.shipped().referenceLoneliness().get(g);
            PLATFORMS[g.ordinal()] = d.platformsMean().get(g);
        }
        ANXIETY = d.socialAnxietyMean();
        DEPRESSION = d.depressionMean();
    }

    private ReferenceLevels() {
    }

    /** Mean loneliness (0..1) the default population settles at in one age band. */
    public static double loneliness(int ageGroup) {
        return LONELINESS[ageGroup];
    }

    /** Mean platform count of the default population in one age band. */
    public static double platforms(int ageGroup) {
        return PLATFORMS[ageGroup];
    }

    public static double anxiety() {
        return ANXIETY;
    }

    public static double depression() {
        return DEPRESSION;
    }
}
