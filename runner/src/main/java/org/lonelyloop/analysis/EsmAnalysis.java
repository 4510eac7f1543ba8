package org.lonelyloop.analysis;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.lonelyloop.table.CsvTable;

/**
 * Person-specific effects of passive use on mood from experience-sampling data in long format (a
 * run's esm.csv, or a study's data with the columns id, mood, passiveMinutes): each person's
 * standardised within-person slope, shrunk by empirical Bayes and classified as worse, no effect
 * or better ({@link PersonSpecificEffects}).
 */
public final class EsmAnalysis {
    public static final List<String> COLUMNS = List.of("id", "mood", "passiveMinutes");

    private EsmAnalysis() {
    }

    /**
     * @throws IllegalArgumentException a column is missing, an id is not a whole number, or fewer than
     *                                  three persons have varying mood and use (the message says which)
     */
    public static PersonSpecificEffects.Shares estimate(Path file, double threshold) throws IOException {
        CsvTable t = CsvTable.read(file);
        for (String c : COLUMNS) {
            if (!t.has(c)) {
                throw new IllegalArgumentException(file + ": no column '" + c + "' (experience sampling needs "
                        + String.join(", ", COLUMNS) + ")");
            }
        }
        TreeMap<Long, List<double[]>> byPerson = new TreeMap<>();
        for (int r = 0; r < t.size(); r++) {
            String id = t.text(r, "id");
            long person;
            try {
                person = Long.parseLong(id.strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(file + ", line " + (r + 2) + ": id must be a whole number, was '" + id
                        + "'");
            }
            byPerson.computeIfAbsent(person, k -> new ArrayList<>())
                    .add(new double[] {t.number(r, "mood"), t.number(r, "passiveMinutes")});
        }
        double[][] mood = new double[byPerson.size()][];
        double[][] passive = new double[byPerson.size()][];
        int p = 0;
        for (List<double[]> rows : byPerson.values()) {
            mood[p] = rows.stream().mapToDouble(x -> x[0]).toArray();
            passive[p] = rows.stream().mapToDouble(x -> x[1]).toArray();
            p++;
        }
        try {
            return PersonSpecificEffects.estimate(mood, passive, threshold);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
    }
}
