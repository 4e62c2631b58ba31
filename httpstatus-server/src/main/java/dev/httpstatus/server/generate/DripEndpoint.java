package dev.httpstatus.server.generate;

import dev.httpstatus.HttpStatus;
import dev.httpstatus.server.config.Durations;
import dev.httpstatus.server.exchange.Endpoint;
import dev.httpstatus.server.exchange.Exchange;
import dev.httpstatus.server.exchange.Faults;
import dev.httpstatus.server.exchange.Problem;
import dev.httpstatus.server.exchange.Responses;
import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpVersion;
import java.time.Duration;
import java.util.Arrays;

/**
 * {@code /drip?numbytes=10&duration=2&delay=0&code=200}, as httpbin users know it: after {@code delay}, the
 * head, then {@code numbytes} asterisks spread evenly over {@code duration}. Durations without a unit are
 * seconds here, as in httpbin; {@code 500ms} and {@code 1.5s} work too. Delay and duration together stay
 * within the sleep limit, the bytes within the generated-body limit.
 */
final class DripEndpoint implements Endpoint {
    /** Parts are at least this far apart, so that a large drip is a few hundred timers, not millions. */
    private static final Duration SMALLEST_INTERVAL = Duration.ofMillis(10);

    @Override
    public void handle(Exchange exchange) {
        Drip drip = Drip.of(exchange);
        exchange.answerAfter(drip.delay(), () -> send(exchange, drip));
    }

    private static void send(Exchange exchange, Drip drip) {
        byte[] body = new byte[drip.bytes()];
        Arrays.fill(body, (byte) '*');
        FullHttpResponse response = new DefaultFullHttpResponse(
                HttpVersion.HTTP_1_1, Responses.status(drip.code()), Unpooled.wrappedBuffer(body));
        response.headers().set(HttpHeaderNames.CONTENT_TYPE, "application/octet-stream");
        response.headers().setInt(HttpHeaderNames.CONTENT_LENGTH, body.length);
        int parts =
                (int) Math.max(1, Math.min(drip.bytes(), drip.duration().toMillis() / SMALLEST_INTERVAL.toMillis()));
        Duration interval = drip.duration().dividedBy(parts);
        Faults.inParts(exchange.stream(response), parts, interval);
    }

    /** A drip as asked for, checked against the limits. */
    record Drip(int bytes, Duration duration, Duration delay, int code) {
        static Drip of(Exchange exchange) {
            int max = exchange.config().maxGenerated();
            int bytes = number(exchange.request().query("numbytes").orElse("10"), "numbytes");
            if (bytes > max) {
                throw Problem.badRequest("drip.tooMany", bytes, max);
            }
            Duration duration = seconds(exchange.request().query("duration").orElse("2"), "duration");
            Duration delay = seconds(exchange.request().query("delay").orElse("0"), "delay");
            Duration limit = exchange.config().maxSleep();
            if (duration.plus(delay).compareTo(limit) > 0) {
                throw Problem.badRequest("drip.tooLong", Durations.format(limit));
            }
            int code = number(exchange.request().query("code").orElse("200"), "code");
            if (code < 200 || code > 599 || !HttpStatus.of(code).allowsContent()) {
                throw Problem.badRequest("drip.code", code);
            }
            return new Drip(bytes, duration, delay, code);
        }

        private static int number(String text, String name) {
            if (!text.matches("\\d{1,9}")) {
                throw Problem.badRequest("option.notANumber", name, text);
            }
            return Integer.parseInt(text);
        }

        /** A duration in httpbin's way, seconds, unless it names its unit. */
        private static Duration seconds(String text, String name) {
            try {
                String t = text.strip();
                return Durations.parse(t.matches("\\d{1,9}(\\.\\d{1,6})?") ? t + "s" : t);
            } catch (IllegalArgumentException e) {
                throw Problem.badRequest("drip.notADuration", name, text);
            }
        }
    }
}
