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
    record Spec(
            String name,
            String method,
            String url,
            Map<String, String> headers,
            byte[] body,
            String then,
            Map<String, String> options) {}

    /**
     * What the client gave its caller for one request: a status and content, or what it raised; the protocol of
     * the answer as the client's API names it ("HTTP/1.1", "HTTP/2"), when it does; and the response's
     * Proxy-Authenticate challenge when the caller can see one (the proxy cases ask whether it reached the caller).
     */
    record Seen(Integer status, byte[] body, String error, String protocol, String challenge) {
        Seen(Integer status, byte[] body, String error) {
            this(status, body, error, null, null);
        }

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

    /** Opens a session for one spec; the spec's options (such as {@code http=2}) may ask for another client. */
    interface Client {
        Session open(Map<String, String> options) throws Exception;
    }

    /** The text a WebSocket probe sends as its message (the matrix's Cases.BODY), whose echo it reports. */
    static final String MESSAGE = "probe-body";

    private static final ObjectMapper JSON = new ObjectMapper();

    private Probe() {}

    static void run(String version, Client client) throws Exception {
        ObjectNode hello = JSON.createObjectNode().put("version", version);
        System.out.println(JSON.writeValueAsString(hello));
        System.out.flush();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            Spec spec = read(JSON.readTree(line));
            ObjectNode out = JSON.createObjectNode().put("case", spec.name());
            long start = System.nanoTime();
            try (Session session = client.open(spec.options())) {
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

    private static Spec read(JsonNode node) {
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
                strings(node.path("headers")),
                body,
                then,
                Map.copyOf(strings(node.path("options"))));
    }

    /** A JSON object of names and texts (the headers, the options), in its order. */
    private static Map<String, String> strings(JsonNode object) {
        Map<String, String> strings = new LinkedHashMap<>();
        object.fields()
                .forEachRemaining(e -> strings.put(e.getKey(), e.getValue().asText()));
        return strings;
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
        if (seen.protocol() != null) {
            out.put(prefix + "protocol", seen.protocol());
        }
        if (seen.challenge() != null) {
            out.put(prefix + "challenge", seen.challenge());
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
