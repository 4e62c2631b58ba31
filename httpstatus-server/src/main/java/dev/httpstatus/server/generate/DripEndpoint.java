package dev.httpstatus.server.generate;

import dev.httpstatus.HttpStatus;
import dev.httpstatus.server.exchange.Endpoint;
import dev.httpstatus.server.exchange.Exchange;
import dev.httpstatus.server.exchange.Problem;
import dev.httpstatus.server.exchange.Request;
import dev.httpstatus.server.exchange.Responses;
import dev.httpstatus.server.exchange.Streaming;
import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import java.time.Duration;
import java.util.Arrays;

/**
 * {@code /drip?numbytes=10&duration=2&delay=2&code=200}, as go-httpbin answers it: after {@code delay}, the head
 * with the length (a slow body, not a chunked one), then {@code numbytes} asterisks spread over {@code duration},
 * the first at once. Durations are seconds ({@code 1.5}) or Go's notation ({@code 500ms}); together they stay within
 * the sleep limit, the bytes within the generated-body limit. Parts are at least 10 ms apart, so that a large drip
 * is a few hundred timers, not millions. A Server-Timing header says how the time is spent.
 */
final class DripEndpoint implements Endpoint {
    private static final Duration SMALLEST_PAUSE = Duration.ofMillis(10);
    private static final Duration DEFAULT_TIME = Duration.ofSeconds(2);

    @Override
    public void handle(Exchange exchange) {
        Drip drip = Drip.of(exchange);
        exchange.answerAfter(drip.delay(), () -> send(exchange, drip));
    }

    private static void send(Exchange exchange, Drip drip) {
        byte[] body = new byte[drip.bytes()];
        Arrays.fill(body, (byte) '*');
        long parts = Math.max(1, Math.min(drip.bytes(), drip.duration().dividedBy(SMALLEST_PAUSE) + 1));
        Duration pause = parts == 1 ? Duration.ZERO : drip.duration().dividedBy(parts - 1);
        FullHttpResponse response =
                Responses.withKnownNames(Responses.status(drip.code()), Unpooled.wrappedBuffer(body));
        response.headers()
                .set(HttpHeaderNames.CONTENT_TYPE, DocumentEndpoint.TEXT)
                .set(HttpHeaderNames.CONTENT_LENGTH, body.length)
                .set(
                        ServerTiming.NAME,
                        new ServerTiming()
                                .add("total_duration", drip.delay().plus(drip.duration()), "total request duration")
                                .add("initial_delay", drip.delay(), "initial delay")
                                .add("write_duration", drip.duration(), "duration of writes after initial delay")
                                .add("pause_per_write", pause, "computed pause between writes")
                                .toString());
        Streaming content = exchange.stream(response);
        Pacer.run(
                content, parts, pause, 0, i -> content.write((int) (content.remaining() / (parts - i))), content::end);
    }

    /** A drip as asked for, checked against the limits. */
    record Drip(int bytes, Duration duration, Duration delay, int code) {
        static Drip of(Exchange exchange) {
            Request request = exchange.request();
            Duration limit = exchange.config().maxSleep();
            Duration duration = Parameters.duration(request, "duration", DEFAULT_TIME, Duration.ZERO, limit);
            Duration delay = Parameters.duration(request, "delay", DEFAULT_TIME, Duration.ZERO, limit);
            int most = exchange.config().maxGenerated();
            long bytes = Parameters.whole(request, "numbytes", 10);
            if (bytes < 1 || bytes > most) {
                throw Problem.badRequest("drip.numbytes", bytes, most);
            }
            long code = Parameters.whole(request, "code", 200);
            if (code < 100 || code > 599) {
                throw Problem.badRequest("codes.outOfRange", code);
            }
            if (code < 200 || !HttpStatus.of((int) code).allowsContent()) {
                throw Problem.badRequest("drip.code", code);
            }
            Parameters.withinLimit(delay, duration, limit);
            return new Drip((int) bytes, duration, delay, (int) code);
        }
    }
}
