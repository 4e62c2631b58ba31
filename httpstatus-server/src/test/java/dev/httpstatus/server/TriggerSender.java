package dev.httpstatus.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.httpstatus.server.trigger.Trigger;
import dev.httpstatus.server.trigger.TriggerTable;
import java.net.InetSocketAddress;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sends a row of the trigger table to a test server as its columns say (see {@code triggers.tsv}), in a
 * scope of its own so that rows do not disturb each other, and tells the status code of the answer.
 */
final class TriggerSender {
    private static final Pattern CHARACTERS = Pattern.compile("<(\\d+) characters>");
    private static final Pattern TIMES = Pattern.compile("(\\d+) × (.+)");
    private static final Pattern ROW = Pattern.compile("\\d{3}");
    private static final String CRLF = "\r\n";

    private final TestServer server;

    /** A sender to {@code server}, whose head time-out decides how long the row sent halfway waits. */
    TriggerSender(TestServer server) {
        this.server = server;
    }

    /** The status code {@code trigger} is answered with, its before sent first. */
    int send(Trigger trigger) throws Exception {
        return send(trigger, "/_scope/trigger-" + trigger.code());
    }

    private int send(Trigger trigger, String scope) throws Exception {
        for (String step : steps(trigger.before())) {
            before(step, scope);
        }
        return sendItself(trigger, scope + expand(trigger.requestTarget()));
    }

    private int sendItself(Trigger trigger, String target) throws Exception {
        String[] via = trigger.via().split(" ");
        return switch (via[0]) {
            case "client" -> client(trigger.method(), target, headers(trigger), trigger.body());
            case "raw" -> status(server.rawHead(raw(trigger, target, via.length > 1 ? via[1] : "HTTP/1.1")));
            case "halfway" -> status(server.rawHead(head(trigger, target, "HTTP/1.1")));
            case "websocket" -> webSocket(trigger, target);
            case "proxy" -> throughProxy(target);
            default ->
                throw new IllegalArgumentException(trigger.code() + " is sent via " + trigger.via()
                        + ", which is none of client, raw, halfway, websocket and proxy");
        };
    }

    private static List<String> steps(String before) {
        return before.isEmpty() ? List.of() : List.of(before.split(" then "));
    }

    /** Another row, whose own before comes first and whose code is checked, or requests, perhaps repeated. */
    private void before(String step, String scope) throws Exception {
        if (ROW.matcher(step).matches()) {
            List<Trigger> rows = TriggerTable.triggersOf(Integer.parseInt(step));
            assertThat(rows).as("rows of %s, sent before", step).hasSize(1);
            assertThat(send(rows.get(0), scope))
                    .as("row %s, sent before", step)
                    .isEqualTo(rows.get(0).code());
            return;
        }
        Matcher times = TIMES.matcher(step);
        int count = times.matches() ? Integer.parseInt(times.group(1)) : 1;
        String request = times.matches() ? times.group(2) : step;
        for (int n = 1; n <= count; n++) {
            String[] parts = request.replace("<n>", String.valueOf(n)).split(" ", 3);
            int status = client(parts[0], scope + parts[1], List.of(), parts.length > 2 ? parts[2] : "");
            assertThat(status).as("%s, sent before", request).isBetween(200, 299);
        }
    }

    private int client(String method, String target, List<String> headers, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.uri(target))
                .timeout(Duration.ofSeconds(20))
                .method(
                        method,
                        body.isEmpty()
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(body));
        for (String header : headers) {
            int colon = header.indexOf(':');
            request.header(
                    header.substring(0, colon), header.substring(colon + 1).strip());
        }
        return server.http1
                .send(request.build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    /** The request line and headers, each line ended, but not the blank line that ends the head. */
    private static String head(Trigger trigger, String target, String version) {
        StringBuilder head = new StringBuilder(trigger.method() + " " + target + " " + version + CRLF);
        head.append("Host: x").append(CRLF);
        headers(trigger).forEach(header -> head.append(header).append(CRLF));
        return head.toString();
    }

    /** The whole request: its body framed as its headers say, in chunks or with a Content-Length added. */
    private static String raw(Trigger trigger, String target, String version) {
        String head = head(trigger, target, version);
        String body = trigger.body();
        if (body.isEmpty()) {
            return head + CRLF;
        }
        if (trigger.headers().contains("Transfer-Encoding: chunked")) {
            return head + CRLF + Integer.toHexString(body.length()) + CRLF + body + CRLF + "0" + CRLF + CRLF;
        }
        return head + "Content-Length: " + body.length() + CRLF + CRLF + body;
    }

    /**
     * The JDK's client with the server as its proxy, for an absolute URL after the scope ({@code
     * /_scope/x}{@code http://origin.test/path}): the scope goes into the URL's path, where the server reads it.
     */
    private int throughProxy(String target) throws Exception {
        int absolute = target.indexOf("http://");
        URI url = URI.create(target.substring(absolute));
        URI scoped = URI.create("http://" + url.getRawAuthority() + target.substring(0, absolute) + url.getRawPath());
        HttpClient proxied = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .proxy(ProxySelector.of(new InetSocketAddress("127.0.0.1", server.server.port())))
                .build();
        return proxied.send(
                        HttpRequest.newBuilder(scoped)
                                .timeout(Duration.ofSeconds(20))
                                .build(),
                        HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    /** The JDK's WebSocket client sends GET with Upgrade: websocket, and opens only on 101 Switching Protocols. */
    private int webSocket(Trigger trigger, String target) throws Exception {
        assertThat(trigger.method() + " " + trigger.headers()).isEqualTo("GET Upgrade: websocket");
        URI uri = URI.create("ws://" + server.server.uri().getAuthority() + target);
        try {
            server.http1
                    .newWebSocketBuilder()
                    .buildAsync(uri, new WebSocket.Listener() {})
                    .get(20, TimeUnit.SECONDS)
                    .abort();
            return 101;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof WebSocketHandshakeException refused) {
                return refused.getResponse().statusCode();
            }
            throw e;
        }
    }

    private static List<String> headers(Trigger trigger) {
        return trigger.headers().isEmpty()
                ? List.of()
                : Arrays.stream(trigger.headers().split("\n"))
                        .map(TriggerSender::expand)
                        .toList();
    }

    /** {@code text} with each {@code <N characters>} replaced by that many characters. */
    private static String expand(String text) {
        return CHARACTERS.matcher(text).replaceAll(m -> "a".repeat(Integer.parseInt(m.group(1))));
    }

    private static int status(String head) {
        assertThat(head).as("the head of an answer").startsWith("HTTP/1.1 ");
        return Integer.parseInt(head.substring(9, 12));
    }
}
