package dev.httpstatus.server.exchange;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.netty.handler.codec.http.FullHttpResponse;

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
}
