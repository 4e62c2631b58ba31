package dev.httpstatus.server.echo;

import dev.httpstatus.server.exchange.Endpoint;
import dev.httpstatus.server.exchange.Exchange;
import dev.httpstatus.server.inspect.CanonicalHeaders;
import dev.httpstatus.server.inspect.EchoJson;
import dev.httpstatus.server.inspect.JsonFields;

/** {@code /headers}: the request's headers, {@code {"headers": {"User-Agent": ["curl/8.5.0"], …}}}. */
final class HeadersEndpoint implements Endpoint {
    @Override
    public void handle(Exchange exchange) {
        exchange.answer(EchoJson.response(
                exchange, 2048, json -> JsonFields.strings(json, "headers", CanonicalHeaders.of(exchange.request()))));
    }
}
