package dev.httpstatus.server.conditional;

import dev.httpstatus.server.exchange.Exchange;
import dev.httpstatus.server.exchange.Responses;
import dev.httpstatus.server.routing.Endpoint;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpResponseStatus;

/**
 * {@code /etag/{etag}}: a resource whose entity tag is the one in the path. If-None-Match naming it gives
 * 304 Not Modified; If-Match not naming it gives 412 Precondition Failed (RFC 9110 §13.1).
 */
public final class EtagEndpoint implements Endpoint {
    private static final String PREFIX = "/etag/";

    @Override
    public void handle(Exchange exchange) {
        String value = exchange.path()
                .substring(Math.min(PREFIX.length(), exchange.path().length()));
        if (value.isEmpty() || !value.matches("[!#-~]+") || value.contains("\"")) {
            exchange.send(Responses.problem(
                    exchange, HttpResponseStatus.BAD_REQUEST, "give the entity tag in the path: /etag/v1"));
            return;
        }
        String etag = "\"" + value + "\"";
        var ifMatch = exchange.header(HttpHeaderNames.IF_MATCH);
        FullHttpResponse response;
        if (ifMatch.isPresent() && !Validators.matches(ifMatch.get(), etag, false)) {
            response = Responses.problem(
                    exchange,
                    HttpResponseStatus.PRECONDITION_FAILED,
                    "If-Match asked for " + ifMatch.get() + " but the resource is " + etag);
        } else if (exchange.header(HttpHeaderNames.IF_NONE_MATCH)
                .map(h -> Validators.matches(h, etag, true))
                .orElse(false)) {
            response = Responses.empty(Responses.status(304));
        } else {
            response = Responses.of(Responses.status(200), "text/plain; charset=utf-8", "the resource " + etag + "\n");
        }
        response.headers().set(HttpHeaderNames.ETAG, etag);
        exchange.send(response);
    }
}
