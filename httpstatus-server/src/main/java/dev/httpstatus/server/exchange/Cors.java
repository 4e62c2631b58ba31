package dev.httpstatus.server.exchange;

import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;

/**
 * Cross-origin requests: any origin may call the server. Preflights are answered here; the CORS headers
 * of other responses are added with the common headers.
 */
final class Cors {
    private static final String METHODS = "GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS";

    private Cors() {}

    static boolean isPreflight(Request request) {
        HttpHeaders headers = request.headers();
        return HttpMethod.OPTIONS.equals(request.method())
                && headers.contains(HttpHeaderNames.ORIGIN)
                && headers.contains(HttpHeaderNames.ACCESS_CONTROL_REQUEST_METHOD);
    }

    static void answerPreflight(Exchange exchange) {
        FullHttpResponse response = Responses.empty(HttpResponseStatus.NO_CONTENT);
        HttpHeaders headers = response.headers();
        headers.set(HttpHeaderNames.ACCESS_CONTROL_ALLOW_METHODS, METHODS);
        exchange.request()
                .header(HttpHeaderNames.ACCESS_CONTROL_REQUEST_HEADERS)
                .ifPresent(asked -> headers.set(HttpHeaderNames.ACCESS_CONTROL_ALLOW_HEADERS, asked));
        headers.set(HttpHeaderNames.ACCESS_CONTROL_MAX_AGE, "86400");
        headers.set(HttpHeaderNames.VARY, "Origin, Access-Control-Request-Method, Access-Control-Request-Headers");
        exchange.answer(response);
    }
}
