package org.lonelyloop.gui;

import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.lonelyloop.classroom.Labels;
import org.lonelyloop.model.LonelyLoop;
import org.lonelyloop.model.RuntimeChanges;
import org.lonelyloop.model.intervention.InterventionSpec;
import org.lonelyloop.model.intervention.InterventionTypes;
import org.lonelyloop.model.observe.DailyMetrics;
import org.lonelyloop.model.observe.DayRecord;
import org.lonelyloop.model.params.Bounds;
import org.lonelyloop.model.params.KeyPaths;
import org.lonelyloop.model.params.Minutes;
import org.lonelyloop.model.params.Range;
import org.lonelyloop.model.params.Records;
import org.lonelyloop.model.pathway.PathwayParams;
import org.lonelyloop.report.KeyFigure;
import sim.util.Interval;

/**
 * What the Console's Model tab shows, as a table MASON's inspector reads ({@link PropertyTable}): a
 * few live figures, whom the diary follows, the main pathways with a switch and a slider each, and
 * intervention switches that act from the current day. A pathway row is its key path in the
 * scenario format; its slider's range is the parameter record's own {@link Range}, and a change is
 * one typed copy of the pathways with one value replaced, checked as a scenario file would be, so
 * the GUI can set nothing a scenario file could not.
 */
public final class ClassroomControls extends PropertyTable {
    /**
     * The interventions a class can switch on (tuned for a small group), each laid over its type's
     * defaults and kept under its type's name as the model's class spells it ({@code usage-cap}:
     * UsageCap), so the switch, the scenario file, the class and the docs say one name.
     */
    static final Map<String, InterventionSpec> SWITCHES = new LinkedHashMap<>();

    static {
        add("usage-cap", "limits", List.of(Minutes.hours(1)), "adherence", 0.9);
        add("phone-off", "adherence", 0.9);
        add("fewer-platforms");
        add("curate-feed");
        add("offline-investment");
        add("hobby");
        add("therapy", "placesPer1000", 100.0);
        add("support-community");
    }

    /** A switch of {@code type}: its defaults with these components changed (name, value pairs). */
    private static void add(String type, Object... settings) {
        Record spec = (Record) InterventionTypes.defaults(type);
        for (int k = 0; k < settings.length; k += 2) {
            spec = KeyPaths.with(spec, (String) settings[k], settings[k + 1]);
        }
        SWITCHES.put(switchName(type), (InterventionSpec) spec);
    }

