package org.lonelyloop.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.lonelyloop.model.intervention.InterventionSpec;
import org.lonelyloop.model.intervention.InterventionTypes;
import org.lonelyloop.model.params.AgeGroup;
import org.lonelyloop.model.params.AgeProfile;
import org.lonelyloop.model.params.Days;
import org.lonelyloop.model.params.MayBeAbsent;
import org.lonelyloop.model.params.Minutes;

/**
 * Walks a scenario tree alongside the parameter records it must bind to, and reports every key
 * that has no record component (with a did-you-mean) and every value of the wrong kind. Binding
 * with Jackson stops at the first problem; this walk finds them all, each with its location.
 */
final class TreeChecker {
    /** The key naming an intervention's type. */
    static final String TYPE = "type";

    private final Function<String, LocatedTree.Origin> origins;
    private final String fallbackSource;
    private final List<Problem> problems = new ArrayList<>();
    private final List<String> badPaths = new ArrayList<>();

    /**
     * @param origins        where each key path was written
     * @param fallbackSource named in problems with a path no file wrote (a default)
     */
    TreeChecker(Function<String, LocatedTree.Origin> origins, String fallbackSource) {
        this.origins = origins;
        this.fallbackSource = fallbackSource;
    }

    List<Problem> check(JsonNode node, Class<?> type) {
        return check(node, type, "");
    }

    /** Checks a value that will stand at {@code path}, of the declared type {@code type}. */
    List<Problem> check(JsonNode node, Type type, String path) {
        walk(node, type, path);
        return problems;
    }

    /** Paths whose value is of the wrong kind or whose key is unknown. */
    List<String> badPaths() {
        return badPaths;
    }

