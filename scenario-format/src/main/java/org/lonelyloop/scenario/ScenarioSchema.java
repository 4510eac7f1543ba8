package org.lonelyloop.scenario;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Map;
import org.lonelyloop.model.intervention.InterventionSpec;
import org.lonelyloop.model.intervention.InterventionTypes;
import org.lonelyloop.model.params.AgeGroup;
import org.lonelyloop.model.params.AgeProfile;
import org.lonelyloop.model.params.Days;
import org.lonelyloop.model.params.MayBeAbsent;
import org.lonelyloop.model.params.Minutes;
import org.lonelyloop.model.params.Range;

/**
 * The JSON Schema (draft 2020-12) of scenario files, generated from the parameter records the
 * loader binds to, with the ranges of their {@link Range} annotations: one declaration serves the
 * loader, the schema, the docs and the GUI. Editors that read JSON Schema (VS Code's YAML
 * extension, IntelliJ) complete keys and flag mistakes from it; published as
 * docs/scenario.schema.json.
 *
 * <p>Written by hand rather than by a schema-generator library because the scenario format's own
 * types (durations with units, minutes, age profiles, interventions told apart by {@code type})
 * would each need a custom module there, and this walk is the same one the loader's checker does.
 */
public final class ScenarioSchema {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    /** Durations: a whole number and d, w or y ({@link Days#parse}). */
    static final String DAYS_PATTERN = "^\\s*\\d{1,7}\\s*[dwyDWY]\\s*$";
    /** Amounts of time in a day: a number and m, min or h ({@link Minutes#parse}). */
    static final String MINUTES_PATTERN = "^\\s*\\d{1,4}(\\.\\d{1,3})?\\s*([mM]|[mM][iI][nN]|[hH])\\s*$";

    private ScenarioSchema() {
    }

    public static ObjectNode generate() {
        ObjectNode root = F.objectNode();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.put("$id", "https://lonelyloop.org/scenario.schema.json");
        root.put("title", "LonelyLoop scenario");
        root.put("description", "A LonelyLoop scenario file: states only what differs from the defaults "
                + "(docs/scenarios.md). Generated from the parameter records; do not edit by hand.");
        root.setAll(record(Scenario.class));
        ((ObjectNode) root.get("properties")).set("extends", F.objectNode().put("type", "string")
                .put("description", "another scenario file this one builds on, relative to this file"));
        return root;
    }

    private static ObjectNode record(Class<?> record) {
        ObjectNode o = F.objectNode();
        o.put("type", "object");
        o.put("additionalProperties", false);
        ObjectNode props = o.putObject("properties");
        for (RecordComponent c : record.getRecordComponents()) {
            ObjectNode s = of(c.getGenericType(), c.getAnnotation(Range.class));
            if (record == org.lonelyloop.scenario.Expectation.class && c.getName().equals("compare")) {
                // The loader takes a number here as well as a name (it keeps the number's text).
                s = F.objectNode();
                s.putArray("type").add("string").add("number");
            }
            if (c.getAnnotation(MayBeAbsent.class) != null) {
                ObjectNode either = F.objectNode();
                either.putArray("anyOf").add(s).add(F.objectNode().put("type", "null"));
                s = either;
            }
            props.set(c.getName(), s);
        }
        return o;
    }

    private static ObjectNode of(Type type, Range range) {
        Class<?> raw = type instanceof ParameterizedType ? (Class<?>) ((ParameterizedType) type).getRawType() : (Class<?>) type;
        if (raw == int.class || raw == long.class) {
            return bounded(F.objectNode().put("type", "integer"), range);
        }
        if (raw == double.class || raw == Double.class) {
            return bounded(F.objectNode().put("type", "number"), range);
        }
        if (raw == boolean.class) {
            return F.objectNode().put("type", "boolean");
        }
        if (raw == String.class) {
            return F.objectNode().put("type", "string");
        }
        if (raw == Days.class) {
            return described(F.objectNode().put("type", "string").put("pattern", DAYS_PATTERN),
                    "a duration: whole number and d, w or y, e.g. 21d, 8w, 9y", range);
        }
        if (raw == Minutes.class) {
            return described(F.objectNode().put("type", "string").put("pattern", MINUTES_PATTERN),
                    "time in a day: number and m or h, e.g. 90m, 2h", range);
        }
        if (raw == AgeProfile.class) {
            ObjectNode number = bounded(F.objectNode().put("type", "number"), range);
            ObjectNode list = F.objectNode().put("type", "array").put("minItems", AgeGroup.COUNT).put("maxItems", AgeGroup.COUNT);
            list.set("items", number.deepCopy());
            ObjectNode o = F.objectNode();
            o.putArray("oneOf").add(number).add(list);
            return described(o, "one value for every age band, or seven for 15-24, 25-34, 35-44, 45-54, 55-64, 65-74, 75+", range);
        }
        if (raw.isEnum()) {
            ObjectNode o = F.objectNode();
            ArrayNode values = o.putArray("enum");
            for (Object e : raw.getEnumConstants()) {
                values.add(e.toString());
            }
            return o;
        }
        if (raw == java.util.List.class) {
            Type item = ((ParameterizedType) type).getActualTypeArguments()[0];
            ObjectNode o = F.objectNode().put("type", "array");
            o.set("items", item == InterventionSpec.class ? interventions() : of(item, range));
            return o;
        }
        if (raw.isRecord()) {
            return record(raw);
        }
        throw new IllegalArgumentException("no schema for " + type);
    }

    private static ObjectNode interventions() {
        ObjectNode o = F.objectNode();
        ArrayNode oneOf = o.putArray("oneOf");
        for (Map.Entry<String, Class<? extends InterventionSpec>> e : InterventionTypes.all().entrySet()) {
            ObjectNode r = record(e.getValue());
            ((ObjectNode) r.get("properties")).set(TreeChecker.TYPE, F.objectNode().put("const", e.getKey()));
            r.putArray("required").add(TreeChecker.TYPE);
            oneOf.add(r);
        }
        return o;
    }

    private static ObjectNode bounded(ObjectNode o, Range r) {
        if (r != null) {
            o.put("minimum", r.min());
            o.put("maximum", r.max());
            if (!r.unit().isEmpty()) {
                o.put("description", r.unit());
            }
        }
        return o;
    }

    private static ObjectNode described(ObjectNode o, String what, Range r) {
        return o.put("description", r == null || r.unit().isEmpty() ? what : what + " (" + r.unit() + ")");
    }

    /** The schema as pretty JSON, as published. */
    public static String json() {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper()
                    .writerWithDefaultPrettyPrinter().writeValueAsString(generate()) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
