package dev.httpstatus.server.generate;

import dev.httpstatus.server.exchange.Endpoint;
import dev.httpstatus.server.exchange.Exchange;
import dev.httpstatus.server.exchange.Responses;
import dev.httpstatus.server.inspect.RequestEcho;
import dev.httpstatus.server.inspect.Shape;
import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import java.time.Duration;

/**
 * {@code /delay/{n}}: the request told back with its body, as go-httpbin's {@code /delay} does, after n (seconds,
 * {@code 0.5}, or Go's notation, {@code 500ms}) within the sleep limit; Server-Timing says the delay. The answer is
 * made before the wait, so that the request's content need not be held through it.
 */
final class DelayEndpoint implements Endpoint {
    @Override
    public void handle(Exchange exchange) {
        String asked = Parameters.segments(exchange.request(), "/delay/", 1, "/delay/2")
                .get(0);
        Duration delay = Parameters.duration(
                asked, "delay", Duration.ZERO, exchange.config().maxSleep());
        FullHttpResponse response = Responses.withKnownNames(
                Responses.status(200),
                Unpooled.wrappedBuffer(RequestEcho.bytes(exchange, Shape.WITH_BODY, json -> {})));
        response.headers()
                .set(HttpHeaderNames.CONTENT_TYPE, Generate.JSON_TYPE)
                .set(
                        ServerTiming.NAME,
                        new ServerTiming()
                                .add("initial_delay", delay, "initial delay")
                                .toString());
        exchange.answerAfter(delay, () -> exchange.answer(response));
    }
}
