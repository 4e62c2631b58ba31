package dev.httpstatus.server.site;

import dev.httpstatus.server.exchange.Caching;
import dev.httpstatus.server.exchange.Compression;
import dev.httpstatus.server.exchange.ContentCoding;
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
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The site's style sheet, script, icon and share images, served from the classpath. Only the files named here exist, so no
 * request path ever reaches the file system or the rest of the classpath.
 */
final class Assets {
    /** A year, the longest RFC 9111 caches are asked to keep anything: a name with a hash never changes content. */
    private static final String IMMUTABLE = "public, max-age=31536000, immutable";

    private static final List<Asset> ALL = List.of(
            load("site.css", "text/css; charset=utf-8"),
            load("site.js", "text/javascript; charset=utf-8"),
            load("favicon.svg", "image/svg+xml"),
            // Drawn by build/ShareImage.java; committed, since the release image has no fonts to draw them at start.
            load("share-en.png", "image/png"),
            load("share-zh.png", "image/png"));
    private static final Map<String, Asset> FILES = byPath();

    /**
     * A file of the site, served under its plain name (a page cached by an older release still finds it) and
     * under a name with its content's hash, which the pages link to and caches keep for a year.
     */
    private record Asset(
            String name, byte[] bytes, String contentType, String hashedName, Map<ContentCoding, byte[]> coded) {
        /** The bytes to send in {@code coding}, compressed once at start rather than for every request. */
        byte[] in(Optional<ContentCoding> coding) {
            return coding.map(coded::get).orElse(bytes);
        }
    }

    private Assets() {}

    /** The address the pages link to for {@code name}, such as {@code /assets/site.3f9a0c1b2d.css}. */
    static String href(String name) {
        return ALL.stream()
                .filter(asset -> asset.name().equals(name))
                .map(asset -> "/assets/" + asset.hashedName())
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no site asset " + name));
    }

    private static Map<String, Asset> byPath() {
        Map<String, Asset> files = new HashMap<>();
        for (Asset asset : ALL) {
            files.put("/assets/" + asset.name(), asset);
            files.put("/assets/" + asset.hashedName(), asset);
        }
        return Map.copyOf(files);
    }

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
        Optional<ContentCoding> coding =
                asset.coded().isEmpty() ? Optional.empty() : Compression.negotiate(exchange.request());
        FullHttpResponse response = new DefaultFullHttpResponse(
                HttpVersion.HTTP_1_1, HttpResponseStatus.OK, Unpooled.wrappedBuffer(asset.in(coding)));
        response.headers().set(HttpHeaderNames.CONTENT_TYPE, asset.contentType());
        response.headers().set("x-content-type-options", "nosniff");
        coding.ifPresent(c -> response.headers().set(HttpHeaderNames.CONTENT_ENCODING, c.token()));
        if (path.endsWith("/" + asset.hashedName())) {
            response.headers().set(HttpHeaderNames.CACHE_CONTROL, IMMUTABLE);
            exchange.answer(Compression.apply(exchange.request(), response));
        } else {
            Caching.answerAsset(exchange, response);
        }
    }

    private static Asset load(String name, String contentType) {
        try (InputStream in = Assets.class.getResourceAsStream("assets/" + name)) {
            if (in == null) {
                throw new IllegalStateException("the site asset " + name + " is missing from the classpath");
            }
            byte[] bytes = in.readAllBytes();
            int dot = name.lastIndexOf('.');
            Map<ContentCoding, byte[]> coded = new EnumMap<>(ContentCoding.class);
            if (Compression.isText(contentType)) {
                Compression.OFFERED.forEach(coding -> coded.put(coding, coding.encodeOnce(bytes)));
            }
            return new Asset(
                    name,
                    bytes,
                    contentType,
                    name.substring(0, dot) + "." + hash(bytes) + name.substring(dot),
                    Map.copyOf(coded));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String hash(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 5);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
