package dev.httpstatus.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The three JSON Patch operations (RFC 6902) the overlays use, add, replace and remove, applied as kustomize applies
 * a patch to its target. A path that leads nowhere, or an operation it does not know, is an error: a patch that
 * silently missed would leave the overlay's object unchanged and still valid.
 */
final class JsonPatch {
    private JsonPatch() {}

    static void apply(JsonNode operations, ObjectNode target) {
        for (JsonNode operation : operations) {
            String op = operation.path("op").asText();
            String path = operation.path("path").asText();
            int cut = path.lastIndexOf('/');
            if (!path.startsWith("/") || cut < 0) {
                throw new IllegalArgumentException("not a JSON pointer: " + path);
            }
            JsonNode parent = target.at(path.substring(0, cut));
            String last = path.substring(cut + 1).replace("~1", "/").replace("~0", "~");
            if (parent instanceof ObjectNode object) {
                change(op, path, object, last, operation.get("value"));
            } else if (parent instanceof ArrayNode array) {
                change(op, path, array, last, operation.get("value"));
            } else {
                throw new IllegalArgumentException(op + " " + path + ": no such place in the target");
            }
        }
    }

    private static void change(String op, String path, ObjectNode parent, String name, JsonNode value) {
        switch (op) {
            case "add" -> parent.set(name, value);
            case "replace", "remove" -> {
                if (!parent.has(name)) {
                    throw new IllegalArgumentException(op + " " + path + ": the target has no such member");
                }
                if (op.equals("replace")) {
                    parent.set(name, value);
                } else {
                    parent.remove(name);
                }
            }
            default -> throw new IllegalArgumentException("operation " + op + " is not used here");
        }
    }

    private static void change(String op, String path, ArrayNode parent, String index, JsonNode value) {
        if (op.equals("add") && index.equals("-")) {
            parent.add(value);
            return;
        }
        int at = Integer.parseInt(index);
        if (at < 0 || at > parent.size() || (at == parent.size() && !op.equals("add"))) {
            throw new IllegalArgumentException(op + " " + path + ": index out of the array");
        }
        switch (op) {
            case "add" -> parent.insert(at, value);
            case "replace" -> parent.set(at, value);
            case "remove" -> parent.remove(at);
            default -> throw new IllegalArgumentException("operation " + op + " is not used here");
        }
    }
}
