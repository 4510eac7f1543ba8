package org.lonelyloop.study;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.lonelyloop.model.AgentView;
import org.lonelyloop.model.LonelyLoop;
import org.lonelyloop.model.event.LifeEvent;
import org.lonelyloop.model.params.AgeGroup;
import org.lonelyloop.model.state.PartnerChange;

/**
 * An event study, as matched panel studies of life events measure them (Buecker, Denissen and
 * Luhmann 2021, on the Dutch LISS panel): people to whom an event happens are compared with matched
 * people to whom it does not, before and after. The model is only read.
 *
 * <p>Every week the study keeps everyone's loneliness, partner status and age band; when an event
 * of a followed kind happens (a partner's death, a separation or moving in with a partner, at Dutch
 * rates, the first two also scripted; a scripted move or loss of the closest friend), the person's baseline is the reading four to five
 * weeks before, and {@value #CONTROLS} controls are chosen among people of the same age band and
 * partner status at that baseline with the nearest baseline loneliness. Each is surveyed with the
 * 6-item De Jong Gierveld scale (item noise {@code measures.itemNoise}, drawn per person and day, so
 * the answers do not depend on the order of the survey) at baseline and 1, 3, 12 and 24 months after
 * the event. The effect at a follow-up is the mean, over events, of the person's change minus the
 * mean change of its controls (a matched difference in differences), in standard deviations of the
 * score in the population, with a 95 % interval from the spread of those paired differences.
 */
public final class EventStudy {
    /** Days after the event of each follow-up, and their names in measures. */
    public static final int[] FOLLOW_DAYS = {30, 91, 365, 730};
    public static final String[] FOLLOW_NAMES = {"1m", "3m", "12m", "24m"};
    /** Controls per event. */
    public static final int CONTROLS = 3;
    /** The baseline is the weekly reading this many days or more before the event. */
    static final int BASELINE_BEFORE = 28;
    private static final int WEEK = 7;
    private static final int KEPT = 6;

    /** Kinds of event the study can follow, by their name in measures. */
    public static final List<String> KINDS = List.of("widowhood", "separation", "partnering", "move", "loss");

    private final LonelyLoop model;
    private final List<String> kinds;
    private final double itemNoise;
    private final long seed;
    private final int n;
    /** Weekly readings: emotional and social latent loneliness, partner status; a ring of {@value #KEPT}. */
    private final float[][] emotional = new float[KEPT][];
    private final float[][] social = new float[KEPT][];
    private final boolean[][] partnered = new boolean[KEPT][];
    private final int[] readingDay = new int[KEPT];
    private final byte[] band;
    private int readings;
    private double scoreSd = Double.NaN;
    private final Map<Integer, List<Follow>> due = new HashMap<>();
    /** Per kind and follow-up, the paired differences (event minus its controls' mean change). */
    private final Map<String, List<List<Double>>> differences = new LinkedHashMap<>();

    /** One event and its controls: whom to survey when, and what they answered at baseline. */
    private static final class Follow {
        final String kind;
        final int[] people;
        final double[] baseline;
        final int eventDay;

        Follow(String kind, int[] people, double[] baseline, int eventDay) {
            this.kind = kind;
            this.people = people;
            this.baseline = baseline;
            this.eventDay = eventDay;
        }
    }

    /**
     * Follows these kinds of event in this model from the next recorded day on; call {@link #afterDay}
     * after every day.
     */
    public EventStudy(LonelyLoop model, List<String> kinds, long seed) {
        for (String k : kinds) {
            if (!KINDS.contains(k)) {
                throw new IllegalArgumentException("an event study follows " + String.join(", ", KINDS) + "; not " + k);
            }
        }
        this.model = model;
        this.kinds = List.copyOf(kinds);
        this.itemNoise = model.params().measures().itemNoise();
        this.seed = seed;
        this.n = model.populationSize();
        this.band = new byte[n];
        for (String k : kinds) {
            List<List<Double>> perFollow = new ArrayList<>();
            for (int f = 0; f < FOLLOW_DAYS.length; f++) {
                perFollow.add(new ArrayList<>());
            }
            differences.put(k, perFollow);
        }
    }

