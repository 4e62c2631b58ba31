package dev.httpstatus.server.echo;

import dev.httpstatus.server.exchange.Endpoint;
import dev.httpstatus.server.exchange.Exchange;

/**
 * The request sent back as JSON, go-httpbin's answer of {@code /get}, {@code /post}, {@code /upload}, {@code
 * /anything} and the like: see {@link RequestEcho} for its fields, {@link BodyParser} for how the content is read.
 */
final class EchoEndpoint implements Endpoint {
    private final Shape shape;

    EchoEndpoint(Shape shape) {
        this.shape = shape;
    }

    /** {@code /anything}: any method, the content shown; HEAD answers as {@code /get} does. */
    static Endpoint anything() {
        return exchange -> answer(exchange, exchange.request().isHead() ? Shape.WITHOUT_BODY : Shape.WITH_BODY);
    }

    @Override
    public void handle(Exchange exchange) {
        answer(exchange, shape);
    }

    private static void answer(Exchange exchange, Shape shape) {
        boolean shown = shape == Shape.WITH_BODY;
        // Read before anything is written, so that malformed content is a 400 with nothing to undo.
        Body body = shown ? BodyParser.parse(exchange.request()) : Body.TEXT;
        // The content may appear twice, as data and as form, files or json: room for both spares the buffer growing.
        int capacity = (shown ? 2 * exchange.request().content().readableBytes() : 0) + 4096;
        exchange.answer(EchoJson.response(exchange, capacity, json -> RequestEcho.write(json, exchange, shape, body)));
    }
}
