package org.lonelyloop.model.observe;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.lonelyloop.model.DeJongGierveld;
import org.lonelyloop.model.Population;
import org.lonelyloop.model.Workers;
import org.lonelyloop.model.network.TieGraph;

/**
 * Reduces the population to the measures of one day. Sums are kept per chunk and added in chunk
 * order, so the result is bit-identical for any thread count.
 */
public final class DailyMetrics {
    private static final List<Column> COLUMNS;
    private static final int SHARE_NOT = 0;
    private static final int SHARE_SOMEWHAT = 1;
    private static final int SHARE_STRONGLY = 2;
    private static final int MEAN_LONELINESS = 3;
    private static final int MEAN_USE = 4;
    private static final int MEAN_ACTIVE = 5;
    private static final int MEAN_PASSIVE = 6;
    private static final int MEAN_CONTACTS = 7;
    private static final int MEAN_TIES = 8;
    private static final int MEAN_STRENGTH = 9;
    private static final int FIRST_LONELINESS_SOURCE = 10;
    private static final int FIRST_USE_SOURCE = FIRST_LONELINESS_SOURCE + LonelinessSource.values().length;

    static {
        List<Column> c = new ArrayList<>();
        c.add(new Column("shareNotLonely", "share of agents", "De Jong Gierveld 6-item score 0-1"));
        c.add(new Column("shareSomewhatLonely", "share of agents", "score 2-4"));
        c.add(new Column("shareStronglyLonely", "share of agents", "score 5-6"));
        c.add(new Column("meanLoneliness", "latent 0..1", "mean latent loneliness"));
        c.add(new Column("meanUseMinutes", "minutes per day", "mean social-media minutes (active + passive)"));
        c.add(new Column("meanActiveMinutes", "minutes per day", "mean minutes posting, reacting, messaging"));
        c.add(new Column("meanPassiveMinutes", "minutes per day", "mean minutes scrolling others' posts"));
        c.add(new Column("meanContacts", "meetings per day", "mean face-to-face meetings with offline ties"));
        c.add(new Column("meanOfflineTies", "ties per agent", "mean number of offline ties"));
        c.add(new Column("meanTieStrength", "0..1", "mean strength over all offline ties"));
        for (LonelinessSource s : LonelinessSource.values()) {
            c.add(new Column(s.column(), "loneliness per day", "mean contribution of " + s.key
                    + " to the day's change in loneliness (ledger)"));
        }
        for (UseSource s : UseSource.values()) {
            c.add(new Column(s.column(), "minutes per day", "mean minutes of use added by " + s.key + " (ledger)"));
        }
        COLUMNS = Collections.unmodifiableList(c);
    }

    private DailyMetrics() {
    }

    /** The recorded columns, in output order (after the day column). */
    public static List<Column> columns() {
        return COLUMNS;
    }

    public static DayRecord measure(int day, Population pop, TieGraph offline, Ledger ledger, Workers workers) {
        int width = COLUMNS.size() + 1; // one extra slot: total tie strength, turned into a mean below
        int strengthSlot = COLUMNS.size();
        double[][] partial = new double[Workers.chunkCount(pop.size)][width];
        LonelinessSource[] ls = LonelinessSource.values();
        UseSource[] us = UseSource.values();
        workers.forEachChunk(pop.size, (chunk, from, to) -> {
            double[] s = partial[chunk];
            for (int i = from; i < to; i++) {
                float l = pop.loneliness[i];
                s[SHARE_NOT + DeJongGierveld.category(l)] += 1;
                s[MEAN_LONELINESS] += l;
                s[MEAN_USE] += pop.useMinutes[i];
                s[MEAN_ACTIVE] += pop.activeMinutes[i];
                s[MEAN_PASSIVE] += pop.passiveMinutes[i];
                s[MEAN_CONTACTS] += pop.contacts[i];
                s[MEAN_TIES] += offline.degree(i);
                s[strengthSlot] += offline.strengthSum(i);
                for (int k = 0; k < ls.length; k++) {
                    s[FIRST_LONELINESS_SOURCE + k] += ledger.loneliness(ls[k])[i];
                }
                for (int k = 0; k < us.length; k++) {
                    double drive = ledger.useDrive(us[k])[i];
                    s[FIRST_USE_SOURCE + k] += pop.useMinutes[i] * (1 - Math.exp(-drive));
                }
            }
        });
        double[] total = new double[width];
        for (double[] s : partial) {
            for (int c = 0; c < width; c++) {
                total[c] += s[c];
            }
        }
        double[] v = new double[COLUMNS.size()];
        int n = Math.max(1, pop.size);
        for (int c = 0; c < v.length; c++) {
            v[c] = total[c] / n;
        }
        v[MEAN_STRENGTH] = total[MEAN_TIES] == 0 ? 0 : total[strengthSlot] / total[MEAN_TIES];
        return new DayRecord(day, v, COLUMNS);
    }
}