    /** Reads the model after recorded day {@code day}: weekly readings, new events, follow-ups due. */
    public void afterDay(int day) {
        if (day % WEEK == 0) {
            read(day);
        }
        for (PartnerChange c : model.partnerChanges().on(day)) {
            String kind = c.kind().key;
            if (kinds.contains(kind)) {
                begin(kind, c.agent(), c.day());
            }
        }
        for (LifeEvent e : model.events()) {
            String kind = e.spec().type().name();
            if (e.beginsOn(day) && kinds.contains(kind) && !kind.equals("widowhood") && !kind.equals("separation")) {
                int[] who = e.affected();
                if (who != null) {
                    for (int i : who) {
                        begin(kind, i, day);
                    }
                }
            }
        }
        List<Follow> today = due.remove(day);
        if (today != null) {
            for (Follow f : today) {
                measure(f, day);
            }
        }
    }

    private void read(int day) {
        int slot = readings % KEPT;
        if (emotional[slot] == null) {
            emotional[slot] = new float[n];
            social[slot] = new float[n];
            partnered[slot] = new boolean[n];
        }
        double sum = 0;
        double squares = 0;
        for (int i = 0; i < n; i++) {
            AgentView a = model.agent(i);
            emotional[slot][i] = (float) a.getEmotionalLoneliness();
            social[slot][i] = (float) a.getSocialLoneliness();
            partnered[slot][i] = a.getPartnered();
            if (readings == 0) {
                band[i] = (byte) AgeGroup.of(a.getAge()).ordinal();
                double score = score(i, day, emotional[slot][i], social[slot][i]);
                sum += score;
                squares += score * score;
            }
        }
        if (readings == 0) {
            double mean = sum / n;
            scoreSd = Math.sqrt(Math.max(1e-12, squares / n - mean * mean));
        }
        readingDay[slot] = day;
        readings++;
    }

    /** The reading at least four weeks before {@code day}, or -1 if none is kept. */
    private int baselineSlot(int day) {
        int best = -1;
        for (int k = 0; k < Math.min(readings, KEPT); k++) {
            int d = readingDay[k];
            if (d <= day - BASELINE_BEFORE && (best < 0 || d > readingDay[best])) {
                best = k;
            }
        }
        return best;
    }

    private void begin(String kind, int agent, int day) {
        int slot = baselineSlot(day);
        if (slot < 0) {
            return;
        }
        float[] e = emotional[slot];
        float[] s = social[slot];
        boolean[] p = partnered[slot];
        double mine = e[agent] + s[agent];
        // The nearest baseline loneliness among people of the same band and partner status.
        int[] best = new int[CONTROLS];
        double[] gap = new double[CONTROLS];
        java.util.Arrays.fill(best, -1);
        java.util.Arrays.fill(gap, Double.POSITIVE_INFINITY);
        for (int j = 0; j < n; j++) {
            if (j == agent || band[j] != band[agent] || p[j] != p[agent]) {
                continue;
            }
            double g = Math.abs(e[j] + s[j] - mine);
            if (g < gap[CONTROLS - 1]) {
                int at = CONTROLS - 1;
                while (at > 0 && g < gap[at - 1]) {
                    gap[at] = gap[at - 1];
                    best[at] = best[at - 1];
                    at--;
                }
                gap[at] = g;
                best[at] = j;
            }
        }
        if (best[CONTROLS - 1] < 0) {
            return;
        }
        int[] people = new int[CONTROLS + 1];
        people[0] = agent;
        System.arraycopy(best, 0, people, 1, CONTROLS);
        double[] baseline = new double[people.length];
        for (int k = 0; k < people.length; k++) {
            baseline[k] = score(people[k], readingDay[slot], e[people[k]], s[people[k]]);
        }
        Follow f = new Follow(kind, people, baseline, day);
        for (int d : FOLLOW_DAYS) {
            due.computeIfAbsent(day + d, x -> new ArrayList<>()).add(f);
        }
    }