    /** The switch's name: its type in the model's spelling ({@code phone-off}: PhoneOff). */
    static String switchName(String type) {
        StringBuilder name = new StringBuilder();
        for (String part : type.split("-")) {
            name.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return name.toString();
    }

    /** The pathway rows: a switch ({@code .enabled}) or a slider, by key path under {@code pathways}. */
    static final List<String> PATHWAYS = List.of("compensation.enabled", "compensation.strength",
            "displacement.enabled", "displacement.strength", "comparison.enabled", "comparison.strength",
            "withdrawal.enabled", "withdrawal.initiative", "reinforcement.enabled", "reinforcement.strength",
            "sleep.enabled", "fomo.enabled");

    private final LonelyLoopWithUI gui;
    private final Map<String, Integer> running = new LinkedHashMap<>();
    private final Map<String, Boolean> pending = new LinkedHashMap<>();

    ClassroomControls(LonelyLoopWithUI gui, Labels labels) {
        super(labels::get);
        this.gui = gui;
        shown("Day", "controls.day", Integer.class, () -> Math.max(0, model().day()));
        shown("StronglyLonely", "controls.stronglyLonely", String.class,
                () -> figure(r -> String.format(Locale.ROOT, "%.0f %%", KeyFigure.shown(DailyMetrics.STRONGLY_LONELY, r))));
        shown("MinutesOnSocialMedia", "controls.minutes", String.class,
                () -> figure(r -> String.format(Locale.ROOT, "%.0f", r.get("meanUseMinutes"))));
        shown("Loop", "controls.loop", String.class,
                () -> gui.lastReading() == null ? "-" : gui.lastReading().verdict(labels)[0]);
        writable("Follow", "controls.follow", Integer.class, gui::followed,
                v -> gui.follow(Math.max(-1, Math.min(model().populationSize() - 1, ((Number) v).intValue()))),
                () -> new Interval(-1, model().populationSize() - 1));
        writable("ShowOnlineTies", "controls.online", Boolean.class, gui::showOnlineTies,
                v -> gui.showOnlineTies((Boolean) v), () -> null);
        for (String key : PATHWAYS) {
            RecordComponent c = Records.component(PathwayParams.class, key);
            Range range = c.getAnnotation(Range.class);
            if (c.getType() != boolean.class && range == null) {
                throw new IllegalStateException("pathways." + key + " has no @Range");
            }
            writable(propertyName(key), "controls." + labelName(key),
                    c.getType() == boolean.class ? Boolean.class : Double.class,
                    () -> Records.get(model().params().pathways(), key), v -> retune(key, v),
                    () -> range == null ? null : new Interval(range.min(), range.max()));
        }
        for (String name : SWITCHES.keySet()) {
            writable(name, "controls." + name, Boolean.class, () -> isOn(name),
                    v -> switchIntervention(name, (Boolean) v), () -> null);
        }
    }

    /** {@code compensation.enabled} is shown as Compensation, {@code compensation.strength} as CompensationStrength. */
    static String propertyName(String key) {
        String label = labelName(key);
        return Character.toUpperCase(label.charAt(0)) + label.substring(1);
    }

    /** The key's label name: {@code compensation} for its switch, {@code compensationStrength} for a value. */
    private static String labelName(String key) {
        String[] p = key.split("\\.");
        return p[1].equals("enabled") ? p[0] : p[0] + Character.toUpperCase(p[1].charAt(0)) + p[1].substring(1);
    }

    private String figure(java.util.function.Function<DayRecord, String> f) {
        DayRecord r = gui.lastRecord();
        return r == null ? "-" : f.apply(r);
    }

    private LonelyLoop model() {
        return (LonelyLoop) gui.state;
    }

    /** The spec behind a switch. */
    static InterventionSpec spec(String name) {
        return SWITCHES.get(name);
    }

    // ---- pathways -----------------------------------------------------------------------------

    /**
     * Applies {@code pathways.<key>=<value>} to the running model from the next day: the one typed
     * key-path setter on the model's parameters, refused with the scenario format's own message when
     * out of bounds.
     */
    private void retune(String key, Object value) {
        LonelyLoop m = model();
        synchronized (m.schedule) {
            PathwayParams changed;
            try {
                changed = KeyPaths.with(m.params(), "pathways." + key, value).pathways();
            } catch (Bounds.Violated wrong) {
                // Worded as the scenario format words a --set override, as the sliders always have been.
                String given = value instanceof Number n ? Bounds.fmt(n.doubleValue())
                        : String.valueOf(value);
                gui.tell("--set pathways." + key + "=" + given + ": " + wrong.violations().get(0));
                return;
            }
            RuntimeChanges.of(m).retune(changed);
        }
    }

    // ---- interventions ------------------------------------------------------------------------

    private boolean isOn(String name) {
        return running.containsKey(name) || Boolean.TRUE.equals(pending.get(name));
    }

    /** Switches an intervention on or off from the current day (before the run starts: at its start). */
    void switchIntervention(String name, boolean on) {
        LonelyLoop m = model();
        synchronized (m.schedule) {
            if (!gui.started()) {
                pending.put(name, on);
                return;
            }
            try {
                if (on && !running.containsKey(name)) {
                    running.put(name, RuntimeChanges.of(m).startIntervention(spec(name)));
                } else if (!on && running.containsKey(name)) {
                    RuntimeChanges.of(m).stopIntervention(running.remove(name));
                }
            } catch (IllegalArgumentException e) {
                gui.tell(e.getMessage());
            }
        }
    }

    /** A new run: switches set before play take effect from its first day. */
    void started() {
        running.clear();
        Map<String, Boolean> wanted = new LinkedHashMap<>(pending);
        pending.clear();
        wanted.forEach((name, on) -> {
            if (on) {
                switchIntervention(name, true);
            }
        });
    }
}
