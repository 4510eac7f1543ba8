package org.lonelyloop.gui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import sim.util.Propertied;
import sim.util.Properties;

/**
 * A table of named rows that MASON's inspector shows as a property sheet ({@link Propertied}):
 * each row reads a value, and a writable one takes a change and may offer a range ({@code Interval})
 * for a slider. Descriptions are looked up by label key, so the sheet speaks the class's language.
 */
class PropertyTable implements Propertied {
    /** One row: its name, label key, boxed type, value, and (writable rows) change and range. */
    private record Row(String name, String label, Class<?> type, Supplier<Object> value, Consumer<Object> change,
            Supplier<Object> domain) {
    }

    private final Function<String, String> describe;
    private final List<Row> rows = new ArrayList<>();

    /** @param describe a row's description from its label key */
    PropertyTable(Function<String, String> describe) {
        this.describe = describe;
    }

    /** A row only shown. */
    final void shown(String name, String label, Class<?> type, Supplier<Object> value) {
        rows.add(new Row(name, label, type, value, null, () -> null));
    }

    /** A row the inspector can change, with its range (or a supplier of null). */
    final void writable(String name, String label, Class<?> type, Supplier<Object> value, Consumer<Object> change,
            Supplier<Object> domain) {
        rows.add(new Row(name, label, type, value, change, domain));
    }

    private Row row(String name) {
        for (Row r : rows) {
            if (r.name().equals(name)) {
                return r;
            }
        }
        throw new IllegalArgumentException("no control named " + name);
    }

    /** The names of the rows, in the order the inspector shows them. */
    final List<String> names() {
        return rows.stream().map(Row::name).toList();
    }

    final Object get(String name) {
        return row(name).value().get();
    }

    /** Sets a writable row as its slider or switch would. */
    final void set(String name, Object value) {
        Row r = row(name);
        if (r.change() == null) {
            throw new IllegalArgumentException(name + " is shown, not set");
        }
        r.change().accept(value);
    }

    /** A row's range ({@code Interval}), or null. */
    final Object domain(String name) {
        return row(name).domain().get();
    }

    final String description(String name) {
        return describe.apply(row(name).label());
    }

    @Override
    public final Properties properties() {
        return new Properties() {
            private static final long serialVersionUID = 1L;

            @Override
            public boolean isVolatile() {
                return false;
            }

            @Override
            public int numProperties() {
                return rows.size();
            }

            @Override
            public Object getValue(int i) {
                return rows.get(i).value().get();
            }

            @Override
            public Object getDomain(int i) {
                return rows.get(i).domain().get();
            }

            @Override
            public String getDescription(int i) {
                return describe.apply(rows.get(i).label());
            }

            @Override
            public boolean isReadWrite(int i) {
                return rows.get(i).change() != null;
            }

            @Override
            public String getName(int i) {
                return rows.get(i).name();
            }

            @Override
            public Class<?> getType(int i) {
                // Primitive types: MASON draws a check box for boolean and a slider for a double with a range.
                Class<?> t = rows.get(i).type();
                return t == Boolean.class ? boolean.class : t == Double.class ? double.class
                        : t == Integer.class ? int.class : t;
            }

            @Override
            protected Object _setValue(int i, Object value) {
                rows.get(i).change().accept(value);
                return rows.get(i).value().get();
            }
        };
    }
}
