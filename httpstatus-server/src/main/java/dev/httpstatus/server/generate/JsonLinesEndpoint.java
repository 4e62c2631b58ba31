package dev.httpstatus.server.generate;

import dev.httpstatus.server.exchange.Endpoint;
import dev.httpstatus.server.exchange.Exchange;
import dev.httpstatus.server.exchange.Request;
import dev.httpstatus.server.exchange.Streaming;
import dev.httpstatus.server.inspect.RequestEcho;
import java.time.Duration;
import java.util.function.LongFunction;

/**
 * {@code /jsonl?count=10&duration=0&delay=0&jitter=0}: after {@code delay}, {@code count} lines of JSON (NDJSON),
 * each the request told back with its {@code id}, spread over {@code duration}, chunked. The count is held to 1
 * and to as many lines as the generated-body limit holds, as go-httpbin holds it.
 */
final class JsonLinesEndpoint implements Endpoint {
    private static final String TYPE = "application/x-ndjson; charset=utf-8";

    @Override
    public void handle(Exchange exchange) {
        Request request = exchange.request();
        Duration limit = exchange.config().maxSleep();
        LongFunction<byte[]> lines = RequestEcho.lines(exchange);
        long asked = Parameters.whole(request, "count", 10);
        Duration duration = Parameters.duration(request, "duration", Duration.ZERO, Duration.ofNanos(1), limit);
        Duration delay = Parameters.duration(request, "delay", Duration.ZERO, Duration.ZERO, limit);
        double jitter = Parameters.fraction(request, "jitter");
        Parameters.withinLimit(delay, duration, limit);
        long most = Math.max(1, exchange.config().maxGenerated() / (lines.apply(999_999).length + 1));
        long count = Math.max(1, Math.min(most, asked));
        exchange.answerAfter(delay, () -> {
            Streaming content = exchange.stream(Chunked.head(TYPE));
            Pacer.run(
                    content,
                    count,
                    Pacer.pause(duration, count),
                    jitter,
                    id -> content.write(Chunked.line(lines.apply(id))),
                    content::end);
        });
    }
}
