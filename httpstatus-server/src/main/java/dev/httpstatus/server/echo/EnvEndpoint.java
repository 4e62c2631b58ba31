package dev.httpstatus.server.echo;

import dev.httpstatus.server.exchange.Endpoint;
import dev.httpstatus.server.exchange.Exchange;
import dev.httpstatus.server.inspect.EchoJson;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code /env}: the environment variables the operator set to be shown, those named HTTPSTATUS_ENV_* or
 * HTTPBIN_ENV_* (go-httpbin's), by name: {@code {"env": {"HTTPBIN_ENV_REGION": "eu"}}}; no other variable is ever
 * shown.
 */
final class EnvEndpoint implements Endpoint {
    @Override
    public void handle(Exchange exchange) {
        Map<String, String> shown = new TreeMap<>(exchange.config().shownEnvironment());
        exchange.answer(EchoJson.response(exchange, 256, json -> {
            json.writeObjectFieldStart("env");
            for (Map.Entry<String, String> variable : shown.entrySet()) {
                json.writeStringField(variable.getKey(), variable.getValue());
            }
            json.writeEndObject();
        }));
    }
}
