package dev.httpstatus.server.conditional;

import dev.httpstatus.server.exchange.Router;

/** Conditional requests: 304 and 412 from validators ({@code /cache}, {@code /etag/{etag}}). */
public final class Conditional {
    private Conditional() {}

    /** Adds the routes of conditional requests to {@code router}. */
    public static void routes(Router router) {
        router.exact("/cache", new CacheEndpoint()).prefix("/etag", new EtagEndpoint());
    }
}
