package org.lonelyloop.scenario;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A YAML document read into a Jackson tree, remembering where every key and value stood.
 *
 * <p>Jackson's own trees drop locations, yet every message about a scenario must name its line and
 * column; so the tree is built here token by token. Explicit YAML tags are refused (no tag may
 * choose a Java class), and duplicate keys are problems rather than silent overwrites.
 */
public final class LocatedTree {
    /** Where a key and its value were written. */
    public record Origin(String source, int keyLine, int keyColumn, int valueLine, int valueColumn) {
        static Origin of(String source, JsonLocation key, JsonLocation value) {
            return new Origin(source, key.getLineNr(), key.getColumnNr(), value.getLineNr(), value.getColumnNr());
        }
    }

    private static final YAMLFactory YAML = YAMLFactory.builder().build();

    private final JsonNode root;
    private final Map<String, Origin> origins;
    private final List<Problem> problems;

    private LocatedTree(JsonNode root, Map<String, Origin> origins, List<Problem> problems) {
        this.root = root;
        this.origins = origins;
        this.problems = problems;
    }

    /** The tree, or an empty object when the text could not be parsed (see {@link #problems()}). */
    public JsonNode root() {
        return root;
    }

    /** Origin of each key path (dotted, list items as {@code [i]}). */
    public Map<String, Origin> origins() {
        return origins;
    }

    /** Syntax problems: malformed YAML, tags, duplicate keys. */
    public List<Problem> problems() {
        return problems;
    }

    public static LocatedTree parse(String text, String source) {
        Map<String, Origin> origins = new HashMap<>();
        List<Problem> problems = new ArrayList<>();
        try (YAMLParser p = (YAMLParser) YAML.createParser(text)) {
            JsonToken t = p.nextToken();
            if (t == null) {
                problems.add(new Problem(source, 1, 1, "", "the file is empty; a scenario needs at least a name"));
                return new LocatedTree(JsonNodeFactory.instance.objectNode(), origins, problems);
            }
            if (t != JsonToken.START_OBJECT) {
                JsonLocation l = p.currentTokenLocation();
                problems.add(new Problem(source, l.getLineNr(), l.getColumnNr(), "",
                        "a scenario must be a map of keys (name:, seed:, population: ...), not a " + describe(t)));
                return new LocatedTree(JsonNodeFactory.instance.objectNode(), origins, problems);
            }
            JsonNode root = readObject(p, "", source, origins, problems);
            if (p.nextToken() != null) {
                // Jackson would read the first document and drop the rest without a word.
                JsonLocation l = p.currentTokenLocation();
                problems.add(new Problem(source, l.getLineNr(), l.getColumnNr(), "", "a second YAML document starts "
                        + "here (after '---'); a scenario file holds one: put the other scenario in a file of its "
                        + "own, or remove the '---' line"));
            }
            return new LocatedTree(root, origins, problems);
        } catch (JsonProcessingException e) {
            int[] tab = indentingTab(text);
            if (tab != null) {
                problems.add(new Problem(source, tab[0], tab[1], "", "a tab in the indentation; YAML indents with "
                        + "spaces"));
            } else if (e.getCause() instanceof org.yaml.snakeyaml.error.MarkedYAMLException m
                    && m.getProblemMark() != null && m.getProblem() != null) {
                // SnakeYAML's problem and where it lies, not the context it was scanning.
                problems.add(new Problem(source, m.getProblemMark().getLine() + 1, m.getProblemMark().getColumn() + 1,
                        "", "not valid YAML: " + m.getProblem()));
            } else {
                JsonLocation l = e.getLocation();
                String message = firstLine(e.getOriginalMessage());
                java.util.regex.Matcher special = java.util.regex.Pattern
                        .compile("Malformed numeric value '([-+]?\\.(?:nan|NaN|NAN|inf|Inf|INF))'").matcher(message);
                java.util.regex.Matcher deep = java.util.regex.Pattern
                        .compile("nesting depth \\((\\d+)\\) exceeds the maximum allowed \\((\\d+)").matcher(message);
                String said = special.find() ? "must be a finite number, was " + special.group(1)
                        : message.startsWith("Expected a field name") ? "a key here is not plain text (YAML's "
                                + "'? ' keys, or a list or map as a key); write key: value"
                        : deep.find() ? "lists or maps nested more than " + deep.group(2) + " levels deep; a scenario "
                                + "is a few levels deep (pathways.compensation.strength is three)"
                        : "not valid YAML: " + message;
                int[] at = l != null && l.getLineNr() > 0 ? new int[] {l.getLineNr(), l.getColumnNr()}
                        : deep.find(0) ? deepestBracket(text, Integer.parseInt(deep.group(2))) : new int[] {0, 0};
                problems.add(new Problem(source, at[0], at[1], "", said));
            }
        } catch (IOException e) {
            problems.add(new Problem(source, 0, 0, "", "cannot read: " + e.getMessage()));
        }
        return new LocatedTree(JsonNodeFactory.instance.objectNode(), origins, problems);
    }

