package dev.httpstatus.server.api;

import dev.httpstatus.server.config.ServerConfig;
import dev.httpstatus.server.exchange.Endpoint;
import dev.httpstatus.server.exchange.Lazy;
import dev.httpstatus.server.exchange.Router;
import java.util.Optional;
import java.util.function.IntSupplier;
import javax.net.ssl.SSLContext;

/**
 * The JSON API over the registry, its OpenAPI document, and the "Try it" of the reference pages. Made on first use:
 * a server used only for its test endpoints never loads Jackson's trees for it.
 */
public final class Api {
    private Api() {}

    /**
     * Adds the API's routes to {@code router}; {@code /codes/{code}.json} among them, which must come before the
     * site's {@code /codes} pages.
     *
     * @param ownPort the port this server listens on, known once it does, for "Try it"
     * @param self with TLS, a client context trusting exactly this server's certificate, for "Try it"
     */
    public static void routes(Router router, ServerConfig config, IntSupplier ownPort, Optional<SSLContext> self) {
        router.exact("/api/v1/codes", Lazy.of(() -> CodesApi::list))
                .prefix("/api/v1/codes", Lazy.of(() -> CodesApi.one("/api/v1/codes/", "")))
                .exact("/api/v1/search", Lazy.of(() -> CodesApi::search))
                .exact("/api/v1/classes", Lazy.of(() -> CodesApi::classes))
                .exact("/api/v1/try", Endpoint.withoutOptions(Lazy.of(() -> new TryEndpoint(config, ownPort, self))))
                .exact("/openapi.json", Lazy.of(() -> OpenApi::serve))
                .prefix("/codes", ".json", Lazy.of(() -> CodesApi.one("/codes/", ".json")));
    }
}
