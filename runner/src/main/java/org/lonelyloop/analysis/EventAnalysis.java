package org.lonelyloop.analysis;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.lonelyloop.table.CsvTable;

/**
 * A matched event study of a panel in long format (a run's panel.csv, or a household panel's data
 * in the same columns), as Buecker, Denissen and Luhmann (2021) studied life events in the Dutch
 * LISS panel: each person to whom an event happened between two waves is compared with matched
 * people to whom no event happened, from the last wave before the event on.
 *
 * <p>A person's event is the first wave whose {@code events} names it; the wave before it is the
 * baseline and must have been answered. Controls are people with no event of any kind from one wave
 * before the baseline window to the last follow-up, with the same partner status at baseline and
 * the nearest baseline loneliness (and age, when the panel has it: ten years count as one standard
 * deviation of the score), drawn with replacement. The effect at a wave is the mean over events of
 * the person's change since baseline minus the mean change of those of its controls who answered
 * that wave (a matched difference in differences), in standard deviations of the score at the first
 * wave, with a t-based 95 % interval over events. Waves before the baseline are placebo checks:
 * without anticipation they sit at zero.
 */
public final class EventAnalysis {
    /** Columns the file must have; {@code age} and {@code day} are used when present. */
    public static final List<String> COLUMNS = List.of("id", "wave", "lonelinessScore", "partnered", "events");
    /** Years of age that count as one score standard deviation when matching. */
    static final double AGE_SCALE = 10;

    /**
     * One effect.
     *
     * @param kind     the event
     * @param wave     waves from the event: 0 is the first wave after it, -1 the baseline, -2 the
     *                 wave before the baseline
     * @param effect   mean matched difference in change since baseline, in score SDs
     * @param low      lower end of the 95 % interval
     * @param high     upper end
     * @param events   events behind the estimate
     * @param meanDays mean days from baseline to the wave (NaN without a day column)
     */
    public record Row(String kind, int wave, double effect, double low, double high, int events, double meanDays) {
    }

    private final double[][] score;
    private final byte[][] partnered;
    private final double[][] age;
    private final double[][] day;
    /** Per person and wave, the events since the previous wave (bit k: {@link #kinds} k). */
    private final long[][] events;
    private final List<String> kinds;
    private final double scoreSd;

    private EventAnalysis(double[][] score, byte[][] partnered, double[][] age, double[][] day, long[][] events,
            List<String> kinds, double scoreSd) {
        this.score = score;
        this.partnered = partnered;
        this.age = age;
        this.day = day;
        this.events = events;
        this.kinds = kinds;
        this.scoreSd = scoreSd;
    }

    /** The events the panel names, in the order they first appear. */
    public List<String> kinds() {
        return kinds;
    }

    /** The standard deviation of the score at the first wave, the effects' unit. */
    public double scoreSd() {
        return scoreSd;
    }

    /** Persons in the panel. */
    public int persons() {
        return score.length;
    }