    private static ObjectNode readObject(YAMLParser p, String path, String source, Map<String, Origin> origins,
            List<Problem> problems) throws IOException {
        ObjectNode obj = JsonNodeFactory.instance.objectNode();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            JsonLocation keyLoc = p.currentTokenLocation();
            String childPath = path.isEmpty() ? key : path + "." + key;
            boolean plainName = key.matches("[A-Za-z0-9_-]+");
            if (!plainName || p.getObjectId() != null) {
                // '&a: 1' anchors an empty key; ': 1' has none; 'coverage[]' or 'a.b' would be read as a
                // key path. Each would otherwise be reported with no place, or not at all.
                problems.add(new Problem(source, keyLoc.getLineNr(), keyLoc.getColumnNr(), path,
                        key.isBlank() ? "a key with no name (is a word missing before the ':'?)"
                                : !plainName ? "'" + key + "' is not a key: keys are names of letters, digits, '_' "
                                        + "and '-' (docs/scenarios.md lists them)"
                                : "YAML anchors (&" + p.getObjectId() + ") are not allowed in scenario files"));
                p.nextToken();
                readValue(p, childPath + "?", source, new HashMap<>(), new ArrayList<>());
                continue;
            }
            p.nextToken();
            JsonLocation valueLoc = p.currentTokenLocation();
            JsonNode value = readValue(p, childPath, source, origins, problems);
            if (obj.has(key)) {
                Origin first = origins.get(childPath);
                problems.add(new Problem(source, keyLoc.getLineNr(), keyLoc.getColumnNr(), childPath,
                        "duplicate key (first written on line " + (first == null ? "?" : first.keyLine()) + ")"));
                continue;
            }
            origins.put(childPath, Origin.of(source, keyLoc, valueLoc));
            obj.set(key, value);
        }
        return obj;
    }

    private static JsonNode readValue(YAMLParser p, String path, String source, Map<String, Origin> origins,
            List<Problem> problems) throws IOException {
        JsonToken t = p.currentToken();
        String tag = p.getTypeId();
        if (tag != null) {
            JsonLocation l = p.currentTokenLocation();
            problems.add(new Problem(source, l.getLineNr(), l.getColumnNr(), path,
                    "YAML tags (" + tag + ") are not allowed in scenario files"));
        }
        // Aliases: the parser hands an alias over as the anchor's name, so '*n' would quietly become
        // the text 'n'. Refused by name (an anchor the parser reports is refused too; on a scalar it
        // reports none, and an anchor alone changes nothing); extends shares values instead.
        if (p.isCurrentAlias()) {
            JsonLocation l = p.currentTokenLocation();
            problems.add(new Problem(source, l.getLineNr(), l.getColumnNr(), path, "YAML aliases (*" + p.getText()
                    + ") are not allowed in scenario files; write the value out, or share values with extends"));
        } else if (p.getObjectId() != null) {
            JsonLocation l = p.currentTokenLocation();
            problems.add(new Problem(source, l.getLineNr(), l.getColumnNr(), path, "YAML anchors (&"
                    + p.getObjectId() + ") are not allowed in scenario files; write the value out, or share values "
                    + "with extends"));
        }
        switch (t) {
            case START_OBJECT:
                return readObject(p, path, source, origins, problems);
            case START_ARRAY: {
                ArrayNode arr = JsonNodeFactory.instance.arrayNode();
                int i = 0;
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    String itemPath = path + "[" + i++ + "]";
                    JsonLocation l = p.currentTokenLocation();
                    origins.put(itemPath, Origin.of(source, l, l));
                    arr.add(readValue(p, itemPath, source, origins, problems));
                }
                return arr;
            }
            case VALUE_STRING:
                return JsonNodeFactory.instance.textNode(p.getText());
            case VALUE_NUMBER_INT:
                return p.getNumberType() == JsonParser.NumberType.BIG_INTEGER
                        ? JsonNodeFactory.instance.numberNode(p.getBigIntegerValue())
                        : JsonNodeFactory.instance.numberNode(p.getLongValue());
            case VALUE_NUMBER_FLOAT:
                return JsonNodeFactory.instance.numberNode(p.getDoubleValue());
            case VALUE_TRUE:
                return JsonNodeFactory.instance.booleanNode(true);
            case VALUE_FALSE:
                return JsonNodeFactory.instance.booleanNode(false);
            case VALUE_NULL:
                return JsonNodeFactory.instance.nullNode();
            default:
                JsonLocation l = p.currentTokenLocation();
                problems.add(new Problem(source, l.getLineNr(), l.getColumnNr(), path, "unexpected " + describe(t)));
                return JsonNodeFactory.instance.nullNode();
        }
    }

    /** Where flow brackets first nest deeper than {@code limit} (line and column, 1-based), or 0, 0. */
    private static int[] deepestBracket(String text, int limit) {
        int depth = 0;
        int line = 1;
        int column = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            column++;
            if (c == '\n') {
                line++;
                column = 0;
            } else if (c == '[' || c == '{') {
                if (++depth > limit) {
                    return new int[] {line, column};
                }
            } else if (c == ']' || c == '}') {
                depth--;
            }
        }
        return new int[] {0, 0};
    }

    /** Line and column (1-based) of the first tab in a line's leading white space, or null. */
    private static int[] indentingTab(String text) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            for (int c = 0; c < line.length() && (line.charAt(c) == ' ' || line.charAt(c) == '\t'); c++) {
                if (line.charAt(c) == '\t') {
                    return new int[] {i + 1, c + 1};
                }
            }
        }
        return null;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int nl = message.indexOf('\n');
        return (nl < 0 ? message : message.substring(0, nl)).trim();
    }

    static String describe(JsonToken t) {
        switch (t) {
            case START_ARRAY: return "list";
            case START_OBJECT: return "map";
            case VALUE_STRING: return "text";
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT: return "number";
            case VALUE_TRUE:
            case VALUE_FALSE: return "true/false value";
            case VALUE_NULL: return "empty value";
            default: return t.toString();
        }
    }
}
