package dev.httpstatus.server.exchange;

import io.netty.handler.codec.DateFormatter;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.util.AsciiString;
import java.util.Date;

/** The headers every response gets, and the rules RFC 9110 sets for Content-Length and content. */
final class Headers {
    private static final AsciiString SERVER = AsciiString.cached("httpstatus");

    /**
     * Content-Length values of the usual sizes, made once: from an int the header cost a boxed number and its
     * string for every answer, and an AsciiString is copied into the head byte for byte rather than encoded.
     */
    private static final AsciiString[] LENGTHS = new AsciiString[4096];

    private static volatile AsciiString date = AsciiString.EMPTY_STRING;
    private static volatile long dateSecond = -1;

    private Headers() {}

    static void common(Exchange exchange, HttpResponse response) {
        HttpHeaders headers = response.headers();
        headers.set(HttpHeaderNames.DATE, now());
        headers.set(HttpHeaderNames.SERVER, SERVER);
        Cors.allow(exchange.request(), headers);
    }

    /**
     * Completes a final response: no Content-Length on 1xx and 204 (RFC 9110 §8.6), none on 304 either,
     * zero content on 205, and for HEAD the length the content would have, without the content. A chunked
     * answer, whose content is made as it is sent, has no length.
     */
    static void finalResponse(Exchange exchange, HttpResponse response) {
        common(exchange, response);
        exchange.newCookie().ifPresent(cookie -> response.headers().add(HttpHeaderNames.SET_COOKIE, cookie));
        int code = response.status().code();
        if (!(response instanceof FullHttpResponse full)) {
            return;
        }
        if (code < 200 || code == 204 || code == 304) {
            full.content().clear();
            response.headers().remove(HttpHeaderNames.CONTENT_LENGTH);
            response.headers().remove(HttpHeaderNames.CONTENT_TYPE);
            return;
        }
        if (code == 205) {
            full.content().clear();
            response.headers().remove(HttpHeaderNames.CONTENT_TYPE);
        }
        if (!response.headers().contains(HttpHeaderNames.CONTENT_LENGTH)
                && !HttpUtil.isTransferEncodingChunked(response)) {
            response.headers()
                    .set(HttpHeaderNames.CONTENT_LENGTH, length(full.content().readableBytes()));
        }
        if (exchange.request().isHead()) {
            full.content().clear();
        }
    }

    private static AsciiString length(int bytes) {
        if (bytes >= LENGTHS.length) {
            return AsciiString.of(Integer.toString(bytes));
        }
        AsciiString length = LENGTHS[bytes];
        if (length == null) {
            // Racing threads may both make it; either result is the same.
            length = AsciiString.cached(Integer.toString(bytes));
            LENGTHS[bytes] = length;
        }
        return length;
    }

    private static AsciiString now() {
        long second = System.currentTimeMillis() / 1000;
        if (second != dateSecond) {
            date = AsciiString.cached(DateFormatter.format(new Date(second * 1000)));
            dateSecond = second;
        }
        return date;
    }
}
