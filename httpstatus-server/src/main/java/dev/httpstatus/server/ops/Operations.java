package dev.httpstatus.server.ops;

import dev.httpstatus.server.exchange.Router;

/** What the people who run the server ask of it: health, readiness and metrics. */
public final class Operations {
    private Operations() {}

    /** Adds {@code /healthz}, {@code /readyz} and {@code /metrics} to {@code router}. */
    public static void routes(Router router, Health health, Metrics metrics) {
        router.exact("/healthz", health.live()).exact("/readyz", health.ready()).exact("/metrics", metrics);
    }
}
