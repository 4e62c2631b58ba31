package dev.httpstatus.server.resource;

import dev.httpstatus.server.exchange.Lazy;
import dev.httpstatus.server.exchange.Router;
import dev.httpstatus.server.state.StateStore;

/**
 * Resources that change, as a careful API keeps them: a versioned collection ({@code /resources}: 201, 204, 409,
 * 410, 412, 423, 428, 507), jobs that finish later ({@code /jobs}: 202, 303) and a WebDAV collection ({@code /dav}:
 * 207).
 */
public final class Resources {
    private Resources() {}

    /** Adds the resources' routes to {@code router}; the collection and jobs are kept in {@code state}. */
    public static void routes(Router router, StateStore state) {
        router.prefix("/resources", new ResourcesEndpoint(state))
                .prefix("/jobs", new JobsEndpoint(state))
                .prefix("/dav", Lazy.of(DavEndpoint::new));
    }
}