    private void walk(JsonNode node, Type type, String path) {
        Class<?> raw = raw(type);
        if (raw == Days.class || raw == Minutes.class) {
            checkLeaf(node, raw, path);
        } else if (raw == InterventionSpec.class) {
            checkIntervention(node, path);
        } else if (raw.isRecord()) {
            checkRecord(node, raw, path);
        } else if (List.class.isAssignableFrom(raw)) {
            if (!node.isArray()) {
                valueProblem(path, "must be a list");
                return;
            }
            Type item = ((ParameterizedType) type).getActualTypeArguments()[0];
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), item, path + "[" + i + "]");
            }
        } else {
            checkLeaf(node, raw, path);
        }
    }

    private void checkIntervention(JsonNode node, String path) {
        if (!node.isObject()) {
            valueProblem(path, "must be a map with a type, e.g. {type: usage-cap, limits: [2h, 1h]}");
            return;
        }
        JsonNode type = node.get(TYPE);
        String typePath = path + "." + TYPE;
        if (type == null) {
            valueProblem(path, "needs a type: one of " + String.join(", ", InterventionTypes.all().keySet()));
            return;
        }
        Class<?> record = type.isTextual() ? InterventionTypes.all().get(type.asText()) : null;
        if (record == null) {
            String best = type.isTextual() ? DidYouMean.closest(type.asText(), InterventionTypes.all().keySet()) : null;
            valueProblem(typePath, "unknown intervention type " + (type.isTextual() ? "'" + type.asText() + "'" : type.toString())
                    + (best == null ? "; known types: " + String.join(", ", InterventionTypes.all().keySet())
                    : "; did you mean '" + best + "'?"));
            badPaths.add(path);
            return;
        }
        checkRecord(node, record, path);
    }

    private void checkRecord(JsonNode node, Class<?> raw, String path) {
        if (!node.isObject()) {
            valueProblem(path, "must be a map of keys (" + String.join(", ", names(raw)) + ")");
            return;
        }
        Map<String, RecordComponent> components = new java.util.LinkedHashMap<>();
        for (RecordComponent c : raw.getRecordComponents()) {
            components.put(c.getName(), c);
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            String childPath = path.isEmpty() ? e.getKey() : path + "." + e.getKey();
            RecordComponent c = components.get(e.getKey());
            if (c == null) {
                if (!(e.getKey().equals(TYPE) && InterventionSpec.class.isAssignableFrom(raw))) {
                    keyProblem(childPath, unknownKeyMessage(e.getKey(), components.keySet()));
                }
            } else if (e.getValue().isNull() && c.getAnnotation(MayBeAbsent.class) != null) {
                continue;
            } else {
                walk(e.getValue(), c.getGenericType(), childPath);
            }
        }
    }

    private void checkLeaf(JsonNode node, Class<?> raw, String path) {
        if (raw == int.class || raw == Integer.class) {
            if (!node.isIntegralNumber() || !node.canConvertToInt()) {
                valueProblem(path, "must be a whole number" + wholeNumberProblem(node, "2147483647"));
            }
        } else if (raw == long.class || raw == Long.class) {
            if (!node.isIntegralNumber() || !node.canConvertToLong()) {
                valueProblem(path, "must be a whole number" + wholeNumberProblem(node, "9223372036854775807"));
            }
        } else if (raw == double.class || raw == Double.class) {
            if (!node.isNumber()) {
                valueProblem(path, "must be a number" + got(node) + (node.isTextual() && isNumeric(node.asText())
                        ? " (a text, in quotes; write it without them)" : ""));
            } else if (!Double.isFinite(node.asDouble())) {
                valueProblem(path, "must be a finite number, was " + node.asText());
            }
        } else if (raw == boolean.class || raw == Boolean.class) {
            if (!node.isBoolean()) {
                valueProblem(path, "must be true or false" + got(node));
            }
        } else if (raw == String.class) {
            if (!node.isTextual() && !node.isNumber()) {
                valueProblem(path, "must be text" + got(node));
            }
        } else if (raw == Days.class) {
            checkUnit(node, path, Days::parse, "days");
        } else if (raw == Minutes.class) {
            checkUnit(node, path, Minutes::parse, "minutes");
        } else if (raw == AgeProfile.class) {
            checkAgeProfile(node, path);
        } else if (raw.isEnum()) {
            checkEnum(node, raw, path);
        } else {
            valueProblem(path, "has a type the scenario format cannot read (" + raw.getSimpleName() + ")");
        }
    }

    private void checkUnit(JsonNode node, String path, Function<String, ?> parse, String unit) {
        if (node.isNumber()) {
            valueProblem(path, "needs a unit: write " + node.asText() + (unit.equals("days") ? "d" : "m")
                    + (unit.equals("days") ? " (days), or use w or y" : " (minutes), or use h"));
            return;
        }
        if (!node.isTextual()) {
            valueProblem(path, "must be text such as " + (unit.equals("days") ? "21d, 8w or 9y" : "90m or 2h") + got(node));
            return;
        }
        try {
            parse.apply(node.asText());
        } catch (IllegalArgumentException e) {
            valueProblem(path, e.getMessage());
        }
    }

    private void checkAgeProfile(JsonNode node, String path) {
        if (node.isNumber()) {
            return;
        }
        if (!node.isArray() || node.size() != AgeGroup.COUNT) {
            valueProblem(path, "must be one number for every age group, or a list of " + AgeGroup.COUNT
                    + " numbers for 15-24, 25-34, 35-44, 45-54, 55-64, 65-74, 75+" + got(node));
            return;
        }
        for (int i = 0; i < node.size(); i++) {
            if (!node.get(i).isNumber()) {
                valueProblem(path + "[" + i + "]", "must be a number" + got(node.get(i)));
            }
        }
    }

    private void checkEnum(JsonNode node, Class<?> raw, String path) {
        List<String> allowed = new ArrayList<>();
        for (Object c : raw.getEnumConstants()) {
            allowed.add(c.toString());
        }
        if (!node.isTextual() || !allowed.contains(node.asText())) {
            valueProblem(path, "must be one of " + String.join(", ", allowed) + got(node));
        }
    }

    /** Why a value is no whole number of the field's size, in words. */
    private static String wholeNumberProblem(JsonNode node, String largest) {
        if (node.isTextual() && isNumeric(node.asText())) {
            return ", was the text '" + node.asText() + "' (in quotes; write it without them)";
        }
        if (node.isIntegralNumber()) {
            return ", was " + node.asText() + ", too large (at most " + largest + ")";
        }
        if (node.isNumber()) {
            double v = node.asDouble();
            if (!Double.isFinite(v)) {
                return ", was " + node.asText() + ", not finite";
            }
            if (v == Math.rint(v)) {
                return Math.abs(v) > Long.parseLong(largest) ? ", was " + node.asText() + ", too large (at most "
                        + largest + ")" : ", was " + node.asText() + " in floating-point notation; write the digits ("
                        + new java.math.BigDecimal(v).toPlainString() + ")";
            }
            return ", was " + node.asText() + ", which has a fraction";
        }
        return got(node);
    }

    private static boolean isNumeric(String text) {
        try {
            Double.parseDouble(text.strip());
            return !text.isBlank();
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static String got(JsonNode node) {
        if (node.isTextual()) {
            return ", was '" + node.asText() + "'";
        }
        if (node.isNull()) {
            return ", was empty";
        }
        if (node.isArray()) {
            return ", was a list of " + node.size();
        }
        if (node.isObject()) {
            return ", was a map";
        }
        return ", was " + node.asText();
    }

    private void keyProblem(String path, String message) {
        badPaths.add(path);
        LocatedTree.Origin o = origins.apply(path);
        problems.add(o == null ? new Problem(fallbackSource, 0, 0, path, message)
                : new Problem(o.source(), o.keyLine(), o.keyColumn(), path, message));
    }

    private void valueProblem(String path, String message) {
        badPaths.add(path);
        LocatedTree.Origin o = origins.apply(path);
        problems.add(o == null ? new Problem(fallbackSource, 0, 0, path, message)
                : new Problem(o.source(), o.valueLine(), o.valueColumn(), path, message));
    }

    static String unknownKeyMessage(String key, Iterable<String> known) {
        String best = DidYouMean.closest(key, known);
        StringBuilder sb = new StringBuilder("unknown key '").append(key).append("'");
        if (best != null) {
            sb.append("; did you mean '").append(best).append("'?");
        } else {
            sb.append("; known keys here: ").append(String.join(", ", known));
        }
        return sb.toString();
    }

    private static List<String> names(Class<?> record) {
        List<String> n = new ArrayList<>();
        for (RecordComponent c : record.getRecordComponents()) {
            n.add(c.getName());
        }
        return n;
    }

    private static Class<?> raw(Type t) {
        if (t instanceof Class<?>) {
            return (Class<?>) t;
        }
        if (t instanceof ParameterizedType) {
            return (Class<?>) ((ParameterizedType) t).getRawType();
        }
        throw new IllegalArgumentException("unsupported type " + t);
    }
}
