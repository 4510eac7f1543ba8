package org.lonelyloop.model.intervention;

import org.lonelyloop.model.params.Days;

import java.lang.reflect.InvocationTargetException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The intervention types a scenario may name, by their name in scenario files. */
public final class InterventionTypes {
    private static final Map<String, Class<? extends InterventionSpec>> TYPES;

    static {
        Map<String, Class<? extends InterventionSpec>> t = new LinkedHashMap<>();
        t.put("usage-cap", UsageCap.Params.class);
        t.put("phone-off", PhoneOff.Params.class);
        t.put("fewer-platforms", FewerPlatforms.Params.class);
        t.put("computer-only", ComputerOnly.Params.class);
        t.put("mindful-use", MindfulUse.Params.class);
        t.put("curate-feed", CurateFeed.Params.class);
        t.put("offline-investment", OfflineInvestment.Params.class);
        t.put("hobby", Hobby.Params.class);
        t.put("therapy", Therapy.Params.class);
        t.put("support-community", SupportCommunity.Params.class);
        t.put("parental-guidance", ParentalGuidance.Params.class);
        t.put("deactivation", Deactivation.Params.class);
        TYPES = Collections.unmodifiableMap(t);
    }

    private InterventionTypes() {
    }

    /** Type names in scenario files, in the order of the model brief, with their records. */
    public static Map<String, Class<? extends InterventionSpec>> all() {
        return TYPES;
    }

    /** The name of a spec's type. */
    public static String nameOf(InterventionSpec spec) {
        for (Map.Entry<String, Class<? extends InterventionSpec>> e : TYPES.entrySet()) {
            if (e.getValue() == spec.getClass()) {
                return e.getKey();
            }
        }
        throw new IllegalArgumentException("not a registered intervention type: " + spec.getClass());
    }

    /** The defaults of a type (its record's static {@code defaults()}). */
    public static InterventionSpec defaults(String type) {
        Class<? extends InterventionSpec> c = TYPES.get(type);
        if (c == null) {
            throw new IllegalArgumentException("no intervention type " + type);
        }
        try {
            return (InterventionSpec) c.getMethod("defaults").invoke(null);
        } catch (NoSuchMethodException | IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException(c + " has no defaults()", e);
        }
    }

    /** A copy of {@code spec} with another start and end (every other setting as it was). */
    public static InterventionSpec retimed(InterventionSpec spec, Days start, Days end) {
        java.util.Map<String, Object> changes = new java.util.HashMap<>();
        changes.put("start", start);
        changes.put("end", end);
        return with(spec, changes);
    }

    /**
     * A copy of {@code spec} offered to the same people on the same day but never kept to
     * (adherence 0): nothing it would do happens, yet its participants are chosen and marked as
     * they would be, so the world without it can be compared participant for participant.
     */
    public static InterventionSpec offeredOnly(InterventionSpec spec) {
        return with(spec, java.util.Map.of("adherence", 0.0));
    }

    /** A copy of {@code spec} with the named components changed (every other setting as it was). */
    private static InterventionSpec with(InterventionSpec spec, java.util.Map<String, Object> changes) {
        java.lang.reflect.RecordComponent[] parts = spec.getClass().getRecordComponents();
        Object[] values = new Object[parts.length];
        Class<?>[] types = new Class<?>[parts.length];
        try {
            for (int k = 0; k < parts.length; k++) {
                types[k] = parts[k].getType();
                String n = parts[k].getName();
                values[k] = changes.containsKey(n) ? changes.get(n) : parts[k].getAccessor().invoke(spec);
            }
            return spec.getClass().getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(spec.getClass() + " is not a plain record", e);
        }
    }
}
