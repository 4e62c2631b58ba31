package dev.httpstatus.server.status;

import dev.httpstatus.server.exchange.Endpoint;
import dev.httpstatus.server.exchange.Exchange;
import dev.httpstatus.server.exchange.Json;
import dev.httpstatus.server.exchange.MediaType;
import dev.httpstatus.server.exchange.Responses;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import java.util.List;

/**
 * {@code /negotiate}: a resource with two variants, text and JSON. When the Accept header prefers one, it is
 * served (200); when it prefers neither — no Accept, or equal weights — the server cannot choose and answers
 * 300 Multiple Choices listing both, as servers with content negotiation do.
 */
final class NegotiateEndpoint implements Endpoint {
    private static final String ALTERNATIVES = "</negotiate?variant=text>; rel=\"alternate\"; type=\"text/plain\", "
            + "</negotiate?variant=json>; rel=\"alternate\"; type=\"application/json\"";

    @Override
    public void handle(Exchange exchange) {
        String variant = exchange.request().query("variant").orElse("");
        MediaType text = exchange.request().preferred(List.of(MediaType.TEXT, MediaType.JSON));
        MediaType json = exchange.request().preferred(List.of(MediaType.JSON, MediaType.TEXT));
        if (variant.equals("json") || variant.isEmpty() && text == MediaType.JSON) {
            exchange.answer(Json.response(200, Json.MAPPER.createObjectNode().put("variant", "json")));
        } else if (variant.equals("text") || variant.isEmpty() && json == MediaType.TEXT) {
            exchange.answer(Responses.of(Responses.status(200), "text/plain; charset=utf-8", "the text variant\n"));
        } else {
            FullHttpResponse choices = Responses.of(
                    Responses.status(300),
                    "text/plain; charset=utf-8",
                    "two variants, equally acceptable:\n/negotiate?variant=text (text/plain)\n"
                            + "/negotiate?variant=json (application/json)\n");
            choices.headers().set("Link", ALTERNATIVES);
            choices.headers().set(HttpHeaderNames.VARY, "Accept");
            exchange.answer(choices);
        }
    }
}
