package dev.httpstatus.server.trigger;

import dev.httpstatus.server.exchange.Lazy;
import dev.httpstatus.server.exchange.Router;

/**
 * Which request produces which code for its real reason, or why none does: the {@link TriggerTable}, read by the
 * reference pages, and served as JSON at {@code /api/v1/triggers}.
 */
public final class Triggers {
    private Triggers() {}

    /** Adds {@code /api/v1/triggers} to {@code router}. */
    public static void routes(Router router) {
        router.exact("/api/v1/triggers", Lazy.of(TriggersEndpoint::new));
    }
}
