package dev.httpstatus.server.generate;

import dev.httpstatus.server.exchange.Endpoint;
import dev.httpstatus.server.exchange.Exchange;
import dev.httpstatus.server.exchange.Problem;
import dev.httpstatus.server.exchange.Request;
import dev.httpstatus.server.exchange.Streaming;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.DefaultHttpHeaders;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * {@code /sse?count=10&duration=5s&delay=0&jitter=0}: after {@code delay}, {@code count} server-sent events spread
 * over {@code duration}, each {@code event: ping} with {@code data: {"id":0,"timestamp":…}} (milliseconds since
 * 1970), as go-httpbin sends them; then a Server-Timing trailer saying how long each part took.
 */
final class EventsEndpoint implements Endpoint {
    private static final String TYPE = "text/event-stream; charset=utf-8";
    private static final Duration DEFAULT_DURATION = Duration.ofSeconds(5);

    @Override
    public void handle(Exchange exchange) {
        long started = System.nanoTime();
        Request request = exchange.request();
        Duration limit = exchange.config().maxSleep();
        long most = Math.max(
                1,
                exchange.config().maxGenerated()
                        / text(999_999, System.currentTimeMillis()).length());
        long count = Parameters.whole(request, "count", 10);
        if (count < 1 || count > most) {
            throw Problem.badRequest("sse.count", count, most);
        }
        Duration duration =
                Parameters.duration(request, "duration", min(DEFAULT_DURATION, limit), Duration.ofNanos(1), limit);
        Duration delay = Parameters.duration(request, "delay", Duration.ZERO, Duration.ZERO, limit);
        double jitter = Parameters.fraction(request, "jitter");
        Parameters.withinLimit(delay, duration, limit);
        Duration pause = Pacer.pause(duration, count);
        exchange.answerAfter(delay, () -> {
            FullHttpResponse head = Chunked.head(TYPE);
            head.headers().set(HttpHeaderNames.TRAILER, ServerTiming.NAME);
            Streaming content = exchange.stream(head);
            Pacer.run(content, count, pause, jitter, id -> content.write(event(id, System.currentTimeMillis())), () -> {
                HttpHeaders trailers = new DefaultHttpHeaders();
                trailers.set(
                        ServerTiming.NAME,
                        new ServerTiming()
                                .add(
                                        "total_duration",
                                        Duration.ofNanos(System.nanoTime() - started),
                                        "total request duration")
                                .add("initial_delay", delay, "initial delay")
                                .add("write_duration", duration, "duration of writes after initial delay")
                                .add("pause_per_write", pause, "computed pause between writes")
                                .toString());
                content.end(trailers);
            });
        });
    }

    /** One event: its type, its data, and the blank line that ends it. */
    private static ByteBuf event(long id, long timestamp) {
        return Unpooled.wrappedBuffer(text(id, timestamp).getBytes(StandardCharsets.US_ASCII));
    }

    private static String text(long id, long timestamp) {
        return "event: ping\ndata: {\"id\":" + id + ",\"timestamp\":" + timestamp + "}\n\n";
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
