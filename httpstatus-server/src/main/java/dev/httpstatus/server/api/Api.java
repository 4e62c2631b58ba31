package dev.httpstatus.server.api;

import dev.httpstatus.server.config.ServerConfig;
import dev.httpstatus.server.exchange.Endpoint;
import dev.httpstatus.server.exchange.Exchange;
import dev.httpstatus.server.exchange.Lazy;
import dev.httpstatus.server.exchange.Problem;
import dev.httpstatus.server.exchange.Router;
import io.netty.handler.codec.http.HttpMethod;
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
        router.exact("/api/v1/codes", readOnly(Lazy.of(() -> CodesApi::list)))
                .prefix("/api/v1/codes", readOnly(Lazy.of(() -> CodesApi.oneOrItsClients("/api/v1/codes/"))))
                .exact("/api/v1/search", readOnly(Lazy.of(() -> CodesApi::search)))
                .exact("/api/v1/classes", readOnly(Lazy.of(() -> CodesApi::classes)))
                .exact(
                        "/api/v1/try",
                        Endpoint.withoutOptions(readOnly(Lazy.of(() -> new TryEndpoint(config, ownPort, self)))))
                .exact("/openapi.json", readOnly(Lazy.of(() -> OpenApi::serve)))
                .prefix("/codes", ".json", readOnly(Lazy.of(() -> CodesApi.one("/codes/", ".json"))))
                .prefix("/api", Api::noResource);
    }

    /**
     * {@code endpoint} for GET and HEAD, and 405 with Allow for any other method: every resource of the API is
     * read, none is changed.
     */
    static Endpoint readOnly(Endpoint endpoint) {
        return exchange -> {
            if (!exchange.request().method().equals(HttpMethod.GET)
                    && !exchange.request().isHead()) {
                throw Problem.of(405, "api.readOnly", exchange.request().method())
                        .header("Allow", "GET, HEAD");
            }
            endpoint.handle(exchange);
        };
    }

    /** Any other path below {@code /api}: a problem, as JSON whatever the Accept (see {@code Problems}). */
    private static void noResource(Exchange exchange) {
        throw Problem.of(404, "api.noResource", exchange.request().path());
    }
}
