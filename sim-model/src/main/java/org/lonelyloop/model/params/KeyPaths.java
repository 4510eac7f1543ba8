package org.lonelyloop.model.params;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * One typed operation that sets a value at a key path of a record ({@code
 * pathways.compensation.strength}, {@code population.size}, {@code interventions[0].coverage},
 * {@code duration} of a scenario or of the model's parameters): a copy of the record with that value,
 * checked against every range as a scenario file is. Every caller that changes a value by its path
 * uses it: calibration's trial values, a benchmark's population size, a classroom switch, and the
 * scenario format's {@code --set} and {@code --vary}, which read what a person typed into a typed
 * value first and so can say where a mistake is.
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
        R next = place(record, path, value);
        Bounds.require(next);
        return next;
    }

    /** As {@link #with(Record, String, Object)}, for several paths at once, checked once. */
    public static <R extends Record> R with(R record, Map<String, ?> values) {
        R next = record;
        for (Map.Entry<String, ?> e : values.entrySet()) {
            next = place(next, e.getKey(), e.getValue());
        }
        Bounds.require(next);
        return next;
    }

    /**
     * {@code record} with the value at {@code path} replaced, its ranges not checked: for a caller
     * that sets several values and checks the whole result once, reporting each broken range where
     * it was caused (the scenario format does).
     *
     * @throws NoSuchPath               when the path names nothing
     * @throws IllegalArgumentException when the value is of another kind, or a record refuses it
     */
    @SuppressWarnings("unchecked")
    public static <R extends Record> R place(R record, String path, Object value) {
        return (R) placeAt(record, parts(path), 0, value, path);
    }

    /** The value at {@code path} (list items as {@code [n]}). */
    public static Object get(Record record, String path) {
        return resolve(record, path).value();
    }

    /**
     * Where {@code path} leads: the type a value there must have (a list item's declared type, so an
     * intervention is any intervention) and the value there now.
     *
     * @throws NoSuchPath when a part of the path names nothing
     */
    public static Target resolve(Record record, String path) {
        List<String> parts = parts(path);
        Object node = record;
        Type type = record.getClass();
        StringBuilder sofar = new StringBuilder();
        for (String p : parts) {
            boolean item = p.startsWith("[");
            String parent = sofar.toString();
            sofar.append(item || sofar.length() == 0 ? "" : ".").append(p);
            if (item) {
                if (!(node instanceof List<?> list)) {
                    throw new NoSuchPath(sofar.toString(), NoSuchPath.Reason.NOT_A_LIST, List.of());
                }
                int at = index(p);
                if (at >= list.size()) {
                    throw new NoSuchPath(sofar.toString(), NoSuchPath.Reason.NO_SUCH_ITEM, List.of());
                }
                type = ((ParameterizedType) type).getActualTypeArguments()[0];
                node = list.get(at);
            } else {
                if (!(node instanceof Record r)) {
                    throw new NoSuchPath(parent, NoSuchPath.Reason.NOT_A_SECTION, List.of());
                }
                RecordComponent c = component(r.getClass(), p);
                if (c == null) {
                    throw new NoSuchPath(sofar.toString(), NoSuchPath.Reason.UNKNOWN_KEY, names(r.getClass()));
                }
                type = c.getGenericType();
                node = Records.get(r, p);
            }
        }
        return new Target(type, node);
    }

    /**
     * Where a key path leads.
     *
     * @param type  the declared type of the value there
     * @param value the value there now (null where the key is absent)
     */
    public record Target(Type type, Object value) {
    }

    /** A key path that names nothing: the part where it went wrong, and why. */
    public static final class NoSuchPath extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        /** Why a part names nothing. */
        public enum Reason {
            /** A record has no component of that name. */
            UNKNOWN_KEY,
            /** A list has no item at that index. */
            NO_SUCH_ITEM,
            /** A name follows a value that has no keys below it (a number, a text, a list); named is that value. */
            NOT_A_SECTION,
            /** An index follows a value that is not a list. */
            NOT_A_LIST
        }

        private final String at;
        private final Reason reason;
        private final List<String> keys;

        NoSuchPath(String at, Reason reason, List<String> keys) {
            super(at + ": " + switch (reason) {
                case UNKNOWN_KEY -> "no such key (known keys here: " + String.join(", ", keys) + ")";
                case NO_SUCH_ITEM -> "there is no such list item";
                case NOT_A_SECTION -> "is not a section with keys below it";
                case NOT_A_LIST -> "is not a list";
            });
            this.at = at;
            this.reason = reason;
            this.keys = List.copyOf(keys);
        }

        /**
         * The path up to and including the part that names nothing, or, when a name follows a value
         * without keys, the path of that value.
         */
        public String at() {
            return at;
        }

        public Reason reason() {
            return reason;
        }

        /** The keys the record there has (for an unknown key). */
        public List<String> keys() {
            return keys;
        }
    }

    private static Object placeAt(Object node, List<String> parts, int i, Object value, String path) {
        String p = parts.get(i);
        boolean last = i == parts.size() - 1;
        String sofar = prefix(parts, i);
        if (p.startsWith("[")) {
            if (!(node instanceof List<?> list)) {
                throw new NoSuchPath(sofar, NoSuchPath.Reason.NOT_A_LIST, List.of());
            }
            int at = index(p);
            if (at >= list.size()) {
                throw new NoSuchPath(sofar, NoSuchPath.Reason.NO_SUCH_ITEM, List.of());
            }
            List<Object> copy = new ArrayList<>(list);
            copy.set(at, last ? value : placeAt(list.get(at), parts, i + 1, value, path));
            return Collections.unmodifiableList(copy);
        }
        if (!(node instanceof Record r)) {
            throw new NoSuchPath(prefix(parts, i - 1), NoSuchPath.Reason.NOT_A_SECTION, List.of());
        }
        RecordComponent c = component(r.getClass(), p);
        if (c == null) {
            throw new NoSuchPath(sofar, NoSuchPath.Reason.UNKNOWN_KEY, names(r.getClass()));
        }
        Object next = last ? as(c.getType(), value, path) : placeAt(Records.get(r, p), parts, i + 1, value, path);
        return Records.with(r, p, next);
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

    /** Splits {@code a.b[2].c} into {@code a}, {@code b}, {@code [2]}, {@code c}. */
    public static List<String> parts(String path) {
        List<String> out = new ArrayList<>();
        for (String dotted : path.split("\\.", -1)) {
            int bracket = dotted.indexOf('[');
            if (bracket < 0) {
                out.add(dotted);
                continue;
            }
            if (bracket > 0) {
                out.add(dotted.substring(0, bracket));
            }
            Collections.addAll(out, dotted.substring(bracket).split("(?=\\[)"));
        }
        return out;
    }

    private static String prefix(List<String> parts, int i) {
        StringBuilder b = new StringBuilder();
        for (int k = 0; k <= i; k++) {
            b.append(k == 0 || parts.get(k).startsWith("[") ? "" : ".").append(parts.get(k));
        }
        return b.toString();
    }

    private static int index(String part) {
        try {
            int at = Integer.parseInt(part.substring(1, part.length() - 1));
            if (at >= 0) {
                return at;
            }
        } catch (NumberFormatException | StringIndexOutOfBoundsException e) {
            // reported below
        }
        throw new IllegalArgumentException(part + " is not a list index: write [0], [1], ...");
    }

    private static RecordComponent component(Class<?> type, String name) {
        RecordShape shape = RecordShape.of(type);
        int k = shape.indexOf(name);
        return k < 0 ? null : shape.components[k];
    }

    private static List<String> names(Class<?> type) {
        return RecordShape.of(type).names;
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
        RecordShape shape = RecordShape.of(r.getClass());
        for (int k = 0; k < shape.components.length; k++) {
            String path = prefix + shape.names.get(k);
            Class<?> t = shape.components[k].getType();
            if (t.isPrimitive() || Number.class.isAssignableFrom(t) || t == Boolean.class || t == String.class
                    || t == Days.class || t == Minutes.class) {
                out.add(path);
            } else if (t.isRecord()) {
                Object v = shape.read(r, k);
                if (v != null) {
                    walk((Record) v, path + ".", out);
                }
            }
        }
    }
}
