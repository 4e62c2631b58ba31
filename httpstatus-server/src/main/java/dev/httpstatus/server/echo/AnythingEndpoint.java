package dev.httpstatus.server.echo;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.httpstatus.server.exchange.Endpoint;
import dev.httpstatus.server.exchange.Exchange;
import dev.httpstatus.server.exchange.Json;
import dev.httpstatus.server.exchange.JsonContent;
import dev.httpstatus.server.exchange.MediaType;
import dev.httpstatus.server.exchange.Problem;
import dev.httpstatus.server.exchange.Request;
import dev.httpstatus.server.exchange.Responses;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufInputStream;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code /anything}: echoes the request as JSON (method, path, query, headers, body), as httpbin users know
 * it. {@code /anything/json} is a JSON resource that refuses what a strict API refuses: 406 for an Accept
 * without JSON, 415 for content that is not JSON, 400 for malformed JSON, 422 for JSON that is not an
 * object with a string "name".
 */
final class AnythingEndpoint implements Endpoint {
    private static final String RESOURCE = "/anything/json";

    @Override
    public void handle(Exchange exchange) {
        if (exchange.request().path().equals(RESOURCE)) {
            resource(exchange);
        } else {
            exchange.answer(echo(exchange));
        }
    }

    private static void resource(Exchange exchange) {
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

    /**
     * The request as JSON, written straight into a buffer outside the heap: the body as a string and, when it
     * is JSON, as a value, each streamed from the request's content.
     */
    private static FullHttpResponse echo(Exchange exchange) {
        Request request = exchange.request();
        ByteBuf content = request.content();
        // The body appears twice, as a string and as JSON: room for both spares the buffer from growing.
        ByteBuf out = exchange.buffer(2 * content.readableBytes() + 4096);
        try (JsonGenerator json = JsonContent.generator(out)) {
            json.writeStartObject();
            json.writeStringField("method", request.method().name());
            json.writeStringField("path", request.path());
            json.writeStringField("protocol", request.protocol());
            json.writeObjectFieldStart("query");
            for (Map.Entry<String, List<String>> parameter :
                    request.queryParameters().entrySet()) {
                json.writeArrayFieldStart(parameter.getKey());
                for (String value : parameter.getValue()) {
                    json.writeString(value);
                }
                json.writeEndArray();
            }
            json.writeEndObject();
            json.writeObjectFieldStart("headers");
            for (String name : request.headers().names()) {
                json.writeArrayFieldStart(name.toLowerCase(Locale.ROOT));
                for (String value : request.headers().getAll(name)) {
                    json.writeString(value);
                }
                json.writeEndArray();
            }
            json.writeEndObject();
            json.writeFieldName("body");
            json.writeString(
                    new InputStreamReader(
                            (InputStream) new ByteBufInputStream(content.duplicate()), StandardCharsets.UTF_8),
                    -1);
            json.writeFieldName("json");
            if (content.isReadable() && JsonContent.inspect(content).isJson()) {
                JsonContent.copy(content, json);
            } else {
                json.writeNull();
            }
            json.writeEndObject();
        } catch (IOException | RuntimeException e) {
            out.release();
            throw new IllegalStateException("cannot write the echo", e);
        }
        FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, Responses.status(200), out);
        response.headers().set(HttpHeaderNames.CONTENT_TYPE, "application/json");
        return response;
    }
}
