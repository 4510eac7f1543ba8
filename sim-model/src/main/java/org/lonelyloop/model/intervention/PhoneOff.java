package org.lonelyloop.model.intervention;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.lonelyloop.model.params.Days;
import org.lonelyloop.model.params.MayBeAbsent;
import org.lonelyloop.model.params.Range;
import org.lonelyloop.model.params.Violation;
import org.lonelyloop.model.state.Day;
import org.lonelyloop.model.state.Population;
import org.lonelyloop.model.state.TargetGroup;

/**
 * The phone off at fixed times: at night, after dinner, on a weekly afternoon (seed 000). Each
 * window is written {@code "22:00-07:00"}, or with a weekday first, {@code "sun 14:00-18:00"}, for
 * a window on that day of the week only (day 0 of a run is a Monday). The model has one step per
 * day, so a window removes the share of the day's use that falls in it, by a fixed hour-by-hour
 * profile of social-media use ({@link #HOURLY_USE}); night use (in bed, 23:00-06:00) and daytime use
 * are removed apart, so a night window takes exactly the night use that costs sleep.
 */
public final class PhoneOff extends Intervention {
    private static final long serialVersionUID = 1L;

    /**
     * Relative social-media use by hour of day (0-23): little at night, rising through the day, an
     * evening peak. An assumption shaped on the daily rhythm of logged smartphone use.
     */
    static final double[] HOURLY_USE = {2, 1, 0.5, 0.3, 0.3, 0.5, 1.5, 3, 4, 4, 4, 4.5, 5.5, 5, 4.5, 4.5, 5, 5.5, 6, 7,
        8, 8.5, 7, 4};
    /** Hours counted as night use: from 23:00 to 06:00. */
    static final int NIGHT_FROM = 23;
    static final int NIGHT_TO = 6;
    private static final String[] WEEKDAYS = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};

    /** @param windows phone-off windows, e.g. "22:00-07:00", "19:00-21:00", "sun 14:00-18:00" */
    public record Params(TargetGroup target, @Range(min = 0, max = 73_000) Days start, @MayBeAbsent Days end,
            @Range(min = 0, max = 1, unit = "share") double coverage,
            @Range(min = 0, max = 1, unit = "probability per day") double adherence,
            List<String> windows) implements InterventionSpec, java.io.Serializable {
        public Params {
            windows = windows == null ? null : List.copyOf(windows);
        }

        public static Params defaults() {
            return new Params(TargetGroup.everyone(), Days.of(0), null, 1, 0.8, List.of("22:00-07:00"));
        }

        @Override
        public List<Violation> crossCheck() {
            List<Violation> v = new ArrayList<>(InterventionSpec.super.crossCheck());
            if (windows != null) {
                for (int k = 0; k < windows.size(); k++) {
                    try {
                        Window.parse(windows.get(k));
                    } catch (IllegalArgumentException e) {
                        v.add(new Violation("windows[" + k + "]", e.getMessage()));
                    }
                }
            }
            return v;
        }

        @Override
        public Intervention build(int index) {
            return new PhoneOff(this, index);
        }
    }

    /** One window: minutes of the day it covers, and the weekday it is on (-1: every day). */
    record Window(int weekday, int fromMinute, int toMinute) implements java.io.Serializable {
        static Window parse(String text) {
            String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
            int weekday = -1;
            for (int d = 0; d < WEEKDAYS.length; d++) {
                if (t.startsWith(WEEKDAYS[d] + " ")) {
                    weekday = d;
                    t = t.substring(4).trim();
                }
            }
            if (!t.matches("\\d{1,2}:\\d{2}-\\d{1,2}:\\d{2}")) {
                throw new IllegalArgumentException("'" + text + "' is not a window: write HH:MM-HH:MM, e.g. 22:00-07:00, "
                        + "optionally after a weekday (mon ... sun)");
            }
            String[] parts = t.split("-");
            int from = minute(parts[0], text);
            int to = minute(parts[1], text);
            if (from == to) {
                throw new IllegalArgumentException("'" + text + "' starts and ends at the same time");
            }
            return new Window(weekday, from, to);
        }

        private static int minute(String hhmm, String text) {
            String[] hm = hhmm.split(":");
            int h = Integer.parseInt(hm[0]);
            int m = Integer.parseInt(hm[1]);
            if (h > 24 || m > 59 || (h == 24 && m > 0)) {
                throw new IllegalArgumentException("'" + text + "' has a time outside the day");
            }
            return h * 60 + m;
        }

        /** Whether the window covers minute {@code m} (0..1439) of a day; windows may cross midnight. */
        boolean covers(int m) {
            return fromMinute < toMinute ? m >= fromMinute && m < toMinute : m >= fromMinute || m < toMinute;
        }
    }

    private final List<Window> windows = new ArrayList<>();
    /** Share of night and of daytime use removed, per weekday. */
    private final double[][] blocks = new double[7][2];

    PhoneOff(Params p, int index) {
        super(p, index);
        for (String w : p.windows()) {
            windows.add(Window.parse(w));
        }
        for (int weekday = 0; weekday < 7; weekday++) {
            double night = 0;
            double nightAll = 0;
            double daytime = 0;
            double daytimeAll = 0;
            for (int m = 0; m < 24 * 60; m++) {
                int hour = m / 60;
                double w = HOURLY_USE[hour];
                boolean isNight = hour >= NIGHT_FROM || hour < NIGHT_TO;
                boolean off = false;
                for (Window win : windows) {
                    off |= (win.weekday() < 0 || win.weekday() == weekday) && win.covers(m);
                }
                if (isNight) {
                    nightAll += w;
                    night += off ? w : 0;
                } else {
                    daytimeAll += w;
                    daytime += off ? w : 0;
                }
            }
            blocks[weekday][0] = night / nightAll;
            blocks[weekday][1] = daytime / daytimeAll;
        }
    }

    /** Share of {night, daytime} use the windows remove on a day of the run. */
    public double[] blockedOn(int day) {
        return blocks[Math.floorMod(day, 7)].clone();
    }

    @Override
    protected void act(Day day, int i, int since) {
        Population pop = day.population();
        double[] b = blocks[Math.floorMod(day.index(), 7)];
        pop.nightBlock[i] = (float) Math.max(pop.nightBlock[i], b[0]);
        pop.daytimeBlock[i] = (float) Math.max(pop.daytimeBlock[i], b[1]);
    }
}
