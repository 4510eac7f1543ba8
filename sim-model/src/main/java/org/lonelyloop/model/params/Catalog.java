package org.lonelyloop.model.params;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Every settable parameter of a scenario, found by walking the parameter records: its key path,
 * type, value and declared {@link Range}. The GUI builds its sliders from it and a test holds
 * docs/ODD.md to it, so a parameter is declared once and named the same everywhere.
 */
public final class Catalog {
    /**
     * @param path  key path as in scenario files
     * @param type  Java type of the value
     * @param value the value in the scenario walked (for the defaults, the default)
     * @param range declared bounds, or null for switches, texts and seeds
     */
    public record Entry(String path, Class<?> type, Object value, Range range) {
    }

    private Catalog() {
    }

    /** The parameters of a scenario, in declaration order; lists (interventions) are not expanded. */
    public static List<Entry> of(Object scenario) {
        List<Entry> out = new ArrayList<>();
        walk(scenario, "", out);
        return out;
    }

    private static void walk(Object value, String path, List<Entry> out) {
        for (RecordComponent c : value.getClass().getRecordComponents()) {
            Object v;
            try {
                v = c.getAccessor().invoke(value);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            String p = path.isEmpty() ? c.getName() : path + "." + c.getName();
            Class<?> t = c.getType();
            if (t.isRecord() && t != Days.class && t != Minutes.class) {
                walk(v, p, out);
            } else if (!Collection.class.isAssignableFrom(t)) {
                out.add(new Entry(p, t, v, c.getAnnotation(Range.class)));
            }
        }
    }
}
