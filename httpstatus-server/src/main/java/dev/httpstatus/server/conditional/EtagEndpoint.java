package dev.httpstatus.server.conditional;

import dev.httpstatus.server.exchange.Endpoint;
import dev.httpstatus.server.exchange.Exchange;
import dev.httpstatus.server.exchange.Problem;
import dev.httpstatus.server.exchange.Request;
import dev.httpstatus.server.exchange.Responses;
import dev.httpstatus.server.inspect.RequestEcho;
import dev.httpstatus.server.inspect.Shape;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import java.util.Optional;

/**
 * {@code /etag/{etag}}, by any method: a resource whose entity tag is the one in the path, in quotes, and whose
 * content is the request as JSON ({@link RequestEcho}). The preconditions of RFC 9110 §13.2.2, in its order: an
 * If-Match that does not name it (strong comparison; {@code *} names any) gives 412; then an If-None-Match that
 * names it (weak comparison) gives 304 to GET and HEAD, 412 to other methods.
 */
final class EtagEndpoint implements Endpoint {
    private static final String PREFIX = "/etag/";

    @Override
    public void handle(Exchange exchange) {
        Request request = exchange.request();
        String value = request.path()
                .substring(Math.min(PREFIX.length(), request.path().length()));
        if (value.isEmpty() || value.indexOf('/') >= 0) {
            throw Problem.of(404, "etag.path");
        }
        if (!value.matches("[!#-~]+")) {
            throw Problem.badRequest("etag.value", value);
        }
        String etag = "\"" + value + "\"";
        Optional<String> ifMatch = request.header(HttpHeaderNames.IF_MATCH);
        if (ifMatch.isPresent() && !Validators.matches(ifMatch.get(), etag, false)) {
            throw Problem.of(412, "etag.ifMatch", ifMatch.get(), etag).header("ETag", etag);
        }
        boolean unchanged = request.header(HttpHeaderNames.IF_NONE_MATCH)
                .map(h -> Validators.matches(h, etag, true))
                .orElse(false);
        boolean read = request.method().equals(HttpMethod.GET) || request.isHead();
        if (unchanged && !read) {
            throw Problem.of(412, "etag.ifNoneMatch", request.method(), etag).header("ETag", etag);
        }
        FullHttpResponse response =
                unchanged ? Responses.empty(Responses.status(304)) : RequestEcho.response(exchange, Shape.WITHOUT_BODY);
        response.headers().set(HttpHeaderNames.ETAG, etag);
        exchange.answer(response);
    }
}
