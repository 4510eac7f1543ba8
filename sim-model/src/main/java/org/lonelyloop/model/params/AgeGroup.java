package org.lonelyloop.model.params;

/**
 * The ten-year age bands CBS uses for loneliness (StatLine 85766NED). Agents younger than 15 (a
 * school class) are counted in the youngest band.
 */
public enum AgeGroup {
    Y15_24("15-24", 15, 25),
    Y25_34("25-34", 25, 35),
    Y35_44("35-44", 35, 45),
    Y45_54("45-54", 45, 55),
    Y55_64("55-64", 55, 65),
    Y65_74("65-74", 65, 75),
    Y75_PLUS("75+", 75, 95);

    public static final int COUNT = values().length;
    private static final AgeGroup[] VALUES = values();

    public final String label;
    /** Lower bound in years (inclusive). */
    public final int from;
    /** Upper bound in years (exclusive); 95 caps the open top band for sampling. */
    public final int to;

    AgeGroup(String label, int from, int to) {
        this.label = label;
        this.from = from;
        this.to = to;
    }

    public static AgeGroup of(double ageYears) {
        for (int g = 1; g < VALUES.length; g++) {
            if (ageYears < VALUES[g].from) {
                return VALUES[g - 1];
            }
        }
        return Y75_PLUS;
    }

    public static AgeGroup get(int index) {
        return VALUES[index];
    }

    /** Labels in band order, for output column names. */
    public static String[] labels() {
        String[] l = new String[COUNT];
        for (int g = 0; g < COUNT; g++) {
            l[g] = VALUES[g].label;
        }
        return l;
    }
}
