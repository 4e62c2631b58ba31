package dev.httpstatus.server.exchange;

import io.netty.handler.codec.DateFormatter;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpUtil;
import java.util.Date;

/** The headers every response gets, and the rules RFC 9110 sets for Content-Length and content. */
final class Headers {
    /** What a browser script may read of a cross-origin answer besides the safelisted headers. */
    static final String EXPOSED = "Location, Retry-After, WWW-Authenticate, Proxy-Authenticate, Link, Content-Range, "
            + "Allow, RateLimit, RateLimit-Policy, Server-Timing";

    private static volatile String date = "";
    private static volatile long dateSecond = -1;

    private Headers() {}

    static void common(Exchange exchange, HttpResponse response) {
        HttpHeaders headers = response.headers();
        headers.set(HttpHeaderNames.DATE, now());
        headers.set(HttpHeaderNames.SERVER, "httpstatus");
        if (exchange.request().headers().contains(HttpHeaderNames.ORIGIN)) {
            headers.set(HttpHeaderNames.ACCESS_CONTROL_ALLOW_ORIGIN, "*");
            headers.set(HttpHeaderNames.ACCESS_CONTROL_EXPOSE_HEADERS, EXPOSED);
        }
    }

    /**
     * Completes a final response: no Content-Length on 1xx and 204 (RFC 9110 §8.6), none on 304 either,
     * zero content on 205, and for HEAD the length the content would have, without the content.
     */
    static void finalResponse(Exchange exchange, HttpResponse response) {
        common(exchange, response);
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
        if (!response.headers().contains(HttpHeaderNames.CONTENT_LENGTH)) {
            HttpUtil.setContentLength(response, full.content().readableBytes());
        }
        if (exchange.isHead()) {
            full.content().clear();
        }
    }

    private static String now() {
        long second = System.currentTimeMillis() / 1000;
        if (second != dateSecond) {
            date = DateFormatter.format(new Date(second * 1000));
            dateSecond = second;
        }
        return date;
    }
}
