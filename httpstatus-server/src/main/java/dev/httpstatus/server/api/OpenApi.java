package dev.httpstatus.server.api;

import dev.httpstatus.server.exchange.Caching;
import dev.httpstatus.server.exchange.Exchange;
import dev.httpstatus.server.exchange.Responses;
import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** {@code /openapi.json}: the OpenAPI 3.1 description of the JSON API, which a test holds the API to. */
final class OpenApi {
    private static final byte[] DOCUMENT = load();

    private OpenApi() {}

    static void serve(Exchange exchange) {
        FullHttpResponse response = new DefaultFullHttpResponse(
                HttpVersion.HTTP_1_1, Responses.status(200), Unpooled.wrappedBuffer(DOCUMENT));
        response.headers().set(HttpHeaderNames.CONTENT_TYPE, "application/json");
        Caching.answerAsset(exchange, response);
    }

    private static byte[] load() {
        try (InputStream in = OpenApi.class.getResourceAsStream("openapi.json")) {
            if (in == null) {
                throw new IllegalStateException("openapi.json is missing from the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
