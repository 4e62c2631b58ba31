package dev.httpstatus.server.site;

import dev.httpstatus.server.exchange.Caching;
import dev.httpstatus.server.exchange.Exchange;
import dev.httpstatus.server.exchange.Problem;
import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The site's style sheet and script, served from the classpath. Only the files named here exist, so no
 * request path ever reaches the file system or the rest of the classpath.
 */
final class Assets {
    private static final Map<String, Asset> FILES = Map.of(
            "/assets/site.css", load("site.css", "text/css; charset=utf-8"),
            "/assets/site.js", load("site.js", "text/javascript; charset=utf-8"),
            "/assets/favicon.svg", load("favicon.svg", "image/svg+xml"));

    private record Asset(byte[] bytes, String contentType) {}

    private Assets() {}

    static void serve(Exchange exchange) {
        serve(exchange, exchange.request().path());
    }

    /**
     * {@code /favicon.ico}, which browsers ask for when a document names no icon (a feed, an image, an API
     * answer): the site's SVG icon, which every browser that asks draws by its content type.
     */
    static void serveFavicon(Exchange exchange) {
        serve(exchange, "/assets/favicon.svg");
    }

    private static void serve(Exchange exchange, String path) {
        Asset asset = FILES.get(path);
        if (asset == null) {
            throw Problem.of(404, "site.noAsset", exchange.request().path());
        }
        FullHttpResponse response = new DefaultFullHttpResponse(
                HttpVersion.HTTP_1_1, HttpResponseStatus.OK, Unpooled.wrappedBuffer(asset.bytes()));
        response.headers().set(HttpHeaderNames.CONTENT_TYPE, asset.contentType());
        response.headers().set("x-content-type-options", "nosniff");
        Caching.answerAsset(exchange, response);
    }

    private static Asset load(String name, String contentType) {
        try (InputStream in = Assets.class.getResourceAsStream("assets/" + name)) {
            if (in == null) {
                throw new IllegalStateException("the site asset " + name + " is missing from the classpath");
            }
            return new Asset(in.readAllBytes(), contentType);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
