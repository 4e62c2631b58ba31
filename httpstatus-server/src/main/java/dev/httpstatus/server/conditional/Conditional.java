package dev.httpstatus.server.conditional;

import dev.httpstatus.server.exchange.Router;

/**
 * Caching as httpbin and go-httpbin offer it, and 304 and 412 for their real reasons: {@code /cache} (304 to any
 * revalidation), {@code /cache/{n}} (Cache-Control: max-age), {@code /etag/{etag}} (If-None-Match and If-Match), and
 * {@code /response-headers}, whose query becomes the response's headers.
 */
public final class Conditional {
    private Conditional() {}

    /** Adds the routes of caching and conditional requests to {@code router}. */
    public static void routes(Router router) {
        router.exact("/cache", new CacheEndpoint())
                .prefix("/cache", new MaxAgeEndpoint())
                .prefix("/etag", new EtagEndpoint())
                .exact("/response-headers", new ResponseHeadersEndpoint());
    }
}
