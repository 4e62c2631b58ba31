package dev.httpstatus.server.generate;

import dev.httpstatus.server.exchange.Endpoint;
import dev.httpstatus.server.exchange.Exchange;
import dev.httpstatus.server.exchange.Responses;
import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;

/**
 * {@code /bytes/{n}?seed=42}: n random bytes (0 to the generated-body limit) in one answer with its length, the
 * same ones for the same seed.
 */
final class BytesEndpoint implements Endpoint {
    static final String OCTETS = "application/octet-stream";

    @Override
    public void handle(Exchange exchange) {
        int count = RandomBytes.count(
                exchange.request(), "/bytes/", exchange.config().maxGenerated());
        byte[] body = RandomBytes.of(exchange.request(), count);
        FullHttpResponse response = Responses.withKnownNames(Responses.status(200), Unpooled.wrappedBuffer(body));
        response.headers().set(HttpHeaderNames.CONTENT_TYPE, OCTETS);
        exchange.answer(response);
    }
}
