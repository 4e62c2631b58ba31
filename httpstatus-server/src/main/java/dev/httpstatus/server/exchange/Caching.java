package dev.httpstatus.server.exchange;

import io.netty.buffer.ByteBuf;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpResponseStatus;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Validators and freshness for the site and the API: the content compressed as the client asks ({@link
 * Compression}), a strong ETag from the bytes sent, a Cache-Control, and 304 Not Modified when the client already
 * holds the same content.
 */
public final class Caching {
    /** Pages change only with a new release; an hour keeps them fresh enough and caches busy. */
    private static final String PAGES = "public, max-age=3600";

    private Caching() {}

    /**
     * Answers with {@code response} and its validators and freshness for pages, or 304 when If-None-Match names
     * its ETag. The content follows Accept-Language unless the request named its language ({@code ?lang=}), and
     * Vary says so.
     */
    public static void answer(Exchange exchange, FullHttpResponse response) {
        validated(exchange, response, exchange.request().namesLanguage() ? null : "Accept-Language");
    }

    /** Answers as {@link #answer} does with content that is the same in every language, such as a style sheet. */
    public static void answerAsset(Exchange exchange, FullHttpResponse response) {
        validated(exchange, response, null);
    }

    private static void validated(Exchange exchange, FullHttpResponse response, String vary) {
        // Compressed first, so that the ETag is that of the bytes sent: each coding is its own representation.
        FullHttpResponse answer = Compression.apply(exchange.request(), response);
        String etag = etag(answer.content());
        if (exchange.request()
                .header(HttpHeaderNames.IF_NONE_MATCH)
                .filter(ifNoneMatch -> matches(ifNoneMatch, etag))
                .isPresent()) {
            answer.release();
            answer = Responses.empty(HttpResponseStatus.NOT_MODIFIED);
            answer.headers().set(HttpHeaderNames.VARY, "Accept-Encoding");
        }
        answer.headers().set(HttpHeaderNames.ETAG, etag);
        answer.headers().set(HttpHeaderNames.CACHE_CONTROL, PAGES);
        if (vary != null) {
            answer.headers().add(HttpHeaderNames.VARY, vary);
        }
        exchange.answer(answer);
    }

    /** RFC 9110 §13.1.2: If-None-Match compares weakly, and "*" matches any current representation. */
    static boolean matches(String ifNoneMatch, String etag) {
        String opaque = etag.substring(etag.indexOf('"'));
        for (String candidate : ifNoneMatch.split(",")) {
            String c = candidate.strip();
            if (c.equals("*") || (c.startsWith("W/") ? c.substring(2) : c).equals(opaque)) {
                return true;
            }
        }
        return false;
    }

    static String etag(ByteBuf content) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(content.nioBuffer());
            return "\"" + HexFormat.of().formatHex(digest.digest(), 0, 12) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
