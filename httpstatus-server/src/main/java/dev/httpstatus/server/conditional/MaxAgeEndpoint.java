package dev.httpstatus.server.conditional;

import dev.httpstatus.server.exchange.Endpoint;
import dev.httpstatus.server.exchange.Exchange;
import dev.httpstatus.server.exchange.Problem;
import dev.httpstatus.server.inspect.RequestEcho;
import dev.httpstatus.server.inspect.Shape;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;

/**
 * {@code /cache/{n}}, by any method: the request as JSON ({@link RequestEcho}) with {@code Cache-Control: public,
 * max-age=n}, a response any cache may keep for n seconds. n is delta-seconds (RFC 9111 §1.2.2): a whole number,
 * not negative.
 */
final class MaxAgeEndpoint implements Endpoint {
    private static final String PREFIX = "/cache/";

    @Override
    public void handle(Exchange exchange) {
        String path = exchange.request().path();
        String seconds = path.substring(Math.min(PREFIX.length(), path.length()));
        if (seconds.isEmpty() || seconds.indexOf('/') >= 0) {
            throw Problem.of(404, "cache.path");
        }
        if (!seconds.matches("\\d{1,10}")) {
            throw Problem.badRequest("cache.seconds", seconds);
        }
        FullHttpResponse response = RequestEcho.response(exchange, Shape.WITHOUT_BODY);
        response.headers().set(HttpHeaderNames.CACHE_CONTROL, "public, max-age=" + Long.parseLong(seconds));
        exchange.answer(response);
    }
}
