package org.lonelyloop.model.params;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What reflection says of one record class, asked once per class: its components, their accessors,
 * ranges and whether they may be absent, and its canonical constructor. {@code getRecordComponents()}
 * builds new component objects at every call, and each then parses its annotations again; checking
 * a whole scenario that way took half a millisecond, and a {@code --set}, a sweep point or a slider
 * move checks one.
 */
final class RecordShape {
    private static final ClassValue<RecordShape> SHAPES = new ClassValue<>() {
        @Override
        protected RecordShape computeValue(Class<?> type) {
            return new RecordShape(type);
        }
    };

    final Class<?> type;
    final RecordComponent[] components;
    final List<String> names;
    final Range[] ranges;
    final boolean[] mayBeAbsent;
    private final Method[] accessors;
    private final Constructor<?> constructor;

    private RecordShape(Class<?> type) {
        this.type = type;
        this.components = type.getRecordComponents();
        int n = components.length;
        List<String> names = new ArrayList<>(n);
        ranges = new Range[n];
        mayBeAbsent = new boolean[n];
        accessors = new Method[n];
        Class<?>[] types = new Class<?>[n];
        for (int k = 0; k < n; k++) {
            names.add(components[k].getName());
            ranges[k] = components[k].getAnnotation(Range.class);
            mayBeAbsent[k] = components[k].getAnnotation(MayBeAbsent.class) != null;
            accessors[k] = components[k].getAccessor();
            types[k] = components[k].getType();
        }
        this.names = Collections.unmodifiableList(names);
        try {
            this.constructor = type.getDeclaredConstructor(types);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(type.getSimpleName() + " has no canonical constructor", e);
        }
    }

    /** The shape of a record class. */
    static RecordShape of(Class<?> type) {
        return SHAPES.get(type);
    }

    /** The place of the component {@code name}, or -1. */
    int indexOf(String name) {
        return names.indexOf(name);
    }

    /** The value of component {@code k} of {@code record}. */
    Object read(Object record, int k) {
        try {
            return accessors[k].invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + names.get(k) + " of " + type.getSimpleName() + ": " + e, e);
        }
    }

    /** A record of this class from its component values, through its canonical constructor (which may refuse them). */
    Object create(Object[] values) {
        try {
            return constructor.newInstance(values);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot copy " + type.getSimpleName() + ": " + e, e);
        }
    }
}
