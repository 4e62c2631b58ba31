package dev.httpstatus.server.exchange;

import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.util.AsciiString;

/**
 * Cross-origin requests, as go-httpbin allows them: any origin may call the server, with credentials. Every answer
 * echoes the request's Origin (or says {@code *} without one) and allows credentials ({@link #allow}); an answer
 * that sets Access-Control-Allow-Origin itself ({@code /response-headers}, {@code header=}) keeps its own. Every
 * OPTIONS request, a preflight or not, is answered here with 200 and what a preflight asks: the methods, the
 * headers asked for, and how long to remember them.
 */
final class Cors {
    private static final AsciiString ANY_ORIGIN = AsciiString.cached("*");
    private static final AsciiString TRUE = AsciiString.cached("true");
    private static final AsciiString METHODS = AsciiString.cached("GET, POST, HEAD, PUT, DELETE, PATCH, OPTIONS");
    private static final AsciiString MAX_AGE = AsciiString.cached("3600");
    private static final AsciiString ORIGIN = AsciiString.cached("Origin");
    private static final AsciiString PREFLIGHT_VARY =
            AsciiString.cached("Access-Control-Request-Method, Access-Control-Request-Headers");

    /** What a browser script may read of a cross-origin answer besides the safelisted headers. */
    private static final AsciiString EXPOSED = AsciiString.cached("Location, Retry-After, WWW-Authenticate, "
            + "Proxy-Authenticate, Authentication-Info, Link, Content-Range, Allow, ETag, RateLimit, "
            + "RateLimit-Policy, Server-Timing");

    private Cors() {}

    /** Whether the request is answered by {@link #answerOptions}: every OPTIONS, whatever its target. */
    static boolean isOptions(Request request) {
        return HttpMethod.OPTIONS.equals(request.method());
    }

    /** Answers an OPTIONS request: 200, no content, the methods, the request's headers allowed, for an hour. */
    static void answerOptions(Exchange exchange) {
        FullHttpResponse response = Responses.empty(HttpResponseStatus.OK);
        HttpHeaders headers = response.headers();
        headers.set(HttpHeaderNames.ACCESS_CONTROL_ALLOW_METHODS, METHODS);
        headers.set(HttpHeaderNames.ACCESS_CONTROL_MAX_AGE, MAX_AGE);
        exchange.request()
                .header(HttpHeaderNames.ACCESS_CONTROL_REQUEST_HEADERS)
                .ifPresent(asked -> headers.set(HttpHeaderNames.ACCESS_CONTROL_ALLOW_HEADERS, asked));
        headers.set(HttpHeaderNames.VARY, PREFLIGHT_VARY);
        exchange.answer(response);
    }

    /**
     * Adds the CORS headers to an answer to {@code request}, unless the answer has its own: the Origin echoed, with
     * Vary, and the exposed headers; or {@code *} for a request without one, which no browser sends.
     */
    static void allow(Request request, HttpHeaders headers) {
        if (headers.contains(HttpHeaderNames.ACCESS_CONTROL_ALLOW_ORIGIN)) {
            return;
        }
        String origin = request.headers().get(HttpHeaderNames.ORIGIN);
        headers.set(HttpHeaderNames.ACCESS_CONTROL_ALLOW_CREDENTIALS, TRUE);
        if (origin == null) {
            headers.set(HttpHeaderNames.ACCESS_CONTROL_ALLOW_ORIGIN, ANY_ORIGIN);
            return;
        }
        headers.set(HttpHeaderNames.ACCESS_CONTROL_ALLOW_ORIGIN, origin);
        headers.set(HttpHeaderNames.ACCESS_CONTROL_EXPOSE_HEADERS, EXPOSED);
        headers.add(HttpHeaderNames.VARY, ORIGIN);
    }
}
