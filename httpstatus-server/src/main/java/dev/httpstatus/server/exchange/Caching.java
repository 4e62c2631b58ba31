package dev.httpstatus.server.site;

import dev.httpstatus.server.exchange.Exchange;
import dev.httpstatus.server.exchange.Responses;
import io.netty.buffer.ByteBuf;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpResponseStatus;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Validators and freshness for the site and the API: a strong ETag from the content, a Cache-Control, and
 * 304 Not Modified when the client already holds the same content.
 */
public final class Caching {
    /** Pages change only with a new release; an hour keeps them fresh enough and caches busy. */
    public static final String PAGES = "public, max-age=3600";

    private Caching() {}

    /**
     * Sends {@code response} with its validators, or 304 when If-None-Match names its ETag.
     *
     * @param vary the request headers the content depends on, such as "Accept-Language", or null
     */
    public static void send(Exchange exchange, FullHttpResponse response, String cacheControl, String vary) {
        String etag = etag(response.content());
        response.headers().set(HttpHeaderNames.ETAG, etag);
        response.headers().set(HttpHeaderNames.CACHE_CONTROL, cacheControl);
        if (vary != null) {
            response.headers().set(HttpHeaderNames.VARY, vary);
        }
        String ifNoneMatch = exchange.request().headers().get(HttpHeaderNames.IF_NONE_MATCH);
        if (ifNoneMatch != null && matches(ifNoneMatch, etag)) {
            FullHttpResponse notModified = Responses.empty(HttpResponseStatus.NOT_MODIFIED);
            notModified.headers().set(HttpHeaderNames.ETAG, etag);
            notModified.headers().set(HttpHeaderNames.CACHE_CONTROL, cacheControl);
            if (vary != null) {
                notModified.headers().set(HttpHeaderNames.VARY, vary);
            }
            response.release();
            exchange.send(notModified);
            return;
        }
        exchange.send(response);
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
