package dev.httpstatus.server.exchange;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.netty.handler.codec.http.FullHttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** JSON in and out of exchanges, with Jackson. */
public final class Json {
    public static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {}

    /** A response with {@code node} as application/json content. */
    public static FullHttpResponse response(int status, JsonNode node) {
        try {
            return Responses.of(Responses.status(status), "application/json", MAPPER.writeValueAsString(node));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    /** The request content as JSON, empty when it is not valid JSON. */
    public static Optional<JsonNode> body(Exchange exchange) {
        try {
            return Optional.ofNullable(
                    MAPPER.readTree(exchange.request().content().toString(StandardCharsets.UTF_8)));
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }
}
