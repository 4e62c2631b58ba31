package dev.httpstatus.server.script;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A request as the server received it, for tests to assert on what a client sent.
 *
 * @param method the request method
 * @param path the path, without the test's scope
 * @param query the raw query, empty when there is none
 * @param headers the header fields by lower-case name, in the order received
 * @param body the content
 * @param protocol "HTTP/1.1" or "HTTP/2"
 * @param receivedAt when the request was complete, on the wall clock
 * @param receivedNanos the same moment on {@link System#nanoTime()}, for intervals between requests
 */
public record RecordedRequest(
        String method,
        String path,
        String query,
        Map<String, List<String>> headers,
        byte[] body,
        String protocol,
        Instant receivedAt,
        long receivedNanos) {

    /** The first value of header {@code name}, ignoring case. */
    public Optional<String> header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /** The content as UTF-8 text. */
    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return method + " " + path + (query.isEmpty() ? "" : "?" + query) + " " + protocol;
    }
}
