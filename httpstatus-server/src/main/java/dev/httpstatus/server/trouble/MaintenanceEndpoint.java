package dev.httpstatus.server.trouble;

import dev.httpstatus.server.exchange.ClientKey;
import dev.httpstatus.server.exchange.Endpoint;
import dev.httpstatus.server.exchange.Exchange;
import dev.httpstatus.server.exchange.Problem;
import dev.httpstatus.server.exchange.Responses;
import dev.httpstatus.server.state.StateStore;
import io.netty.handler.codec.http.HttpMethod;
import java.util.Optional;

/**
 * {@code /maintenance}: a service with a maintenance switch, one per client ({@link ClientKey}). {@code POST
 * /maintenance/on} and {@code /maintenance/off} flip it; while it is on, {@code GET /maintenance} answers 503
 * Service Unavailable with Retry-After, as a service down for maintenance does.
 */
final class MaintenanceEndpoint implements Endpoint {
    private static final String SWITCH = "maintenance";

    private final StateStore state;

    MaintenanceEndpoint(StateStore state) {
        this.state = state;
    }

    @Override
    public void handle(Exchange exchange) {
        String path = exchange.request().path();
        if (path.equals("/maintenance/on") || path.equals("/maintenance/off")) {
            if (!exchange.request().method().equals(HttpMethod.POST)) {
                throw Problem.of(405, "maintenance.post").header("Allow", "POST");
            }
            Optional<String> on = path.endsWith("/on") ? Optional.of("on") : Optional.empty();
            exchange.answerWhen(
                    state.put(map(exchange), SWITCH, on),
                    done -> exchange.answer(Responses.empty(Responses.status(204))));
        } else {
            exchange.answerWhen(state.get(map(exchange), SWITCH), on -> answer(exchange, on.isPresent()));
        }
    }

    private static void answer(Exchange exchange, boolean down) {
        if (down) {
            throw Problem.of(503, "maintenance.down")
                    .header(
                            "Retry-After",
                            Long.toString(exchange.config().retryAfter().toSeconds()));
        }
        exchange.answer(Responses.of(Responses.status(200), "text/plain; charset=utf-8", "in service\n"));
    }

    private static String map(Exchange exchange) {
        return "switches|" + ClientKey.of(exchange);
    }
}
