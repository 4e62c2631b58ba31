package dev.httpstatus.server.echo;

import dev.httpstatus.server.exchange.Endpoint;
import dev.httpstatus.server.exchange.Exchange;

/** {@code /headers}: the request's headers, {@code {"headers": {"User-Agent": ["curl/8.5.0"], …}}}. */
final class HeadersEndpoint implements Endpoint {
    @Override
    public void handle(Exchange exchange) {
        exchange.answer(EchoJson.response(
                exchange, 2048, json -> JsonFields.strings(json, "headers", CanonicalHeaders.of(exchange.request()))));
    }
}
