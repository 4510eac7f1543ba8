package org.lonelyloop.model.params;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One typed operation that sets a value at a key path of a record ({@code
 * pathways.compensation.strength}, {@code population.size}, {@code duration} of a scenario or of the
 * model's parameters): a copy of the record with that value, checked against every range as a
 * scenario file is. For values a program holds already typed (a calibration's trial values, a
 * benchmark's population size, a classroom switch); what a person types ({@code --set},
 * {@code --vary}) is read by the scenario format, which says where a mistake is.
 */
public final class KeyPaths {
    private KeyPaths() {
    }

    /**
     * {@code record} with the value at {@code path} replaced.
     *
     * @throws IllegalArgumentException when the path names nothing, the value is of another kind, or
     *                                  a range is broken (every broken range listed)
     */
    public static <R extends Record> R with(R record, String path, Object value) {
        R next = set(record, path, value);
        Bounds.require(next);
        return next;
    }

    /** As {@link #with(Record, String, Object)}, for several paths at once, checked once. */
    public static <R extends Record> R with(R record, Map<String, ?> values) {
        R next = record;
        for (Map.Entry<String, ?> e : values.entrySet()) {
            next = set(next, e.getKey(), e.getValue());
        }
        Bounds.require(next);
        return next;
    }

    private static <R extends Record> R set(R record, String path, Object value) {
        RecordComponent c;
        try {
            c = Records.component(record.getClass(), path);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(path + ": no such key (" + e.getMessage() + ")", e);
        }
        return Records.with(record, path, as(c.getType(), value, path));
    }

    /** {@code value} as a {@code type}: numbers widened or narrowed only where nothing is lost. */
    public static Object as(Class<?> type, Object value, String path) {
        if (value == null) {
            return null;
        }
        if ((type == double.class || type == Double.class) && value instanceof Number n) {
            return n.doubleValue();
        }
        if ((type == int.class || type == Integer.class) && value instanceof Number n && n.doubleValue() == n.intValue()) {
            return n.intValue();
        }
        if ((type == long.class || type == Long.class) && value instanceof Number n && n.doubleValue() == n.longValue()) {
            return n.longValue();
        }
        if (type == boolean.class && value instanceof Boolean) {
            return value;
        }
        if (type.isInstance(value)) {
            return value;
        }
        throw new IllegalArgumentException(path + ": expects " + type.getSimpleName() + ", was " + value + " ("
                + value.getClass().getSimpleName() + ")");
    }

    /**
     * Every key path of the scenario that ends at one value (a number, a switch, a text, a span of
     * days or minutes), through its sections and their records; lists (interventions, events,
     * groups) are not entered.
     */
    public static List<String> leafPaths(Record s) {
        List<String> out = new ArrayList<>();
        walk(s, "", out);
        return out;
    }

    private static void walk(Record r, String prefix, List<String> out) {
        for (RecordComponent c : r.getClass().getRecordComponents()) {
            String path = prefix + c.getName();
            Class<?> t = c.getType();
            if (t.isPrimitive() || Number.class.isAssignableFrom(t) || t == Boolean.class || t == String.class
                    || t == Days.class || t == Minutes.class) {
                out.add(path);
            } else if (t.isRecord()) {
                Object v = Records.get(r, c.getName());
                if (v != null) {
                    walk((Record) v, path + ".", out);
                }
            }
        }
    }
}
