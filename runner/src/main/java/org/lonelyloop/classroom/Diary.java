package org.lonelyloop.classroom;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.lonelyloop.model.scale.DeJongGierveld;
import org.lonelyloop.model.state.LonelinessSource;

/**
 * A followed person's days told in plain first-person sentences: what happened to them (a move, a
 * loss, a lockdown, an illness), how lonely they felt, how long
 * they were on social media and when, whom they met, which friendships began or faded, and what
 * made them lonelier or helped, read from their own row of the pathway ledger.
 */
public final class Diary {
    /** Contributions smaller than this (logit per day) are not worth a sentence. */
    static final double NOTABLE = 0.0015;
    /** A change of latent loneliness from yesterday worth mentioning. */
    static final double CHANGE = 0.008;

    private final Labels labels;

    public Diary(Labels labels) {
        this.labels = labels;
    }

    /** The entry for {@code today}; {@code yesterday} may be null (the first day followed). */
    public String entry(DiaryDay today, DiaryDay yesterday) {
        List<String> s = new ArrayList<>();
        String feel = labels.get("diary.feel." + DeJongGierveld.category(today.score()), today.score());
        String change = "";
        if (yesterday != null) {
            double d = today.loneliness() - yesterday.loneliness();
            change = d > CHANGE ? labels.get("diary.change.up") : d < -CHANGE ? labels.get("diary.change.down") : "";
        }
        for (String event : today.events()) {
            s.add(labels.get("diary.event." + event));
        }
        s.add(feel + change + ".");
        if (today.useMinutes() < 1) {
            s.add(labels.get("diary.use.none"));
        } else {
            s.add(today.activeMinutes() < 1 ? labels.get("diary.use.scrolling", duration(today.useMinutes()))
                    : labels.get("diary.use", duration(today.useMinutes()), duration(today.passiveMinutes()),
                            duration(today.activeMinutes())));
            if (today.nightMinutes() >= 1) {
                s.add(labels.get("diary.use.night", duration(today.nightMinutes())));
            }
        }
        if (today.minutesRemoved() >= 1) {
            s.add(labels.get("diary.intervention", duration(today.minutesRemoved())));
        }
        s.add(today.met().length == 0 ? labels.get("diary.met.none") : labels.get("diary.met", names(today.met())));
        if (yesterday != null) {
            int[] gained = minus(today.ties(), yesterday.ties());
            int[] lost = minus(yesterday.ties(), today.ties());
            if (gained.length > 0) {
                s.add(labels.get("diary.tie.new", names(gained)));
            }
            if (lost.length > 0) {
                // After a move or a loss the ties did not fade: the event ended them.
                boolean ended = today.events().contains("move") || today.events().contains("loss");
                s.add(labels.get(ended ? "diary.tie.left" : "diary.tie.lost", names(lost)));
            }
        }
        List<String> worse = causes(today.causes(), true);
        if (!worse.isEmpty()) {
            s.add(labels.get("diary.worse", join(worse)));
        }
        List<String> better = causes(today.causes(), false);
        if (today.met().length == 0) {
            // Relief from contact on a day without meetings is yesterday's company fading slowly;
            // "seeing friends" would contradict the sentence above.
            better.remove(labels.get("diary.help.contact"));
        }
        if (!better.isEmpty()) {
            s.add(labels.get("diary.better", join(better)));
        }
        return labels.get("diary.day", today.day()) + " " + String.join(" ", s);
    }

    /** Up to two notable causes pushing loneliness up (or down), largest first. */
    private List<String> causes(Map<LonelinessSource, Double> causes, boolean up) {
        List<Map.Entry<LonelinessSource, Double>> notable = new ArrayList<>();
        for (Map.Entry<LonelinessSource, Double> e : causes.entrySet()) {
            if (e.getKey() != LonelinessSource.PERSISTENCE && (up ? e.getValue() > NOTABLE : e.getValue() < -NOTABLE)) {
                notable.add(e);
            }
        }
        notable.sort(Comparator.comparingDouble(e -> -Math.abs(e.getValue())));
        List<String> out = new ArrayList<>();
        for (int k = 0; k < Math.min(2, notable.size()); k++) {
            out.add(labels.get((up ? "diary.cause." : "diary.help.") + notable.get(k).getKey().key));
        }
        return out;
    }

    private static int[] minus(int[] a, int[] b) {
        int[] sorted = b.clone();
        Arrays.sort(sorted);
        return Arrays.stream(a).filter(x -> Arrays.binarySearch(sorted, x) < 0).sorted().toArray();
    }

    private String names(int[] ids) {
        List<String> n = new ArrayList<>();
        int[] sorted = ids.clone();
        Arrays.sort(sorted);
        for (int id : sorted) {
            n.add(Names.of(id));
        }
        return join(n);
    }

    /** "a", "a and b", "a, b and c" in the GUI's language. */
    String join(List<String> parts) {
        if (parts.size() <= 1) {
            return parts.isEmpty() ? "" : parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " " + labels.get("diary.and") + " "
                + parts.get(parts.size() - 1);
    }

    /** Minutes as "45 min" or "1 h 20 min" ("1 u 20 min" in Dutch). */
    String duration(double minutes) {
        long m = Math.round(minutes);
        if (m < 60) {
            return String.format(Locale.ROOT, "%d min", m);
        }
        String h = labels.get("diary.hours");
        return m % 60 == 0 ? String.format(Locale.ROOT, "%d %s", m / 60, h)
                : String.format(Locale.ROOT, "%d %s %d min", m / 60, h, m % 60);
    }
}
