package org.lonelyloop.model.params;

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
        RecordShape shape = RecordShape.of(value.getClass());
        for (int k = 0; k < shape.components.length; k++) {
            Object v = shape.read(value, k);
            String name = shape.names.get(k);
            String p = path.isEmpty() ? name : path + "." + name;
            Class<?> t = shape.components[k].getType();
            if (t.isRecord() && t != Days.class && t != Minutes.class) {
                walk(v, p, out);
            } else if (!Collection.class.isAssignableFrom(t)) {
                out.add(new Entry(p, t, v, shape.ranges[k]));
            }
        }
    }
}
