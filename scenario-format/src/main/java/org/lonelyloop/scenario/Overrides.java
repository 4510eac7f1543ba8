package org.lonelyloop.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.lonelyloop.model.params.KeyPaths;
import org.lonelyloop.model.params.MayBeAbsent;
import org.lonelyloop.model.params.Records;

/**
 * What a person typed as {@code --set key.path=value} (or a sweep's {@code --vary} value) applied to
 * a scenario record. The text after {@code =} is read as YAML into the type the path leads to, with
 * the checks a file's value gets (kind, unknown keys, an intervention's type defaults), and set by
 * {@link KeyPaths}: the record itself is never written out and read back. Ranges and the checks that
 * span sections are left to the caller, which runs them once over the result.
 */
final class Overrides {
    /** A key path: names joined by dots, list items by index ({@code interventions[0].coverage}). */
    private static final String KEY_PATH = "[A-Za-z0-9_-]+(\\[\\d{1,9}\\])*(\\.[A-Za-z0-9_-]+(\\[\\d{1,9}\\])*)*";

    private final Map<String, LocatedTree.Origin> origins;
    private final List<Problem> problems;
    private final List<String> badPaths;
    /** The paths a value was set at. */
    private final List<String> placed = new java.util.ArrayList<>();

    /**
     * @param origins  where each key path was written: each override's paths are added, so later
     *                 checks name the override that caused a problem
     * @param problems where the problems found are added
     * @param badPaths where the paths of values that could not be read are added (their ranges are
     *                 not checked again)
     */
    Overrides(Map<String, LocatedTree.Origin> origins, List<Problem> problems, List<String> badPaths) {
        this.origins = origins;
        this.problems = problems;
        this.badPaths = badPaths;
    }

    /** {@code base} with every override applied in order; one that cannot be read is left out. */
    Scenario apply(Scenario base, List<String> overrides) {
        Scenario s = base;
        for (String o : overrides) {
            s = applyOne(s, o);
        }
        return s;
    }

    private Scenario applyOne(Scenario s, String override) {
        String where = "--set " + override;
        int eq = override.indexOf('=');
        if (eq <= 0) {
            problems.add(new Problem(where, 0, 0, "", "write --set key.path=value, e.g. --set pathways.compensation.strength=0.5"));
            return s;
        }
        String path = override.substring(0, eq).trim();
        String valueText = override.substring(eq + 1).trim();
        LocatedTree parsed = LocatedTree.parse("value: " + valueText, where);
        if (!parsed.problems().isEmpty()) {
            problems.add(new Problem(where, 0, 0, path, valueText.matches("[-+]?\\.(nan|NaN|NAN|inf|Inf|INF)")
                    ? "must be a finite number, was " + valueText : "the value "
                    + valueText + " cannot be read: " + parsed.problems().get(0).message()));
            return s;
        }
        if (!path.matches(KEY_PATH)) {
            problems.add(new Problem(where, 0, 0, "", "'" + path + "' is not a key path: write names joined by dots, "
                    + "list items as [n], e.g. interventions[0].coverage"));
            return s;
        }
        LocatedTree.Origin origin = new LocatedTree.Origin(where, 0, 0, 0, 0);
        StringBuilder sofar = new StringBuilder();
        for (String part : KeyPaths.parts(path)) {
            sofar.append(sofar.length() == 0 || part.startsWith("[") ? "" : ".").append(part);
            origins.put(sofar.toString(), origin);
        }
        return set(s, path, parsed.root().get("value"), where);
    }

    /**
     * Whether an override set the value at {@code path} or around it: what the file wrote there was
     * replaced, so a problem it had is no longer one.
     */
    boolean replaced(String path) {
        for (String p : placed) {
            if (path.equals(p) || path.startsWith(p + ".") || path.startsWith(p + "[")) {
                return true;
            }
        }
        return false;
    }

