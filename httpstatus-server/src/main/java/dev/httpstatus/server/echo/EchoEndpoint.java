package dev.httpstatus.server.echo;

import dev.httpstatus.server.exchange.Endpoint;
import dev.httpstatus.server.exchange.Exchange;
import dev.httpstatus.server.inspect.RequestEcho;
import dev.httpstatus.server.inspect.Shape;

/**
 * The request sent back as JSON, go-httpbin's answer of {@code /get}, {@code /post}, {@code /upload}, {@code
 * /anything} and the like: see {@link RequestEcho} for its fields.
 */
final class EchoEndpoint implements Endpoint {
    private final Shape shape;

    EchoEndpoint(Shape shape) {
        this.shape = shape;
    }

    /** {@code /anything}: any method, the content shown; HEAD answers as {@code /get} does. */
    static Endpoint anything() {
        return exchange -> exchange.answer(
                RequestEcho.response(exchange, exchange.request().isHead() ? Shape.WITHOUT_BODY : Shape.WITH_BODY));
    }

    @Override
    public void handle(Exchange exchange) {
        exchange.answer(RequestEcho.response(exchange, shape));
    }
}
