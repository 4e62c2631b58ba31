package dev.httpstatus.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * What {@code kubectl apply -k DIR} would send, built here for the test, since neither kubectl nor kustomize is
 * packaged in Debian: the resources (files, and other kustomizations as bases), then the JSON patches, then the image
 * names. Only the fields our kustomizations use are known; any other is an error rather than ignored.
 */
final class Kustomization {
    private static final YAMLMapper YAML = new YAMLMapper();
    private static final Set<String> FIELDS = Set.of("apiVersion", "kind", "resources", "patches", "images");

    private Kustomization() {}

    static List<ObjectNode> build(Path directory) throws IOException {
        JsonNode kustomization =
                YAML.readTree(directory.resolve("kustomization.yaml").toFile());
        for (Iterator<String> names = kustomization.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                throw new IllegalArgumentException(directory + ": unknown kustomization field " + name);
            }
        }
        require(kustomization, "apiVersion", "kustomize.config.k8s.io/v1beta1", directory);
        require(kustomization, "kind", "Kustomization", directory);
        List<ObjectNode> objects = new ArrayList<>();
        for (JsonNode resource : kustomization.path("resources")) {
            Path path = directory.resolve(resource.asText()).normalize();
            if (Files.isDirectory(path)) {
                objects.addAll(build(path));
            } else {
                objects.addAll(read(path));
            }
        }
        for (JsonNode patch : kustomization.path("patches")) {
            ObjectNode target = find(objects, patch.path("target"), directory);
            JsonPatch.apply(YAML.readTree(patch.path("patch").asText()), target);
        }
        for (JsonNode image : kustomization.path("images")) {
            renameImage(objects, image);
        }
        return objects;
    }

    /** Every document of a YAML file, as kubectl reads a multi-document file. */
    static List<ObjectNode> read(Path file) throws IOException {
        return parse(Files.readString(file));
    }

    /** Every document of a YAML text. */
    static List<ObjectNode> parse(String yaml) throws IOException {
        List<ObjectNode> objects = new ArrayList<>();
        try (MappingIterator<ObjectNode> documents =
                YAML.readerFor(ObjectNode.class).readValues(yaml)) {
            documents.forEachRemaining(objects::add);
        }
        return objects;
    }

    private static ObjectNode find(List<ObjectNode> objects, JsonNode target, Path directory) {
        String kind = target.path("kind").asText();
        String name = target.path("name").asText();
        return objects.stream()
                .filter(object -> object.path("kind").asText().equals(kind))
                .filter(object -> object.path("metadata").path("name").asText().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(directory + ": no " + kind + " " + name + " to patch"));
    }

    /** kustomize's images transformer: a container image named {@code name} becomes {@code newName:newTag}. */
    private static void renameImage(List<ObjectNode> objects, JsonNode image) {
        String name = image.path("name").asText();
        String replacement =
                image.path("newName").asText(name) + ":" + image.path("newTag").asText("latest");
        boolean found = false;
        for (ObjectNode object : objects) {
            for (JsonNode container : object.at("/spec/template/spec/containers")) {
                if (container.path("image").asText().equals(name)) {
                    ((ObjectNode) container).put("image", replacement);
                    found = true;
                }
            }
        }
        if (!found) {
            throw new IllegalArgumentException("images: no container uses the image " + name);
        }
    }

    private static void require(JsonNode node, String field, String value, Path directory) {
        if (!node.path(field).asText().equals(value)) {
            throw new IllegalArgumentException(directory + ": " + field + " must be " + value);
        }
    }
}
