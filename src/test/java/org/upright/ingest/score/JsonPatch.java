package org.upright.ingest.score;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The add / remove / replace / move / copy operations of RFC 6902 JSON Patch, enough to keep the perturbed
 * predictions of ExtractionScoreTest as small patches of the gold instead of 140 kB copies of it.
 */
final class JsonPatch {
    private JsonPatch() {
    }

    /** A deep copy of document with the patch (an array of operations) applied in order. */
    static JsonNode apply(JsonNode document, JsonNode patch) {
        JsonNode root = document.deepCopy();
        for (JsonNode op : patch) {
            String path = op.get("path").asText();
            switch (op.get("op").asText()) {
                case "add" -> root = add(root, path, op.get("value").deepCopy());
                case "remove" -> remove(root, path);
                case "replace" -> {
                    remove(root, path);
                    root = add(root, path, op.get("value").deepCopy());
                }
                case "move" -> {
                    JsonNode value = remove(root, op.get("from").asText());
                    root = add(root, path, value);
                }
                case "copy" -> root = add(root, path, resolve(root, op.get("from").asText()).deepCopy());
                default -> throw new IllegalArgumentException("unsupported patch op: " + op);
            }
        }
        return root;
    }

    private static List<String> tokens(String pointer) {
        List<String> tokens = new ArrayList<>();
        if (pointer.isEmpty()) {
            return tokens;
        }
        for (String token : pointer.substring(1).split("/", -1)) {
            tokens.add(token.replace("~1", "/").replace("~0", "~"));
        }
        return tokens;
    }

    private static JsonNode resolve(JsonNode root, String pointer) {
        JsonNode node = root;
        for (String token : tokens(pointer)) {
            node = node.isArray() ? node.get(Integer.parseInt(token)) : node.get(token);
            if (node == null) {
                throw new IllegalArgumentException("no such path: " + pointer);
            }
        }
        return node;
    }

    private static JsonNode parent(JsonNode root, List<String> tokens) {
        JsonNode node = root;
        for (String token : tokens.subList(0, tokens.size() - 1)) {
            node = node.isArray() ? node.get(Integer.parseInt(token)) : node.get(token);
        }
        return node;
    }

    private static JsonNode add(JsonNode root, String pointer, JsonNode value) {
        List<String> tokens = tokens(pointer);
        if (tokens.isEmpty()) {
            return value;
        }
        JsonNode parent = parent(root, tokens);
        String last = tokens.getLast();
        if (parent instanceof ArrayNode array) {
            if (last.equals("-")) {
                array.add(value);
            } else {
                array.insert(Integer.parseInt(last), value);
            }
        } else {
            ((ObjectNode) parent).set(last, value);
        }
        return root;
    }

    private static JsonNode remove(JsonNode root, String pointer) {
        List<String> tokens = tokens(pointer);
        JsonNode parent = parent(root, tokens);
        String last = tokens.getLast();
        JsonNode removed = parent instanceof ArrayNode array ? array.remove(Integer.parseInt(last))
                : ((ObjectNode) parent).remove(last);
        if (removed == null) {
            throw new IllegalArgumentException("no such path: " + pointer);
        }
        return removed;
    }
}
