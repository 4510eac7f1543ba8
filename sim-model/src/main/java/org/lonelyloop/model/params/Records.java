package org.lonelyloop.model.params;

import java.lang.reflect.InvocationTargetException;
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
        for (RecordComponent c : type.getRecordComponents()) {
            if (c.getName().equals(parts[0])) {
                return parts.length == 1 ? c : component(c.getType(), parts[1]);
            }
        }
        throw new IllegalArgumentException(type.getSimpleName() + " has no " + parts[0]);
    }

    /** The value at {@code path} in {@code record}. */
    public static Object get(Record record, String path) {
        String[] parts = path.split("\\.", 2);
        Object v = read(record, find(record.getClass(), parts[0]));
        return parts.length == 1 ? v : get((Record) v, parts[1]);
    }

    /** A copy of {@code record} with the value at {@code path} replaced by {@code value}. */
    @SuppressWarnings("unchecked")
    public static <R extends Record> R with(R record, String path, Object value) {
        String[] parts = path.split("\\.", 2);
        RecordComponent[] components = record.getClass().getRecordComponents();
        Object[] args = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        find(record.getClass(), parts[0]); // names a path that does not exist before anything is copied
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            args[i] = read(record, components[i]);
            if (components[i].getName().equals(parts[0])) {
                args[i] = parts.length == 1 ? value : with((Record) args[i], parts[1], value);
            }
        }
        try {
            return (R) record.getClass().getDeclaredConstructor(types).newInstance(args);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot copy " + record.getClass().getSimpleName() + ": " + e, e);
        }
    }

    private static RecordComponent find(Class<?> type, String name) {
        for (RecordComponent c : type.getRecordComponents()) {
            if (c.getName().equals(name)) {
                return c;
            }
        }
        throw new IllegalArgumentException(type.getSimpleName() + " has no " + name);
    }

    private static Object read(Record record, RecordComponent c) {
        try {
            return c.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + c.getName() + ": " + e, e);
        }
    }
}
