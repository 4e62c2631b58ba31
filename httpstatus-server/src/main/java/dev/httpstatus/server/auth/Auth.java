package dev.httpstatus.server.auth;

import dev.httpstatus.server.exchange.Router;

/** 401 and 403 for their real reasons: Basic credentials ({@code /basic-auth/{user}/{password}}) and bearer tokens. */
public final class Auth {
    private Auth() {}

    /** Adds the authentication routes to {@code router}. */
    public static void routes(Router router) {
        router.prefix("/basic-auth", AuthEndpoints.basic()).exact("/bearer", AuthEndpoints.bearer());
    }
}
