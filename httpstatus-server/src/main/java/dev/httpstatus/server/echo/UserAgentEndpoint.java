package dev.httpstatus.server.echo;

import dev.httpstatus.server.exchange.Endpoint;
import dev.httpstatus.server.exchange.Exchange;
import dev.httpstatus.server.inspect.EchoJson;
import io.netty.handler.codec.http.HttpHeaderNames;

/** {@code /user-agent}: the User-Agent header, {@code {"user-agent": "curl/8.5.0"}}, empty when none was sent. */
final class UserAgentEndpoint implements Endpoint {
    @Override
    public void handle(Exchange exchange) {
        String agent = exchange.request().header(HttpHeaderNames.USER_AGENT).orElse("");
        exchange.answer(EchoJson.response(exchange, 256, json -> json.writeStringField("user-agent", agent)));
    }
}