    /** Sets the value a person wrote at {@code path}, or adds the problem that stops it. */
    private Scenario set(Scenario s, String path, JsonNode value, String where) {
        KeyPaths.Target target;
        try {
            target = KeyPaths.resolve(s, path);
        } catch (KeyPaths.NoSuchPath e) {
            badPaths.add(e.at());
            problems.add(new Problem(where, 0, 0, e.at(), switch (e.reason()) {
                case UNKNOWN_KEY -> TreeChecker.unknownKeyMessage(last(e.at()), e.keys());
                case NO_SUCH_ITEM, NOT_A_LIST -> "there is no such list item";
                case NOT_A_SECTION -> "is not a section with keys below it";
            }));
            return s;
        }
        boolean byName = !last(path).startsWith("[");
        if (byName && value.isObject() && target.value() instanceof Record) {
            // A map laid over a section changes the keys it names, as the same map in a file does.
            Scenario next = s;
            for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                next = set(next, path + "." + e.getKey(), e.getValue(), where);
            }
            return next;
        }
        // The value here is now the override's: what the file wrote inside it no longer locates a problem.
        origins.keySet().removeIf(k -> k.startsWith(path + ".") || k.startsWith(path + "["));
        origins.put(path, new LocatedTree.Origin(where, 0, 0, 0, 0));
        Object typed;
        if (value.isNull() && byName && mayBeAbsent(s, path)) {
            typed = null;
        } else {
            // A text that reads as a number (a prediction's compare: 0.05) stays the text it is.
            JsonNode node = target.type() == String.class && value.isNumber()
                    ? TextNode.valueOf(value.asText())
                    : laidOverTypeDefaults(path, value);
            TreeChecker checker = new TreeChecker(p -> ScenarioLoader.nearest(origins, p), where);
            List<Problem> found = checker.check(node, target.type(), path);
            if (!found.isEmpty()) {
                problems.addAll(found);
                badPaths.addAll(checker.badPaths());
                return s;
            }
            try {
                typed = ScenarioYaml.fromTree(node, target.type());
            } catch (IOException | IllegalArgumentException e) {
                badPaths.add(path);
                problems.add(new Problem(where, 0, 0, path,
                        "is not the kind of value it should be (docs/scenarios.md shows each key)"));
                return s;
            }
        }
        try {
            Scenario next = KeyPaths.place(s, path, typed);
            placed.add(path);
            return next;
        } catch (IllegalArgumentException e) {
            // A record that refuses a value in its constructor says why in its own words.
            badPaths.add(path);
            problems.add(new Problem(where, 0, 0, path, e.getMessage()));
            return s;
        }
    }

    /**
     * A whole list of interventions, life events, groups or predictions, or one item of one, laid
     * over its type's defaults as the same list in a file is, so an override states only what differs.
     */
    private JsonNode laidOverTypeDefaults(String path, JsonNode value) {
        List<String> parts = KeyPaths.parts(path);
        String list = parts.get(0);
        if (!ScenarioLoader.hasTypeDefaults(list) || parts.size() > 2
                || (parts.size() == 2 && !parts.get(1).startsWith("["))) {
            return value;
        }
        if (parts.size() == 1) {
            return ScenarioLoader.laidOverTypeDefaults(list, value);
        }
        JsonNode one = ScenarioLoader.laidOverTypeDefaults(list,
                JsonNodeFactory.instance.arrayNode().add(value));
        return one.get(0);
    }

    /** Whether the key at {@code path} may be left empty (an open end, an unnamed group). */
    private static boolean mayBeAbsent(Scenario s, String path) {
        int cut = path.lastIndexOf('.');
        Object parent = cut < 0 ? null : KeyPaths.get(s, path.substring(0, cut));
        return parent instanceof Record r
                && Records.component(r.getClass(), path.substring(cut + 1)).getAnnotation(MayBeAbsent.class) != null;
    }

    private static String last(String path) {
        List<String> parts = KeyPaths.parts(path);
        return parts.get(parts.size() - 1);
    }
}
