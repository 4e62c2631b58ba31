package dev.httpstatus.server.conditional;

import dev.httpstatus.server.exchange.Endpoint;
import dev.httpstatus.server.exchange.Exchange;
import dev.httpstatus.server.exchange.Problem;
import dev.httpstatus.server.exchange.Responses;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;

/**
 * {@code /etag/{etag}}: a resource whose entity tag is the one in the path. If-None-Match naming it gives
 * 304 Not Modified; If-Match not naming it gives 412 Precondition Failed (RFC 9110 §13.1).
 */
final class EtagEndpoint implements Endpoint {
    private static final String PREFIX = "/etag/";

    @Override
    public void handle(Exchange exchange) {
        String value = exchange.request()
                .path()
                .substring(Math.min(PREFIX.length(), exchange.request().path().length()));
        if (value.isEmpty() || !value.matches("[!#-~]+") || value.contains("\"")) {
            throw Problem.badRequest("etag.path");
        }
        String etag = "\"" + value + "\"";
        var ifMatch = exchange.request().header(HttpHeaderNames.IF_MATCH);
        if (ifMatch.isPresent() && !Validators.matches(ifMatch.get(), etag, false)) {
            throw Problem.of(412, "etag.ifMatch", ifMatch.get(), etag).header("ETag", etag);
        }
        FullHttpResponse response;
        if (exchange.request()
                .header(HttpHeaderNames.IF_NONE_MATCH)
                .map(h -> Validators.matches(h, etag, true))
                .orElse(false)) {
            response = Responses.empty(Responses.status(304));
        } else {
            response = Responses.of(Responses.status(200), "text/plain; charset=utf-8", "the resource " + etag + "\n");
        }
        response.headers().set(HttpHeaderNames.ETAG, etag);
        exchange.answer(response);
    }
}
