package dev.httpstatus.server.echo;

import dev.httpstatus.server.exchange.Lazy;
import dev.httpstatus.server.exchange.Router;

/** The request sent back as JSON ({@code /anything}), and a strict JSON resource ({@code /anything/json}). */
public final class Echo {
    private Echo() {}

    /** Adds the echo's routes to {@code router}. */
    public static void routes(Router router) {
        router.prefix("/anything", Lazy.of(AnythingEndpoint::new));
    }
}
