package org.lonelyloop.model.params;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Checks a tree of parameter records against the {@link Range} annotations on their components and
 * their {@link CrossChecked} rules, collecting every violation rather than stopping at the first.
 */
public final class Bounds {
    private Bounds() {
    }

    /** All violations in {@code record} and the records inside it; empty when everything is valid. */
    public static List<Violation> violations(Object record) {
        List<Violation> out = new ArrayList<>();
        walk(record, "", out);
        return out;
    }

    /**
     * Throws an {@link IllegalArgumentException} listing every violation, for callers that build
     * parameters in code rather than from a scenario file.
     */
    public static void require(Object record) {
        List<Violation> v = violations(record);
        if (!v.isEmpty()) {
            throw new Violated(v);
        }
    }

    /** Parameters out of their bounds: the message lists every violation, and they can be read one by one. */
    public static final class Violated extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;
        private final transient List<Violation> violations;

        Violated(List<Violation> violations) {
            super(text(violations));
            this.violations = List.copyOf(violations);
        }

        /** Every violation, in the order of the record's components. */
        public List<Violation> violations() {
            return violations;
        }

        private static String text(List<Violation> v) {
            StringBuilder sb = new StringBuilder("invalid parameters:");
            for (Violation x : v) {
                sb.append("\n  ").append(x);
            }
            return sb.toString();
        }
    }

    private static void walk(Object value, String path, List<Violation> out) {
        if (value == null || !value.getClass().isRecord()) {
            return;
        }
        RecordShape shape = RecordShape.of(value.getClass());
        for (int k = 0; k < shape.components.length; k++) {
            Object v = shape.read(value, k);
            String name = shape.names.get(k);
            String p = path.isEmpty() ? name : path + "." + name;
            if (v == null) {
                if (!shape.mayBeAbsent[k]) {
                    out.add(new Violation(p, "is missing"));
                }
                continue;
            }
            Range r = shape.ranges[k];
            if (r != null) {
                checkRange(r, v, p, out);
            }
            if (v instanceof Collection<?>) {
                int i = 0;
                for (Object item : (Collection<?>) v) {
                    walk(item, p + "[" + i++ + "]", out);
                }
            } else {
                walk(v, p, out);
            }
        }
        if (value instanceof CrossChecked) {
            for (Violation x : ((CrossChecked) value).crossCheck()) {
                out.add(new Violation(path.isEmpty() ? x.path() : path + "." + x.path(), x.message()));
            }
        }
    }

    private static void checkRange(Range r, Object v, String p, List<Violation> out) {
        if (v instanceof Number) {
            double d = ((Number) v).doubleValue();
            if (!(d >= r.min() && d <= r.max())) {
                out.add(new Violation(p, "must be between " + fmt(r.min()) + " and " + fmt(r.max())
                        + unitSuffix(r) + ", was " + fmt(d)));
            }
        } else if (v instanceof AgeProfile) {
            double[] a = ((AgeProfile) v).toArray();
            for (int g = 0; g < a.length; g++) {
                if (!(a[g] >= r.min() && a[g] <= r.max())) {
                    out.add(new Violation(p + "[" + g + "]", "(age " + AgeGroup.get(g).label + ") must be between "
                            + fmt(r.min()) + " and " + fmt(r.max()) + unitSuffix(r) + ", was " + fmt(a[g])));
                }
            }
        } else if (v instanceof Minutes) {
            double d = ((Minutes) v).value();
            if (!(d >= r.min() && d <= r.max())) {
                out.add(new Violation(p, "must be between " + fmt(r.min()) + "m and " + fmt(r.max()) + "m, was " + v));
            }
        } else if (v instanceof Days) {
            int d = ((Days) v).count();
            if (!(d >= r.min() && d <= r.max())) {
                out.add(new Violation(p, "must be between " + Days.of((int) r.min()) + " and "
                        + Days.of((int) r.max()) + ", was " + v));
            }
        }
    }

    private static String unitSuffix(Range r) {
        return r.unit().isEmpty() ? "" : " (" + r.unit() + ")";
    }

    /** Numbers as a user would write them: no trailing {@code .0}. */
    public static String fmt(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString((long) d);
        }
        return Double.toString(d);
    }
}
