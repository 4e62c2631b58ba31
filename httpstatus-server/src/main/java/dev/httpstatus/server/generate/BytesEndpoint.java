package dev.httpstatus.server.generate;

import dev.httpstatus.server.exchange.Exchange;
import dev.httpstatus.server.exchange.Responses;
import dev.httpstatus.server.routing.Endpoint;
import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * {@code /bytes/{n}?seed=42}: n random bytes, the same ones for the same seed, up to the generated-body
 * limit, as httpbin users know it.
 */
public final class BytesEndpoint implements Endpoint {
    private static final String PREFIX = "/bytes/";

    @Override
    public void handle(Exchange exchange) {
        String size = exchange.path()
                .substring(Math.min(PREFIX.length(), exchange.path().length()));
        int max = exchange.config().maxGenerated();
        Optional<String> seed = exchange.query("seed");
        if (!size.matches("\\d{1,10}") || Long.parseLong(size) > max) {
            exchange.send(Responses.problem(
                    exchange,
                    HttpResponseStatus.BAD_REQUEST,
                    "give how many bytes, 0 to " + max + " (see --max-generated): /bytes/1024"));
            return;
        }
        if (seed.isPresent() && !seed.get().matches("-?\\d{1,18}")) {
            exchange.send(Responses.problem(exchange, HttpResponseStatus.BAD_REQUEST, "seed must be a whole number"));
            return;
        }
        byte[] body = new byte[Integer.parseInt(size)];
        SplittableRandom random =
                seed.map(s -> new SplittableRandom(Long.parseLong(s))).orElseGet(SplittableRandom::new);
        random.nextBytes(body);
        FullHttpResponse response =
                new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, Responses.status(200), Unpooled.wrappedBuffer(body));
        response.headers().set(HttpHeaderNames.CONTENT_TYPE, "application/octet-stream");
        exchange.send(response);
    }
}
