package dev.httpstatus.server.echo;

import dev.httpstatus.server.exchange.Endpoint;
import dev.httpstatus.server.exchange.Exchange;
import dev.httpstatus.server.exchange.Responses;
import dev.httpstatus.server.inspect.Addressing;
import dev.httpstatus.server.inspect.EchoJson;

/**
 * {@code /ip}: the client's address, {@code {"origin": "203.0.113.7"}}, or with {@code ?format=text} the address
 * and a newline as plain text. See {@link Addressing} for when a proxy's headers are believed.
 */
final class IpEndpoint implements Endpoint {
    @Override
    public void handle(Exchange exchange) {
        String origin = Addressing.origin(exchange.request(), exchange.config().trustForwarded());
        if (exchange.request().query("format").filter("text"::equals).isPresent()) {
            exchange.answer(Responses.of(Responses.status(200), "text/plain; charset=utf-8", origin + "\n"));
        } else {
            exchange.answer(EchoJson.response(exchange, 128, json -> json.writeStringField("origin", origin)));
        }
    }
}
