package dev.httpstatus.server.site;

import com.fasterxml.jackson.databind.JsonNode;
import dev.httpstatus.HttpStatus;
import dev.httpstatus.Language;
import dev.httpstatus.server.exchange.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.StringJoiner;

/**
 * The API page ({@code /docs/api}): the OpenAPI document the API is tested against, read once and shown for people.
 * The document is in English; its Chinese texts are {@code openapi_zh.properties} here, keyed by operation, response
 * and parameter, and a test holds the two to the same set.
 */
public final class ApiReference {
    /** Where the API keeps its document; read as a resource, so the site imports nothing of the API's code. */
    static final String DOCUMENT = "/dev/httpstatus/server/api/openapi.json";

    private static final JsonNode ROOT = read();
    private static final Properties CHINESE = chinese();

    /** One parameter of an operation. */
    public record Parameter(String name, String in, boolean required, String description, String values) {}

    /** One answer an operation may give. */
    public record Response(int code, String phrase, String description) {}

    /** One operation: its method, path, what it does, what it takes and what it answers, with an example address. */
    public record Operation(
            String id,
            String method,
            String path,
            String summary,
            List<Parameter> parameters,
            List<Response> responses,
            String example) {}

    private ApiReference() {}

    /** The document's one-line summary of the API in {@code language}. */
    static String summary(Language language) {
        return text(language, "info", ROOT.path("info").path("summary").asText());
    }

    /** Every operation of the document, in its order, with its texts in {@code language}. */
    static List<Operation> operations(Language language) {
        List<Operation> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = ROOT.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields(); methods.hasNext(); ) {
                Map.Entry<String, JsonNode> method = methods.next();
                operations.add(operation(path.getKey(), method.getKey(), method.getValue(), language));
            }
        }
        return operations;
    }

    /** The keys the Chinese file must have: one for each text of the document. */
    static List<String> textKeys() {
        List<String> keys = new ArrayList<>(List.of("info"));
        for (Operation operation : operations(Language.EN)) {
            keys.add(operation.id());
            operation.parameters().forEach(p -> keys.add("param." + p.name()));
            operation.responses().forEach(r -> keys.add(operation.id() + "." + r.code()));
        }
        return keys.stream().distinct().toList();
    }

    /** The Chinese texts' keys, for the test that holds them to {@link #textKeys()}. */
    static List<String> chineseKeys() {
        return CHINESE.stringPropertyNames().stream().sorted().toList();
    }

    private static Operation operation(String path, String method, JsonNode node, Language language) {
        String id = node.path("operationId").asText();
        List<Parameter> parameters = new ArrayList<>();
        for (JsonNode parameter : node.path("parameters")) {
            parameters.add(parameter(resolve(parameter), language));
        }
        List<Response> responses = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.path("responses").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> response = it.next();
            int code = Integer.parseInt(response.getKey());
            String description =
                    resolve(response.getValue()).path("description").asText();
            responses.add(new Response(
                    code,
                    HttpStatus.of(code).text(language.locale()).title(),
                    text(language, id + "." + code, description)));
        }
        return new Operation(
                id,
                method.toUpperCase(java.util.Locale.ROOT),
                path,
                text(language, id, node.path("summary").asText()),
                parameters,
                responses,
                example(path, parameters, node));
    }

    private static Parameter parameter(JsonNode node, Language language) {
        String name = node.path("name").asText();
        StringJoiner values = new StringJoiner(", ");
        node.path("schema").path("enum").forEach(value -> values.add(value.asText()));
        if (values.length() == 0 && node.has("example")) {
            values.add(node.path("example").asText());
        }
        if (values.length() == 0 && node.path("schema").has("default")) {
            values.add(node.path("schema").path("default").asText());
        }
        return new Parameter(
                name,
                node.path("in").asText(),
                node.path("required").asBoolean(false),
                text(language, "param." + name, node.path("description").asText("")),
                values.toString());
    }

    /** The operation's path with its examples filled in: a link the reader can follow. */
    private static String example(String path, List<Parameter> parameters, JsonNode node) {
        String filled = path;
        StringJoiner query = new StringJoiner("&");
        for (JsonNode raw : node.path("parameters")) {
            JsonNode parameter = resolve(raw);
            Optional<String> value =
                    Optional.ofNullable(parameter.get("example")).map(JsonNode::asText);
            if (value.isEmpty()) {
                continue;
            }
            String name = parameter.path("name").asText();
            if (parameter.path("in").asText().equals("path")) {
                filled = filled.replace("{" + name + "}", value.get());
            } else if (parameter.path("required").asBoolean(false)) {
                query.add(name + "=" + PageContext.encode(value.get()));
            }
        }
        return query.length() == 0 ? filled : filled + "?" + query;
    }

    /** {@code node} itself, or the component its {@code $ref} names ({@code #/components/parameters/lang}). */
    private static JsonNode resolve(JsonNode node) {
        if (!node.has("$ref")) {
            return node;
        }
        return ROOT.at(node.get("$ref").asText().substring(1));
    }

    private static String text(Language language, String key, String english) {
        return language == Language.EN ? english : CHINESE.getProperty(key, english);
    }

    private static JsonNode read() {
        try (InputStream in = ApiReference.class.getResourceAsStream(DOCUMENT)) {
            if (in == null) {
                throw new IllegalStateException(DOCUMENT + " is missing from the classpath");
            }
            return Json.MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Properties chinese() {
        Properties properties = new Properties();
        try (InputStream in = ApiReference.class.getResourceAsStream("openapi_zh.properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
