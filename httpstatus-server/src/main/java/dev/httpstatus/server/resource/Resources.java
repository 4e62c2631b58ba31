package dev.httpstatus.server.resource;

import dev.httpstatus.server.exchange.Lazy;
import dev.httpstatus.server.exchange.Router;

/**
 * Resources that change, as a careful API keeps them: a versioned collection ({@code /resources}: 201, 204, 409,
 * 410, 412, 423, 428, 507), jobs that finish later ({@code /jobs}: 202, 303) and a WebDAV collection ({@code /dav}:
 * 207).
 */
public final class Resources {
    private Resources() {}

    /** Adds the resources' routes to {@code router}. */
    public static void routes(Router router) {
        router.prefix("/resources", Lazy.of(ResourcesEndpoint::new))
                .prefix("/jobs", Lazy.of(JobsEndpoint::new))
                .prefix("/dav", Lazy.of(DavEndpoint::new));
    }
}