    /**
     * Reads a panel in long format.
     *
     * @throws IOException              the file cannot be read or is not CSV
     * @throws IllegalArgumentException a column is missing or a value is not what it should be (the message names it)
     */
    public static EventAnalysis read(Path file) throws IOException {
        CsvTable t = CsvTable.read(file);
        for (String c : COLUMNS) {
            if (!t.has(c)) {
                throw new IllegalArgumentException(file + ": no column '" + c + "' (an event study needs " + String.join(
                        ", ", COLUMNS) + "; a run writes them to panel.csv when its scenario has a panel: section)");
            }
        }
        if (t.size() == 0) {
            throw new IllegalArgumentException(file + ": holds a header and no rows; an event study needs a row per "
                    + "person and wave");
        }
        TreeMap<Long, Integer> persons = new TreeMap<>();
        int firstWave = Integer.MAX_VALUE;
        int lastWave = -1;
        for (int r = 0; r < t.size(); r++) {
            persons.putIfAbsent(PanelAnalysis.whole(t, r, "id", file), 0);
            int w = (int) PanelAnalysis.whole(t, r, "wave", file);
            if (w < 0) {
                throw new IllegalArgumentException(file + ", line " + (r + 2) + ": wave must be 0 or more, was " + w);
            }
            firstWave = Math.min(firstWave, w);
            lastWave = Math.max(lastWave, w);
        }
        int k = 0;
        for (Long id : persons.keySet()) {
            persons.put(id, k++);
        }
        int waves = lastWave + 1;
        double[][] score = PanelAnalysis.filled(persons.size(), waves);
        double[][] age = t.has("age") ? PanelAnalysis.filled(persons.size(), waves) : null;
        double[][] day = t.has("day") ? PanelAnalysis.filled(persons.size(), waves) : null;
        byte[][] partnered = new byte[persons.size()][waves];
        long[][] events = new long[persons.size()][waves];
        for (byte[] row : partnered) {
            Arrays.fill(row, (byte) -1);
        }
        Map<String, Integer> kinds = new LinkedHashMap<>();
        for (int r = 0; r < t.size(); r++) {
            int p = persons.get(PanelAnalysis.whole(t, r, "id", file));
            int w = (int) PanelAnalysis.whole(t, r, "wave", file);
            if (!Double.isNaN(score[p][w])) {
                throw new IllegalArgumentException(file + ", line " + (r + 2) + ": person " + t.text(r, "id").strip()
                        + " at wave " + w + " appears a second time");
            }
            score[p][w] = PanelAnalysis.finite(t, r, "lonelinessScore", file);
            if (age != null) {
                age[p][w] = PanelAnalysis.finite(t, r, "age", file);
            }
            if (day != null) {
                day[p][w] = PanelAnalysis.finite(t, r, "day", file);
            }
            String status = t.text(r, "partnered").strip();
            if (!status.equals("0") && !status.equals("1")) {
                throw new IllegalArgumentException(file + ", line " + (r + 2) + ": partnered must be 0 or 1, was '"
                        + status + "'");
            }
            partnered[p][w] = (byte) (status.equals("1") ? 1 : 0);
            for (String e : t.text(r, "events").split(";")) {
                String name = e.strip();
                if (name.isEmpty()) {
                    continue;
                }
                int bit = kinds.computeIfAbsent(name, x -> kinds.size());
                if (bit >= Long.SIZE) {
                    throw new IllegalArgumentException(file + ", line " + (r + 2) + ": more than " + Long.SIZE
                            + " kinds of event; an event study follows at most that many");
                }
                events[p][w] |= 1L << bit;
            }
        }
        double sd = sd(score, firstWave);
        if (!(sd > 0)) {
            throw new IllegalArgumentException(file + ": lonelinessScore is the same for everyone at wave " + firstWave
                    + "; effects are measured in its standard deviation");
        }
        return new EventAnalysis(score, partnered, age, day, events, List.copyOf(kinds.keySet()), sd);
    }

    private static double sd(double[][] score, int wave) {
        double sum = 0;
        double squares = 0;
        int n = 0;
        for (double[] s : score) {
            if (!Double.isNaN(s[wave])) {
                sum += s[wave];
                squares += s[wave] * s[wave];
                n++;
            }
        }
        double mean = sum / n;
        return n < 2 ? Double.NaN : Math.sqrt(Math.max(0, (squares - n * mean * mean) / (n - 1)));
    }

