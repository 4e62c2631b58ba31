package dev.httpstatus.server.generate;

import dev.httpstatus.server.exchange.Endpoint;
import dev.httpstatus.server.exchange.Exchange;
import dev.httpstatus.server.exchange.Streaming;
import dev.httpstatus.server.inspect.RequestEcho;
import java.time.Duration;
import java.util.function.LongFunction;

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
        LongFunction<byte[]> line = RequestEcho.lines(exchange);
        Streaming content = exchange.stream(Chunked.head("application/json"));
        Pacer.run(content, lines, Duration.ZERO, 0, id -> content.write(Chunked.line(line.apply(id))), content::end);
    }
}
