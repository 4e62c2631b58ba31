package dev.httpstatus.server.echo;

import dev.httpstatus.server.exchange.Endpoint;
import dev.httpstatus.server.exchange.Exchange;
import dev.httpstatus.server.inspect.EchoJson;
import java.util.UUID;

/** {@code /uuid}: a new random (version 4) UUID, {@code {"uuid": "…"}}. */
final class UuidEndpoint implements Endpoint {
    @Override
    public void handle(Exchange exchange) {
        String uuid = UUID.randomUUID().toString();
        exchange.answer(EchoJson.response(exchange, 64, json -> json.writeStringField("uuid", uuid)));
    }
}
