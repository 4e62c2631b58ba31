package dev.httpstatus.server.echo;

import dev.httpstatus.server.exchange.Endpoint;
import dev.httpstatus.server.exchange.Exchange;
import dev.httpstatus.server.exchange.Problem;
import java.util.Set;

/**
 * An endpoint that takes some methods only, as go-httpbin's routes do ({@code /get} takes GET and HEAD, {@code
 * /post} POST): any other method gets 405 Method Not Allowed with the Allow header.
 */
final class OnlyMethods implements Endpoint {
    private final Set<String> methods;
    private final String allow;
    private final Endpoint endpoint;

    private OnlyMethods(Set<String> methods, String allow, Endpoint endpoint) {
        this.methods = methods;
        this.allow = allow;
        this.endpoint = endpoint;
    }

    /** {@code endpoint} for {@code methods} only, which the Allow header of a refusal lists in this order. */
    static Endpoint of(Endpoint endpoint, String... methods) {
        return new OnlyMethods(Set.of(methods), String.join(", ", methods), endpoint);
    }

    @Override
    public void handle(Exchange exchange) {
        String method = exchange.request().method().name();
        if (!methods.contains(method)) {
            throw Problem.of(405, "echo.method", method, exchange.request().path(), allow)
                    .header("Allow", allow);
        }
        endpoint.handle(exchange);
    }
}
