package dev.httpstatus.server.generate;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.httpstatus.server.exchange.Endpoint;
import dev.httpstatus.server.exchange.Exchange;
import dev.httpstatus.server.exchange.Request;
import dev.httpstatus.server.exchange.Streaming;
import java.time.Duration;

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
        ObjectNode line = RequestEcho.line(request);
        long asked = Parameters.whole(request, "count", 10);
        Duration duration = Parameters.duration(request, "duration", Duration.ZERO, Duration.ofNanos(1), limit);
        Duration delay = Parameters.duration(request, "delay", Duration.ZERO, Duration.ZERO, limit);
        double jitter = Parameters.fraction(request, "jitter");
        Parameters.withinLimit(delay, duration, limit);
        line.put("id", 999_999);
        long most = Math.max(1, exchange.config().maxGenerated() / (RequestEcho.bytes(line).length + 1));
        long count = Math.max(1, Math.min(most, asked));
        exchange.answerAfter(delay, () -> {
            Streaming content = exchange.stream(Chunked.head(TYPE));
            Pacer.run(
                    content,
                    count,
                    Pacer.pause(duration, count),
                    jitter,
                    id -> {
                        line.put("id", id);
                        content.write(Chunked.line(RequestEcho.bytes(line)));
                    },
                    content::end);
        });
    }
}
