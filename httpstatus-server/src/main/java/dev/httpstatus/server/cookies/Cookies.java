package dev.httpstatus.server.cookies;

import dev.httpstatus.server.exchange.Router;

/**
 * Cookies as httpbin and go-httpbin keep them: {@code /cookies} shows those the client sent, {@code
 * /cookies/set?name=value} and {@code /cookies/set/{name}/{value}} set them, {@code /cookies/delete?name} expires
 * them; both redirect to {@code /cookies} with 302, so that a client that keeps cookies shows what it kept.
 */
public final class Cookies {
    private Cookies() {}

    /** Adds the cookie routes to {@code router}. */
    public static void routes(Router router) {
        router.exact("/cookies", new CookieJarEndpoint())
                .exact("/cookies/set", SetCookiesEndpoint.fromQuery(false))
                .exact("/cookies/delete", SetCookiesEndpoint.fromQuery(true))
                .prefix("/cookies/set", SetCookiesEndpoint.fromPath());
    }
}
