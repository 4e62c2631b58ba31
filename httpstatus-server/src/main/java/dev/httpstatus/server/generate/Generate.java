package dev.httpstatus.server.generate;

import dev.httpstatus.server.exchange.Router;

/**
 * Content made on request, within the generated-body limit: random bytes ({@code /bytes/{n}}), a slow drip
 * ({@code /drip}) and a resource served by ranges ({@code /range/{n}}: 206 and 416).
 */
public final class Generate {
    private Generate() {}

    /** Adds the routes of generated content to {@code router}. */
    public static void routes(Router router) {
        router.prefix("/range", new RangeEndpoint())
                .exact("/drip", new DripEndpoint())
                .prefix("/bytes", new BytesEndpoint());
    }
}
