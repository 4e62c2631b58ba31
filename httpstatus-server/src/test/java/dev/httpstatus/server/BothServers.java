package dev.httpstatus.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The same request sent to this server and to the real httpbin, and what to compare in the two answers: status,
 * headers, media types and the shapes of JSON (field names and types, recursively).
 */
final class BothServers {
    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private final TestServer ours;
    private final Httpbin theirs;

    BothServers(TestServer ours, Httpbin theirs) {
        this.ours = ours;
        this.theirs = theirs;
    }

    Answers get(String path, String... headers) {
        return send("GET", path, (byte[]) null, headers);
    }

    /** Sends {@code method} to {@code path} on both servers, with {@code content} (none when null). */
    Answers send(String method, String path, byte[] content, String... headers) {
        return new Answers(
                method + " " + path,
                send(ours.uri(path), method, content, headers),
                send(theirs.uri(path), method, content, headers),
                base(ours.uri("/")),
                base(theirs.uri("/")));
    }

    Answers send(String method, String path, String content, String... headers) {
        return send(method, path, content.getBytes(StandardCharsets.UTF_8), headers);
    }

    private static HttpResponse<byte[]> send(URI uri, String method, byte[] content, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(30))
                .method(
                        method,
                        content == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofByteArray(content));
        if (headers.length > 0) {
            request.headers(headers);
        }
        try {
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String base(URI root) {
        String text = root.toString();
        return text.substring(0, text.length() - 1);
    }

    /**
     * The two answers to one request. Texts have each server's own address replaced by {@code BASE}, and its host and
     * port (as in the echoed Host) by {@code HOST}.
     */
    record Answers(
            String request, HttpResponse<byte[]> ours, HttpResponse<byte[]> theirs, String ourBase, String theirBase) {

        /** Both answered {@code code}. */
        Answers status(int code) {
            return statuses(code, code);
        }

        /** This server answered {@code ourCode} and httpbin {@code theirCode}: a difference on docs/server.md's list. */
        Answers statuses(int ourCode, int theirCode) {
            assertThat(ours.statusCode())
                    .as("our status for %s: %s", request, ourText())
                    .isEqualTo(ourCode);
            assertThat(theirs.statusCode())
                    .as("httpbin's status for %s: %s", request, theirText())
                    .isEqualTo(theirCode);
            return this;
        }

        /** Both sent the same values of {@code name}, in the same order. */
        Answers sameHeader(String name) {
            assertThat(ours.headers().allValues(name))
                    .as("%s of %s", name, request)
                    .isNotEmpty()
                    .isEqualTo(theirs.headers().allValues(name));
            return this;
        }

        /** Both sent the same media type, whatever its parameters. */
        Answers sameMediaType() {
            assertThat(ourMediaType()).as("media type of %s", request).isEqualTo(theirMediaType());
            return this;
        }

        /** Both sent {@code mediaType}, whatever its parameters. */
        Answers mediaType(String mediaType) {
            assertThat(ourMediaType()).as("our media type of %s", request).isEqualTo(mediaType);
            assertThat(theirMediaType())
                    .as("httpbin's media type of %s", request)
                    .isEqualTo(mediaType);
            return this;
        }

        String ourMediaType() {
            return mediaTypeOf(ours);
        }

        String theirMediaType() {
            return mediaTypeOf(theirs);
        }

        private static String mediaTypeOf(HttpResponse<byte[]> answer) {
            return answer.headers()
                    .firstValue("content-type")
                    .map(type -> type.split(";")[0].trim().toLowerCase(Locale.ROOT))
                    .orElse("");
        }

        Optional<String> our(String header) {
            return ours.headers().firstValue(header);
        }

        Optional<String> their(String header) {
            return theirs.headers().firstValue(header);
        }

        /** The value of {@code header} from both, each server's address replaced by {@code BASE}. */
        Answers sameHeaderAcrossBases(String header) {
            assertThat(our(header).map(value -> value.replace(ourBase, "BASE")))
                    .as("%s of %s", header, request)
                    .isPresent()
                    .isEqualTo(their(header).map(value -> value.replace(theirBase, "BASE")));
            return this;
        }

        String ourText() {
            return ours(new String(ours.body(), StandardCharsets.UTF_8));
        }

        String theirText() {
            return theirs(new String(theirs.body(), StandardCharsets.UTF_8));
        }

        /** {@code text} from this server with its address replaced. */
        String ours(String text) {
            return text.replace(ourBase, "BASE").replace(ourBase.substring("http://".length()), "HOST");
        }

        /** {@code text} from httpbin with its address replaced. */
        String theirs(String text) {
            return text.replace(theirBase, "BASE").replace(theirBase.substring("http://".length()), "HOST");
        }

        JsonNode ourJson() {
            return json(ourText());
        }

        JsonNode theirJson() {
            return json(theirText());
        }

        /** Both bodies are JSON of the same shape, after {@code adjust} has made httpbin's comparable. */
        Answers sameShape(Function<JsonNode, JsonNode> adjust) {
            assertThat(shape(ourJson()))
                    .as("shape of our %s, against httpbin's %s", ourText(), theirText())
                    .isEqualTo(shape(adjust.apply(theirJson())));
            return this;
        }

        Answers sameShape() {
            return sameShape(Function.identity());
        }
    }

    static JsonNode json(String text) {
        try {
            return EchoClient.JSON.readTree(text);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + text, e);
        }
    }

    /** The types in place of the values: objects keep their names, arrays the distinct shapes of their items. */
    static JsonNode shape(JsonNode node) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        if (node.isObject()) {
            ObjectNode shape = nodes.objectNode();
            node.fields().forEachRemaining(field -> shape.set(field.getKey(), shape(field.getValue())));
            return shape;
        }
        if (node.isArray()) {
            Set<JsonNode> items = new LinkedHashSet<>();
            node.forEach(item -> items.add(shape(item)));
            ArrayNode shape = nodes.arrayNode();
            items.forEach(shape::add);
            return shape;
        }
        return TextNode.valueOf(node.getNodeType().name().toLowerCase(Locale.ROOT));
    }

    /**
     * httpbin's members of one value as one-item lists, as go-httpbin and this server always write them: {@code
     * {"a":"1"}} becomes {@code {"a":["1"]}}.
     */
    static JsonNode listed(JsonNode object) {
        ObjectNode listed = JsonNodeFactory.instance.objectNode();
        object.fields().forEachRemaining(field -> {
            JsonNode value = field.getValue();
            listed.set(
                    field.getKey(),
                    value.isArray()
                            ? value
                            : JsonNodeFactory.instance.arrayNode().add(value));
        });
        return listed;
    }

    /** The names of the members of {@code object}, sorted. */
    static Set<String> names(JsonNode object) {
        return new TreeSet<>(EchoClient.fields(object));
    }

    /** The first cells of the rows of docs/server.md's table "Differences from httpbin and go-httpbin". */
    static List<String> listedDifferences() {
        List<String> lines;
        try {
            lines = Files.readAllLines(Path.of("..", "docs", "server.md"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int start = lines.indexOf("## Differences from httpbin and go-httpbin");
        assertThat(start).as("the differences section of docs/server.md").isNotNegative();
        List<String> endpoints = new ArrayList<>();
        for (String line : lines.subList(start + 1, lines.size())) {
            if (line.startsWith("#")) {
                break;
            }
            if (line.startsWith("| ") && !line.startsWith("| endpoint")) {
                endpoints.add(line.substring(2, line.indexOf(" |", 2)));
            }
        }
        return endpoints;
    }
}
