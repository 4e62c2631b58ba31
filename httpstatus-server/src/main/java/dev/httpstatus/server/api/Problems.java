package dev.httpstatus.server.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.httpstatus.server.exchange.Exchange;
import dev.httpstatus.server.exchange.Json;
import dev.httpstatus.server.exchange.Responses;
import io.netty.handler.codec.http.FullHttpResponse;

/** Errors of the JSON API as RFC 9457 problem details, whatever the client accepts. */
public final class Problems {
    private Problems() {}

    /** A problem with {@code status}, its registered phrase as title, and {@code detail}. */
    public static FullHttpResponse of(Exchange exchange, int status, String detail) {
        return of(exchange, status, detail, Json.MAPPER.createObjectNode());
    }

    /** The same with {@code extensions}, members of its own that say more (RFC 9457 §3.2). */
    public static FullHttpResponse of(Exchange exchange, int status, String detail, ObjectNode extensions) {
        ObjectNode problem = Json.MAPPER.createObjectNode();
        problem.put("type", "about:blank");
        problem.put("title", Responses.status(status).reasonPhrase());
        problem.put("status", status);
        problem.put("detail", detail);
        problem.put("instance", exchange.path());
        problem.setAll(extensions);
        FullHttpResponse response = Json.response(status, problem);
        response.headers().set("content-type", "application/problem+json");
        return response;
    }
}