    private void measure(Follow f, int day) {
        int which = -1;
        for (int k = 0; k < FOLLOW_DAYS.length; k++) {
            if (f.eventDay + FOLLOW_DAYS[k] == day) {
                which = k;
            }
        }
        double[] change = new double[f.people.length];
        for (int k = 0; k < f.people.length; k++) {
            AgentView a = model.agent(f.people[k]);
            change[k] = score(f.people[k], day, a.getEmotionalLoneliness(), a.getSocialLoneliness()) - f.baseline[k];
        }
        double controls = 0;
        for (int k = 1; k < change.length; k++) {
            controls += change[k];
        }
        controls /= change.length - 1;
        differences.get(f.kind).get(which).add(change[0] - controls);
    }

    /** A survey answer: the 6-item score with item noise drawn for this person and day alone. */
    private double score(int agent, int day, double emotionalLatent, double socialLatent) {
        SplittableRandom r = new SplittableRandom(seed ^ (0x9E3779B97F4A7C15L * (agent + 1)) ^ ((long) day << 40));
        return Instruments.subscaleScore(emotionalLatent, r, itemNoise) + Instruments.subscaleScore(socialLatent, r, itemNoise);
    }

    /** One effect: the mean paired difference in score SDs, its 95 % interval, and the events behind it. */
    public record Effect(String kind, String after, double effect, double low, double high, int events) {
    }

    /** Every kind's effect at every follow-up (NaN where fewer than two events were followed that far). */
    public List<Effect> effects() {
        List<Effect> out = new ArrayList<>();
        for (Map.Entry<String, List<List<Double>>> e : differences.entrySet()) {
            for (int k = 0; k < FOLLOW_DAYS.length; k++) {
                List<Double> d = e.getValue().get(k);
                int m = d.size();
                if (m < 2) {
                    out.add(new Effect(e.getKey(), FOLLOW_NAMES[k], Double.NaN, Double.NaN, Double.NaN, m));
                    continue;
                }
                double mean = 0;
                for (double v : d) {
                    mean += v;
                }
                mean /= m;
                double ss = 0;
                for (double v : d) {
                    ss += (v - mean) * (v - mean);
                }
                double se = Math.sqrt(ss / (m - 1) / m);
                double t = new org.apache.commons.math3.distribution.TDistribution(m - 1).inverseCumulativeProbability(0.975);
                out.add(new Effect(e.getKey(), FOLLOW_NAMES[k], mean / scoreSd, (mean - t * se) / scoreSd,
                        (mean + t * se) / scoreSd, m));
            }
        }
        return out;
    }

    /**
     * The effects as measures: {@code eventWidowhood12m}, with {@code Low} and {@code High} for the
     * interval's ends and {@code Events} for the number of events behind it.
     */
    public Map<String, Double> measures() {
        Map<String, Double> out = new LinkedHashMap<>();
        for (Effect e : effects()) {
            String name = measureName(e.kind(), e.after());
            out.put(name, e.effect());
            out.put(name + "Low", e.low());
            out.put(name + "High", e.high());
            out.put(name + "Events", (double) e.events());
        }
        return out;
    }

    /** {@code eventWidowhood12m} for kind "widowhood" at "12m". */
    public static String measureName(String kind, String after) {
        return "event" + Character.toUpperCase(kind.charAt(0)) + kind.substring(1) + after;
    }

    /** Every measure name {@link #measures} can give, for these kinds. */
    public static List<String> measureNames(List<String> kinds) {
        List<String> out = new ArrayList<>();
        for (String k : kinds) {
            for (String f : FOLLOW_NAMES) {
                String m = measureName(k, f);
                out.addAll(List.of(m, m + "Low", m + "High", m + "Events"));
            }
        }
        return out;
    }

    /** The effects as a table, one line each. */
    public String table() {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%-11s %-6s %8s  %-20s %7s%n", "event", "after",
                "effect", "95 % interval", "events"));
        for (Effect e : effects()) {
            sb.append(String.format(Locale.ROOT, "%-11s %-6s %8.3f  %-20s %7d%n", e.kind(), e.after(), e.effect(),
                    String.format(Locale.ROOT, "%.3f to %.3f", e.low(), e.high()), e.events()));
        }
        return sb.toString();
    }
}
