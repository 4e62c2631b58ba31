package dev.httpstatus.server.echo;

import dev.httpstatus.server.exchange.Endpoint;
import dev.httpstatus.server.exchange.Exchange;
import dev.httpstatus.server.exchange.Json;
import dev.httpstatus.server.exchange.JsonContent;
import dev.httpstatus.server.exchange.MediaType;
import dev.httpstatus.server.exchange.Problem;
import dev.httpstatus.server.exchange.Request;
import dev.httpstatus.server.exchange.Responses;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpVersion;
import java.util.Locale;

/**
 * {@code /anything/json}: a JSON resource that refuses what a strict API refuses: 406 for an Accept without JSON,
 * 415 for content that is not JSON, 400 for malformed JSON, 422 for JSON that is not an object with a string
 * "name". What it accepts it sends back as it came.
 */
final class JsonResource implements Endpoint {
    @Override
    public void handle(Exchange exchange) {
        Request request = exchange.request();
        if (!MediaType.JSON.isAcceptable(request.header(HttpHeaderNames.ACCEPT).orElse(null))) {
            throw Problem.of(406, "anything.jsonOnly");
        }
        if (request.method().equals(HttpMethod.GET) || request.method().equals(HttpMethod.HEAD)) {
            exchange.answer(Json.response(200, Json.MAPPER.createObjectNode().put("name", "example")));
            return;
        }
        String type = request.header(HttpHeaderNames.CONTENT_TYPE).orElse("");
        if (!type.toLowerCase(Locale.ROOT).strip().startsWith("application/json")) {
            throw (type.isEmpty() ? Problem.of(415, "anything.untyped") : Problem.of(415, "anything.notJson", type))
                    .header("Accept-Post", "application/json");
        }
        JsonContent.Verdict verdict = JsonContent.inspect(request.content());
        if (!verdict.isJson()) {
            throw Problem.badRequest("anything.malformed", verdict.error().get());
        }
        if (verdict.name().isEmpty()) {
            throw Problem.of(422, "anything.noName");
        }
        // The resource keeps what it was sent: the same bytes go back, without a copy on the heap.
        FullHttpResponse accepted =
                new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, Responses.status(200), request.retainedContent());
        accepted.headers().set(HttpHeaderNames.CONTENT_TYPE, "application/json");
        exchange.answer(accepted);
    }
}
