package dev.httpstatus.server.trouble;

import dev.httpstatus.server.exchange.Exchange;
import dev.httpstatus.server.exchange.Responses;
import dev.httpstatus.server.routing.Endpoint;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code /maintenance}: a service with a maintenance switch. {@code POST /maintenance/on} and
 * {@code /maintenance/off} flip it (per test scope); while it is on, {@code GET /maintenance} answers 503
 * Service Unavailable with Retry-After, as a service down for maintenance does.
 */
public final class MaintenanceEndpoint implements Endpoint {
    private final Set<String> down = ConcurrentHashMap.newKeySet();

    @Override
    public void handle(Exchange exchange) {
        String path = exchange.path();
        if (path.equals("/maintenance/on") || path.equals("/maintenance/off")) {
            if (!exchange.method().equals(HttpMethod.POST)) {
                FullHttpResponse refused =
                        Responses.problem(exchange, HttpResponseStatus.METHOD_NOT_ALLOWED, "flip the switch with POST");
                refused.headers().set(HttpHeaderNames.ALLOW, "POST");
                exchange.send(refused);
                return;
            }
            if (path.endsWith("/on")) {
                down.add(exchange.scope());
            } else {
                down.remove(exchange.scope());
            }
            exchange.send(Responses.empty(Responses.status(204)));
        } else if (down.contains(exchange.scope())) {
            FullHttpResponse response = Responses.problem(
                    exchange,
                    HttpResponseStatus.SERVICE_UNAVAILABLE,
                    "down for maintenance; POST /maintenance/off to bring it back");
            response.headers()
                    .set(
                            HttpHeaderNames.RETRY_AFTER,
                            Long.toString(exchange.config().retryAfter().toSeconds()));
            exchange.send(response);
        } else {
            exchange.send(Responses.of(Responses.status(200), "text/plain; charset=utf-8", "in service\n"));
        }
    }
}
