package org.lonelyloop.model.observe;

import java.util.ArrayList;
import java.util.List;
import org.lonelyloop.model.params.AgeGroup;
import org.lonelyloop.model.scale.DeJongGierveld;
import org.lonelyloop.model.state.Ledger;
import org.lonelyloop.model.state.LonelinessSource;
import org.lonelyloop.model.state.Population;
import org.lonelyloop.model.state.Workers;

/**
 * The pathway ledger of one day broken down by group: for every loneliness source, its mean
 * contribution per agent within each age band and within each loneliness category (not, somewhat,
 * strongly lonely). Sums are kept per chunk and added in chunk order (deterministic).
 */
public final class LedgerBreakdown {
    /**
     * One row: the mean contribution of a source in a group.
     *
     * @param grouping "age" or "loneliness"
     * @param group    the age band label or the loneliness category name
     * @param source   the source key (persistence, contact, displacement, ...)
     * @param agents   agents in the group
     * @param mean     mean contribution per agent per day, logit scale
     */
    public record Row(String grouping, String group, String source, int agents, double mean) {
    }

    private LedgerBreakdown() {
    }

    public static List<Row> measure(Population pop, Ledger ledger, Workers workers) {
        LonelinessSource[] sources = LonelinessSource.values();
        int groups = AgeGroup.COUNT + 3;
        int width = groups * (sources.length + 1);
        double[][] partial = new double[Workers.chunkCount(pop.size)][width];
        workers.forEachChunk(pop.size, (chunk, from, to) -> {
            double[] s = partial[chunk];
            for (int i = from; i < to; i++) {
                int age = pop.ageGroup[i];
                int category = AgeGroup.COUNT + DeJongGierveld.category(DeJongGierveld.score(pop.emotional(i), pop.social(i)));
                s[age * (sources.length + 1)] += 1;
                s[category * (sources.length + 1)] += 1;
                for (int k = 0; k < sources.length; k++) {
                    float v = ledger.loneliness(sources[k])[i];
                    s[age * (sources.length + 1) + 1 + k] += v;
                    s[category * (sources.length + 1) + 1 + k] += v;
                }
            }
        });
        double[] total = new double[width];
        for (double[] s : partial) {
            for (int c = 0; c < width; c++) {
                total[c] += s[c];
            }
        }
        List<Row> rows = new ArrayList<>();
        for (int g = 0; g < groups; g++) {
            int base = g * (sources.length + 1);
            int n = (int) total[base];
            boolean byAge = g < AgeGroup.COUNT;
            String label = byAge ? AgeGroup.get(g).label : DeJongGierveld.categoryName(g - AgeGroup.COUNT);
            for (int k = 0; k < sources.length; k++) {
                rows.add(new Row(byAge ? "age" : "loneliness", label, sources[k].key, n,
                        n == 0 ? Double.NaN : total[base + 1 + k] / n));
            }
        }
        return rows;
    }
}