    /**
     * The effects of an event at the waves from {@code -1 - before} to {@code after} (the baseline
     * itself left out), with {@code controls} matched controls per event.
     *
     * @throws IllegalArgumentException the panel names no such event
     */
    public List<Row> estimate(String kind, int controls, int before, int after) {
        int bit = kinds.indexOf(kind);
        if (bit < 0) {
            throw new IllegalArgumentException("the panel records no event '" + kind + "'; it records " + (kinds.isEmpty()
                    ? "none" : String.join(", ", kinds)));
        }
        int waves = score[0].length;
        List<Match> matches = new ArrayList<>();
        for (int p = 0; p < score.length; p++) {
            int w = firstEvent(p, bit);
            if (w < 1 || Double.isNaN(score[p][w - 1])) {
                continue;
            }
            int[] c = controls(p, w, controls, Math.max(0, w - 1 - before), Math.min(waves - 1, w + after));
            if (c.length > 0) {
                matches.add(new Match(p, w, c));
            }
        }
        List<Row> out = new ArrayList<>();
        for (int rel = -1 - before; rel <= after; rel++) {
            if (rel == -1) {
                continue;
            }
            double[] d = new double[matches.size()];
            double days = 0;
            int m = 0;
            for (int e = 0; e < d.length; e++) {
                d[e] = difference(matches.get(e), rel);
                if (!Double.isNaN(d[e])) {
                    m++;
                    Match x = matches.get(e);
                    days += day == null ? 0 : day[x.person][x.wave + rel] - day[x.person][x.wave - 1];
                }
            }
            double[] interval = MeanInterval.of(d);
            out.add(new Row(kind, rel, interval[0], interval[1], interval[2], m,
                    day == null || m == 0 ? Double.NaN : days / m));
        }
        return out;
    }

    /** A person's event at {@code wave} (the first wave after it) and its matched controls. */
    private record Match(int person, int wave, int[] controls) {
    }

    /**
     * The person's change from baseline to {@code rel} waves from the event minus the mean change of
     * its controls who answered then, in score SDs; NaN when the person or every control missed it.
     */
    private double difference(Match x, int rel) {
        int base = x.wave - 1;
        int at = x.wave + rel;
        if (at < 0 || at >= score[x.person].length || Double.isNaN(score[x.person][at])) {
            return Double.NaN;
        }
        double sum = 0;
        int answered = 0;
        for (int q : x.controls) {
            if (!Double.isNaN(score[q][at])) {
                sum += score[q][at] - score[q][base];
                answered++;
            }
        }
        return answered == 0 ? Double.NaN : (score[x.person][at] - score[x.person][base] - sum / answered) / scoreSd;
    }

    /** The first wave whose events name this kind, or -1. */
    private int firstEvent(int p, int bit) {
        for (int w = 0; w < events[p].length; w++) {
            if ((events[p][w] & (1L << bit)) != 0) {
                return w;
            }
        }
        return -1;
    }

    /**
     * The {@code k} nearest persons at baseline {@code w - 1} with the same partner status and no
     * event at waves {@code from + 1} to {@code to}.
     */
    private int[] controls(int p, int w, int k, int from, int to) {
        int base = w - 1;
        int[] best = new int[k];
        double[] gap = new double[k];
        Arrays.fill(best, -1);
        Arrays.fill(gap, Double.POSITIVE_INFINITY);
        for (int q = 0; q < score.length; q++) {
            if (q == p || Double.isNaN(score[q][base]) || partnered[q][base] != partnered[p][base] || eventful(q, from, to)) {
                continue;
            }
            double g = Math.pow((score[q][base] - score[p][base]) / scoreSd, 2);
            if (age != null) {
                g += Math.pow((age[q][base] - age[p][base]) / AGE_SCALE, 2);
            }
            if (g < gap[k - 1]) {
                int at = k - 1;
                while (at > 0 && g < gap[at - 1]) {
                    gap[at] = gap[at - 1];
                    best[at] = best[at - 1];
                    at--;
                }
                gap[at] = g;
                best[at] = q;
            }
        }
        int found = 0;
        while (found < k && best[found] >= 0) {
            found++;
        }
        return Arrays.copyOf(best, found);
    }

    private boolean eventful(int q, int from, int to) {
        for (int w = from + 1; w <= to; w++) {
            if (events[q][w] != 0) {
                return true;
            }
        }
        return false;
    }
}
