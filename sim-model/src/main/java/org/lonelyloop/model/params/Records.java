package org.lonelyloop.model.params;

import java.lang.reflect.RecordComponent;

/**
 * Reading and changing one value deep inside a tree of parameter records by its key path
 * ({@code compensation.strength}), as the scenario format names it: a change is a copy of each
 * record on the path with one component replaced. Nothing is checked here; {@link Bounds} checks the
 * result.
 */
public final class Records {
    private Records() {
    }

    /** The component a key path ends at, in records of type {@code type}. */
    public static RecordComponent component(Class<?> type, String path) {
        String[] parts = path.split("\\.", 2);
        RecordShape shape = RecordShape.of(type);
        int k = place(shape, parts[0]);
        return parts.length == 1 ? shape.components[k] : component(shape.components[k].getType(), parts[1]);
    }

    /** The value at {@code path} in {@code record}. */
    public static Object get(Record record, String path) {
        String[] parts = path.split("\\.", 2);
        RecordShape shape = RecordShape.of(record.getClass());
        Object v = shape.read(record, place(shape, parts[0]));
        return parts.length == 1 ? v : get((Record) v, parts[1]);
    }

    /** A copy of {@code record} with the value at {@code path} replaced by {@code value}. */
    @SuppressWarnings("unchecked")
    public static <R extends Record> R with(R record, String path, Object value) {
        String[] parts = path.split("\\.", 2);
        RecordShape shape = RecordShape.of(record.getClass());
        int at = place(shape, parts[0]); // names a path that does not exist before anything is copied
        Object[] args = new Object[shape.components.length];
        for (int k = 0; k < args.length; k++) {
            args[k] = shape.read(record, k);
        }
        args[at] = parts.length == 1 ? value : with((Record) args[at], parts[1], value);
        return (R) shape.create(args);
    }

    private static int place(RecordShape shape, String name) {
        int k = shape.indexOf(name);
        if (k < 0) {
            throw new IllegalArgumentException(shape.type.getSimpleName() + " has no " + name);
        }
        return k;
    }
}
