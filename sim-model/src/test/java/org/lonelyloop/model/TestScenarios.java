package org.lonelyloop.model;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import org.lonelyloop.model.event.LifeEventSpec;
import org.lonelyloop.model.intervention.InterventionSpec;
import org.lonelyloop.model.intervention.InterventionTypes;
import org.lonelyloop.model.observe.GroupSpec;
import org.lonelyloop.model.params.AgeProfile;
import org.lonelyloop.model.params.Bounds;
import org.lonelyloop.model.params.Days;
import org.lonelyloop.model.params.KeyPaths;
import org.lonelyloop.model.params.Minutes;
import org.lonelyloop.model.params.PopulationParams;
import org.lonelyloop.model.params.Records;

/**
 * Small scenarios that run in well under a second, and variants of them, built from the records
 * themselves: the model's tests know no scenario file format (that is the scenario-format module's).
 * Values may be given typed or as the text a scenario file holds for one value ({@code 30d},
 * {@code 1h}, {@code 90m, 60m} for a list, {@code true}).
 */
public final class TestScenarios {
    private TestScenarios() {
    }

    /** The default scenario with fewer agents, a short burn-in and the given recorded days. */
    public static ModelParams small(int agents, int days) {
        return ModelParams.defaults()
                .withPopulation(PopulationParams.defaults().withSize(agents))
                .withDuration(Days.of(days))
                .withBurnIn(Days.of(90));
    }

    /**
     * A variant with {@code key.path=value} settings of one value each, set by the typed key-path
     * setter and checked against every range.
     */
    public static ModelParams with(ModelParams base, String... settings) {
        ModelParams out = base;
        for (String setting : settings) {
            int eq = setting.indexOf('=');
            out = set(out, setting.substring(0, eq), setting.substring(eq + 1));
        }
        Bounds.require(out);
        return out;
    }

    /** {@code base} with the named parts set: pairs of a key path and its value. */
    public static <R extends Record> R set(R base, Object... settings) {
        R out = base;
        for (int k = 0; k < settings.length; k += 2) {
            String path = (String) settings[k];
            RecordComponent c = Records.component(base.getClass(), path);
            out = Records.with(out, path, typed(c, settings[k + 1], path));
        }
        return out;
    }

    /** An intervention of {@code type} laid over its defaults, as a scenario file's entry is. */
    public static InterventionSpec intervention(String type, Object... settings) {
        return (InterventionSpec) set((Record) InterventionTypes.defaults(type), settings);
    }

    /** A life event of {@code kind} on {@code day}, laid over the kind's defaults. */
    public static LifeEventSpec event(LifeEventSpec.Kind kind, String day, Object... settings) {
        return set(Records.with(LifeEventSpec.defaults(kind), "day", Days.parse(day)), settings);
    }

    /** A group laid over the defaults (chosen at the start, among everyone). */
    public static GroupSpec group(Object... settings) {
        return set(GroupSpec.defaults(), settings);
    }

    private static Object typed(RecordComponent c, Object value, String path) {
        Class<?> type = c.getType();
        if (!(value instanceof String text) || type == String.class) {
            return KeyPaths.as(type, value, path);
        }
        if (type == Days.class) {
            return Days.parse(text);
        }
        if (type == Minutes.class) {
            return Minutes.parse(text);
        }
        if (type == boolean.class || type == Boolean.class) {
            return Boolean.valueOf(text);
        }
        if (type == AgeProfile.class) {
            // One number for every band, or a value per band as a list: [450, 300, ...].
            return text.startsWith("[") ? AgeProfile.of(Arrays.stream(text.substring(1, text.length() - 1).split(","))
                    .mapToDouble(t -> Double.parseDouble(t.trim())).toArray()) : AgeProfile.flat(Double.parseDouble(text));
        }
        if (type.isEnum()) {
            return enumOf(type, text);
        }
        if (type == List.class) {
            Object of = ((ParameterizedType) c.getGenericType()).getActualTypeArguments()[0];
            return Arrays.stream(text.split(",")).map(String::trim)
                    .map(t -> of == Minutes.class ? (Object) Minutes.parse(t) : t).toList();
        }
        return KeyPaths.as(type, Double.valueOf(text), path);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object enumOf(Class<?> type, String text) {
        return Enum.valueOf((Class) type, text);
    }

    /** Runs a scenario to its end and returns the model (finished). */
    public static LonelyLoop run(ModelParams s, long seed, int threads) {
        LonelyLoop m = LonelyLoop.create(s, seed, threads);
        m.start();
        runToEnd(m);
        m.finish();
        return m;
    }

    /**
     * Runs a started model's remaining days. The model's tests step days themselves; programs use
     * the runner's engine, which this module does not see.
     */
    public static void runToEnd(LonelyLoop m) {
        while (!m.isFinished()) {
            m.stepDay();
        }
    }
}
