package dev.httpstatus.clients.probe;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The loop every Java probe runs, the same one the Python, Node and Go probes run: say the client's version, then
 * read one request spec a line from standard input, make the request with the client, and print one line of what the
 * caller saw. The runner, not the probe, decides what that means, so a probe stays a plain user of its client.
 */
final class Probe {
    /** One request, as the runner describes it. */
    record Spec(String name, String method, String url, Map<String, String> headers, byte[] body, String then) {}

    /** What the client gave its caller for one request: a status and content, or what it raised. */
    record Seen(Integer status, byte[] body, String error) {
        static Seen raised(Throwable error) {
            return new Seen(null, null, errorName(error));
        }
    }

    /** A client under test: one fresh client per spec, so no case leaks a connection into the next. */
    interface Session extends AutoCloseable {
        Seen send(String method, String url, Map<String, String> headers, byte[] body) throws Exception;

        @Override
        default void close() throws Exception {}
    }

    interface Client {
        Session open() throws Exception;
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The options of the spec being sent ({@code http=1.0}…): a probe reads the ones its client can honour. */
    private static Map<String, String> options = Map.of();

    private Probe() {}

    static void run(String version, Client client) throws Exception {
        ObjectNode hello = JSON.createObjectNode().put("version", version);
        System.out.println(JSON.writeValueAsString(hello));
        System.out.flush();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            JsonNode node = JSON.readTree(line);
            Spec spec = read(node);
            options = options(node);
            ObjectNode out = JSON.createObjectNode().put("case", spec.name());
            long start = System.nanoTime();
            try (Session session = client.open()) {
                write(out, "", send(session, spec.method(), spec.url(), spec.headers(), spec.body()));
                if (spec.then() != null) {
                    write(out, "then_", send(session, "GET", spec.then(), Map.of(), null));
                }
            }
            out.put("ms", (System.nanoTime() - start) / 1_000_000);
            System.out.println(JSON.writeValueAsString(out));
            System.out.flush();
        }
        // the clients' pools keep threads; the runner closes standard input when the cases are done
        System.exit(0);
    }

    private static Seen send(Session session, String method, String url, Map<String, String> headers, byte[] body) {
        try {
            return session.send(method, url, headers, body);
        } catch (Exception | Error e) {
            return Seen.raised(e);
        }
    }

    /** The value of option {@code name} of the spec being sent, or null. */
    static String option(String name) {
        return options.get(name);
    }

    private static Map<String, String> options(JsonNode node) {
        Map<String, String> read = new LinkedHashMap<>();
        node.path("options")
                .fields()
                .forEachRemaining(e -> read.put(e.getKey(), e.getValue().asText()));
        return read;
    }

    private static Spec read(JsonNode node) {
        Map<String, String> headers = new LinkedHashMap<>();
        node.path("headers")
                .fields()
                .forEachRemaining(e -> headers.put(e.getKey(), e.getValue().asText()));
        byte[] body = null;
        if (node.hasNonNull("body")) {
            body = node.get("body")
                    .asText()
                    .repeat(node.path("repeat").asInt(1))
                    .getBytes(StandardCharsets.UTF_8);
        }
        String then = node.hasNonNull("then") ? node.get("then").asText() : null;
        return new Spec(
                node.get("case").asText(),
                node.get("method").asText(),
                node.get("url").asText(),
                headers,
                body,
                then);
    }

    private static void write(ObjectNode out, String prefix, Seen seen) {
        if (seen.status() != null) {
            out.put(prefix + "status", seen.status());
        }
        if (seen.body() != null) {
            out.put(prefix + "length", seen.body().length);
            String text = new String(seen.body(), StandardCharsets.UTF_8);
            out.put(prefix + "body", text.length() > 4000 ? text.substring(0, 4000) : text);
        }
        if (seen.error() != null) {
            out.put(prefix + "error", seen.error());
        }
    }

    /** The exception's class, and its cause's when it wraps one: the name a caller would catch. */
    static String errorName(Throwable error) {
        String name = error.getClass().getName();
        Throwable cause = error.getCause();
        return cause == null || cause == error
                ? name
                : name + " (" + cause.getClass().getName() + ")";
    }
}
