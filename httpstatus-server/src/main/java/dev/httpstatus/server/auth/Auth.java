package dev.httpstatus.server.auth;

import dev.httpstatus.server.exchange.Router;

/**
 * Authentication as httpbin and go-httpbin ask for it, and 401 and 403 for their real reasons: Basic ({@code
 * /basic-auth/{user}/{password}}, {@code /hidden-basic-auth/{user}/{password}}, and as a proxy asks for it, {@code
 * /proxy-auth/{user}/{password}}), Digest ({@code
 * /digest-auth/{qop}/{user}/{password}[/{algorithm}[/{stale_after}]]}) and bearer tokens ({@code /bearer}).
 */
public final class Auth {
    private Auth() {}

    /**
     * Adds the authentication routes to {@code router}. Digest nonces are signed with {@code secret}, which the
     * replicas sharing a state store share ({@code StateStore.secret()}).
     */
    public static void routes(Router router, byte[] secret) {
        router.prefix("/basic-auth", new BasicAuthEndpoint("/basic-auth/", false))
                .prefix("/hidden-basic-auth", new BasicAuthEndpoint("/hidden-basic-auth/", true))
                .prefix("/proxy-auth", new ProxyAuthEndpoint())
                .prefix("/digest-auth", new DigestAuthEndpoint(new Nonces(secret)))
                .exact("/bearer", new BearerEndpoint());
    }
}
