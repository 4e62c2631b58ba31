package dev.httpstatus.server.routing;

import dev.httpstatus.server.exchange.Exchange;

/** Answers the requests of one route. */
@FunctionalInterface
public interface Endpoint {
    /** Answers {@code exchange}, now or later, always exactly once (or by closing the connection). */
    void handle(Exchange exchange);
}
