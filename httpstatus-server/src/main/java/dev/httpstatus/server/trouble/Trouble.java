package dev.httpstatus.server.trouble;

import dev.httpstatus.server.exchange.Lazy;
import dev.httpstatus.server.exchange.Router;
import dev.httpstatus.server.state.StateStore;
import java.util.function.IntSupplier;

/**
 * Trouble for its real reasons: a failing endpoint ({@code /error}: 500), a legal block ({@code /blocked}: 451), a
 * rate limit ({@code /limited}: 429), maintenance ({@code /maintenance}: 503) and a gateway in front of a dead or
 * slow upstream ({@code /proxy/dead}: 502, {@code /proxy/slow}: 504).
 */
public final class Trouble {
    private Trouble() {}

    /**
     * Adds the routes of trouble to {@code router}.
     *
     * @param ownPort the port this server listens on, known once it does: the slow upstream is this server
     * @param state where the rate limiter and the maintenance switch keep what they remember
     */
    public static void routes(Router router, IntSupplier ownPort, StateStore state) {
        router.exact("/limited", new LimitedEndpoint(state))
                .prefix("/maintenance", new MaintenanceEndpoint(state))
                .exact("/error", TroubleEndpoints.failing())
                .exact("/blocked", TroubleEndpoints.blocked())
                .prefix("/proxy", Lazy.of(() -> new ProxyEndpoint(ownPort)));
    }
}
