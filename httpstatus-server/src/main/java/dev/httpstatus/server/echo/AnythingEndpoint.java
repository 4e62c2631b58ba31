package dev.httpstatus.server.echo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.httpstatus.server.exchange.Exchange;
import dev.httpstatus.server.exchange.MediaType;
import dev.httpstatus.server.exchange.Responses;
import dev.httpstatus.server.routing.Endpoint;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * {@code /anything}: echoes the request as JSON (method, path, query, headers, body), as httpbin users know
 * it. {@code /anything/json} is a JSON resource that refuses what a strict API refuses: 406 for an Accept
 * without JSON, 415 for content that is not JSON, 400 for malformed JSON, 422 for JSON that is not an
 * object with a string "name".
 */
public final class AnythingEndpoint implements Endpoint {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String RESOURCE = "/anything/json";

    @Override
    public void handle(Exchange exchange) {
        if (exchange.path().equals(RESOURCE)) {
            resource(exchange);
        } else {
            exchange.send(json(HttpResponseStatus.OK, echo(exchange)));
        }
    }

    private static void resource(Exchange exchange) {
        if (!MediaType.JSON.isAcceptable(exchange.header(HttpHeaderNames.ACCEPT).orElse(null))) {
            refuse(exchange, HttpResponseStatus.NOT_ACCEPTABLE, "this resource is only available as application/json");
            return;
        }
        if (exchange.method().equals(HttpMethod.GET) || exchange.method().equals(HttpMethod.HEAD)) {
            exchange.send(json(HttpResponseStatus.OK, JSON.createObjectNode().put("name", "example")));
            return;
        }
        String type = exchange.header(HttpHeaderNames.CONTENT_TYPE).orElse("");
        if (!type.toLowerCase(Locale.ROOT).strip().startsWith("application/json")) {
            FullHttpResponse response = Responses.problem(
                    exchange,
                    HttpResponseStatus.UNSUPPORTED_MEDIA_TYPE,
                    "send application/json, not " + (type.isEmpty() ? "content without a type" : type));
            response.headers().set("Accept-Post", "application/json");
            exchange.send(response);
            return;
        }
        JsonNode body;
        try {
            body = JSON.readTree(exchange.request().content().toString(StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            refuse(
                    exchange,
                    HttpResponseStatus.BAD_REQUEST,
                    "the content is not valid JSON: " + e.getOriginalMessage());
            return;
        }
        if (body == null
                || !body.isObject()
                || !body.path("name").isTextual()
                || body.path("name").asText().isBlank()) {
            refuse(
                    exchange,
                    HttpResponseStatus.UNPROCESSABLE_ENTITY,
                    "the JSON is well-formed but must be an object with a non-empty string \"name\"");
            return;
        }
        exchange.send(json(HttpResponseStatus.OK, body));
    }

    private static void refuse(Exchange exchange, HttpResponseStatus status, String detail) {
        exchange.send(Responses.problem(exchange, status, detail));
    }

    private static ObjectNode echo(Exchange exchange) {
        ObjectNode echo = JSON.createObjectNode();
        echo.put("method", exchange.method().name());
        echo.put("path", exchange.path());
        echo.put("protocol", exchange.protocol());
        ObjectNode query = echo.putObject("query");
        new io.netty.handler.codec.http.QueryStringDecoder(exchange.request().uri())
                .parameters()
                .forEach((name, values) ->
                        values.forEach(v -> query.withArray(name).add(v)));
        ObjectNode headers = echo.putObject("headers");
        for (Map.Entry<String, String> header : exchange.request().headers()) {
            headers.withArray(header.getKey().toLowerCase(Locale.ROOT)).add(header.getValue());
        }
        String body = exchange.request().content().toString(StandardCharsets.UTF_8);
        echo.put("body", body);
        try {
            echo.set("json", body.isBlank() ? null : JSON.readTree(body));
        } catch (JsonProcessingException e) {
            echo.putNull("json");
        }
        return echo;
    }

    private static FullHttpResponse json(HttpResponseStatus status, JsonNode node) {
        try {
            return Responses.of(Responses.status(status.code()), "application/json", JSON.writeValueAsString(node));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }
}
