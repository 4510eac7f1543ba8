package org.lonelyloop.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** Navigation of Jackson trees by the dotted key paths used in messages ({@code a.b[2].c}). */
final class TreePaths {
    private TreePaths() {
    }

    /** Splits {@code a.b[2].c} into {@code a}, {@code b}, {@code [2]}, {@code c}. */
    static List<String> parts(String path) {
        return org.lonelyloop.model.params.KeyPaths.parts(path);
    }

    static JsonNode get(JsonNode root, String path) {
        if (path.isEmpty()) {
            // The root itself: the parent of a top-level key (without this, a top-level unknown key or
            // malformed value could not be set aside, and it hid every range problem in the file).
            return root;
        }
        JsonNode n = root;
        for (String p : parts(path)) {
            if (n == null) {
                return null;
            }
            n = p.startsWith("[") ? n.get(Integer.parseInt(p.substring(1, p.length() - 1))) : n.get(p);
        }
        return n;
    }

    /**
     * Puts the value at {@code path} in {@code defaults} back into {@code tree}, or removes the key
     * when the defaults have none (an unknown key).
     */
    static void restore(JsonNode tree, JsonNode defaults, String path) {
        List<String> parts = parts(path);
        JsonNode parent = get(tree, String.join(".", parts.subList(0, parts.size() - 1)).replace(".[", "["));
        String last = parts.get(parts.size() - 1);
        JsonNode replacement = get(defaults, path);
        if (parent instanceof ObjectNode) {
            if (replacement == null) {
                ((ObjectNode) parent).remove(last);
            } else {
                ((ObjectNode) parent).set(last, replacement.deepCopy());
            }
        } else if (parent instanceof ArrayNode && last.startsWith("[")) {
            JsonNode whole = get(defaults, path.substring(0, path.lastIndexOf('[')));
            int idx = Integer.parseInt(last.substring(1, last.length() - 1));
            if (whole != null && whole.has(idx)) {
                ((ArrayNode) parent).set(idx, whole.get(idx).deepCopy());
            }
        }
    }
}
