package dev.httpstatus.server.redirect;

import dev.httpstatus.server.exchange.Router;

/**
 * Redirects as httpbin and go-httpbin make them: the chains {@code /redirect/{n}}, {@code /relative-redirect/{n}}
 * and {@code /absolute-redirect/{n}}, which end at {@code /get}, and {@code /redirect-to?url=&status_code=}, which
 * sends any 3xx to a path of this server or a URL of an allowed host. Their answers have no content, as the peers'.
 */
public final class Redirects {
    private Redirects() {}

    /** Adds the redirect routes to {@code router}. */
    public static void routes(Router router) {
        router.exact("/redirect-to", new RedirectToEndpoint())
                .prefix("/redirect", new ChainEndpoint("/redirect/", ChainEndpoint.Form.ASKED))
                .prefix("/relative-redirect", new ChainEndpoint("/relative-redirect/", ChainEndpoint.Form.RELATIVE))
                .prefix("/absolute-redirect", new ChainEndpoint("/absolute-redirect/", ChainEndpoint.Form.ABSOLUTE));
    }
}
