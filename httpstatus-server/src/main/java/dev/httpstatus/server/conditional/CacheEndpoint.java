package dev.httpstatus.server.conditional;

import dev.httpstatus.server.exchange.Endpoint;
import dev.httpstatus.server.exchange.Exchange;
import dev.httpstatus.server.exchange.Problem;
import dev.httpstatus.server.exchange.Responses;
import io.netty.handler.codec.DateFormatter;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import java.util.Date;

/**
 * {@code /cache}: a cacheable resource with validators. A conditional GET whose If-None-Match names its
 * ETag, or whose If-Modified-Since is not older than its Last-Modified, gets 304 Not Modified; a method
 * other than GET and HEAD gets 405 with Allow.
 */
final class CacheEndpoint implements Endpoint {
    static final String ETAG = "\"httpstatus-cache-v1\"";
    private static final Date LAST_MODIFIED = new Date(1_700_000_000_000L);

    @Override
    public void handle(Exchange exchange) {
        HttpMethod method = exchange.request().method();
        if (!method.equals(HttpMethod.GET) && !method.equals(HttpMethod.HEAD)) {
            throw Problem.of(405, "cache.readOnly", method).header("Allow", "GET, HEAD");
        }
        FullHttpResponse response = notModified(exchange)
                ? Responses.empty(Responses.status(304))
                : Responses.of(Responses.status(200), "text/plain; charset=utf-8", "a cacheable resource\n");
        response.headers().set(HttpHeaderNames.ETAG, ETAG);
        response.headers().set(HttpHeaderNames.LAST_MODIFIED, DateFormatter.format(LAST_MODIFIED));
        response.headers().set(HttpHeaderNames.CACHE_CONTROL, "public, max-age=60");
        exchange.answer(response);
    }

    /** RFC 9110 §13.2.2: If-None-Match decides when present; otherwise If-Modified-Since. */
    private static boolean notModified(Exchange exchange) {
        var noneMatch = exchange.request().header(HttpHeaderNames.IF_NONE_MATCH);
        if (noneMatch.isPresent()) {
            return Validators.matches(noneMatch.get(), ETAG, true);
        }
        return exchange.request()
                .header(HttpHeaderNames.IF_MODIFIED_SINCE)
                .map(DateFormatter::parseHttpDate)
                .map(since -> !LAST_MODIFIED.after(since))
                .orElse(false);
    }
}
