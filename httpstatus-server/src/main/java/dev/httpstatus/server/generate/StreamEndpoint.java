package dev.httpstatus.server.generate;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.httpstatus.server.exchange.Endpoint;
import dev.httpstatus.server.exchange.Exchange;
import dev.httpstatus.server.exchange.Streaming;
import java.time.Duration;

/**
 * {@code /stream/{n}}: n lines of JSON, each the request told back with its {@code id} (0 to n - 1), chunked; n is
 * held to 1..100, as the peers hold it.
 */
final class StreamEndpoint implements Endpoint {
    private static final int MOST = 100;

    @Override
    public void handle(Exchange exchange) {
        String count = Parameters.segments(exchange.request(), "/stream/", 1, "/stream/10")
                .get(0);
        long lines = Math.max(1, Math.min(MOST, Parameters.whole(count, "n")));
        ObjectNode line = RequestEcho.line(exchange.request());
        Streaming content = exchange.stream(Chunked.head("application/json"));
        Pacer.run(
                content,
                lines,
                Duration.ZERO,
                0,
                id -> {
                    line.put("id", id);
                    content.write(Chunked.line(RequestEcho.bytes(line)));
                },
                content::end);
    }
}
