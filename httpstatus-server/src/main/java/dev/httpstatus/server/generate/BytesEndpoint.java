package dev.httpstatus.server.generate;

import dev.httpstatus.server.exchange.Endpoint;
import dev.httpstatus.server.exchange.Exchange;
import dev.httpstatus.server.exchange.Problem;
import dev.httpstatus.server.exchange.Responses;
import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpVersion;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * {@code /bytes/{n}?seed=42}: n random bytes, the same ones for the same seed, up to the generated-body
 * limit, as httpbin users know it.
 */
final class BytesEndpoint implements Endpoint {
    private static final String PREFIX = "/bytes/";

    @Override
    public void handle(Exchange exchange) {
        String size = exchange.request()
                .path()
                .substring(Math.min(PREFIX.length(), exchange.request().path().length()));
        int max = exchange.config().maxGenerated();
        Optional<String> seed = exchange.request().query("seed");
        if (!size.matches("\\d{1,10}") || Long.parseLong(size) > max) {
            throw Problem.badRequest("bytes.length", max);
        }
        if (seed.isPresent() && !seed.get().matches("-?\\d{1,18}")) {
            throw Problem.badRequest("bytes.seed", seed.get());
        }
        byte[] body = new byte[Integer.parseInt(size)];
        SplittableRandom random =
                seed.map(s -> new SplittableRandom(Long.parseLong(s))).orElseGet(SplittableRandom::new);
        random.nextBytes(body);
        FullHttpResponse response =
                new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, Responses.status(200), Unpooled.wrappedBuffer(body));
        response.headers().set(HttpHeaderNames.CONTENT_TYPE, "application/octet-stream");
        exchange.answer(response);
    }
}
