package dev.httpstatus.server.trouble;

import dev.httpstatus.server.exchange.Endpoint;
import dev.httpstatus.server.exchange.Exchange;
import dev.httpstatus.server.exchange.Keys;
import dev.httpstatus.server.exchange.Problem;
import dev.httpstatus.server.exchange.Responses;
import io.netty.handler.codec.http.HttpMethod;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * {@code /maintenance}: a service with a maintenance switch. {@code POST /maintenance/on} and
 * {@code /maintenance/off} flip it (per test scope); while it is on, {@code GET /maintenance} answers 503
 * Service Unavailable with Retry-After, as a service down for maintenance does.
 */
final class MaintenanceEndpoint implements Endpoint {
    /** Scopes are named by clients: the switches of at most this many are kept, the oldest forgotten first. */
    private static final int MAX_SCOPES = 10_000;

    private final Set<String> down = Collections.synchronizedSet(Collections.newSetFromMap(new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > MAX_SCOPES;
        }
    }));

    @Override
    public void handle(Exchange exchange) {
        String path = exchange.request().path();
        if (path.equals("/maintenance/on") || path.equals("/maintenance/off")) {
            if (!exchange.request().method().equals(HttpMethod.POST)) {
                throw Problem.of(405, "maintenance.post").header("Allow", "POST");
            }
            if (path.endsWith("/on")) {
                down.add(Keys.bounded(exchange.request().scope()));
            } else {
                down.remove(Keys.bounded(exchange.request().scope()));
            }
            exchange.answer(Responses.empty(Responses.status(204)));
        } else if (down.contains(Keys.bounded(exchange.request().scope()))) {
            throw Problem.of(503, "maintenance.down")
                    .header(
                            "Retry-After",
                            Long.toString(exchange.config().retryAfter().toSeconds()));
        } else {
            exchange.answer(Responses.of(Responses.status(200), "text/plain; charset=utf-8", "in service\n"));
        }
    }
}
