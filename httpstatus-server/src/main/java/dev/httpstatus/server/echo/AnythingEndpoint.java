package dev.httpstatus.server.echo;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.httpstatus.server.exchange.Exchange;
import dev.httpstatus.server.exchange.Json;
import dev.httpstatus.server.exchange.JsonContent;
import dev.httpstatus.server.exchange.MediaType;
import dev.httpstatus.server.exchange.Responses;
import dev.httpstatus.server.routing.Endpoint;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufInputStream;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.QueryStringDecoder;
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
public final class AnythingEndpoint implements Endpoint {
    private static final String RESOURCE = "/anything/json";

    @Override
    public void handle(Exchange exchange) {
        if (exchange.path().equals(RESOURCE)) {
            resource(exchange);
        } else {
            exchange.send(echo(exchange));
        }
    }

    private static void resource(Exchange exchange) {
        if (!MediaType.JSON.isAcceptable(exchange.header(HttpHeaderNames.ACCEPT).orElse(null))) {
            refuse(exchange, HttpResponseStatus.NOT_ACCEPTABLE, "this resource is only available as application/json");
            return;
        }
        if (exchange.method().equals(HttpMethod.GET) || exchange.method().equals(HttpMethod.HEAD)) {
            exchange.send(Json.response(200, Json.MAPPER.createObjectNode().put("name", "example")));
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
        JsonContent.Verdict verdict = JsonContent.inspect(exchange.request().content());
        if (!verdict.isJson()) {
            refuse(
                    exchange,
                    HttpResponseStatus.BAD_REQUEST,
                    "the content is not valid JSON: " + verdict.error().get());
            return;
        }
        if (verdict.name().isEmpty()) {
            refuse(
                    exchange,
                    HttpResponseStatus.UNPROCESSABLE_ENTITY,
                    "the JSON is well-formed but must be an object with a non-empty string \"name\"");
            return;
        }
        // The resource keeps what it was sent: the same bytes go back, without a copy on the heap.
        FullHttpResponse accepted = new DefaultFullHttpResponse(
                HttpVersion.HTTP_1_1,
                Responses.status(200),
                exchange.request().content().retainedDuplicate());
        accepted.headers().set(HttpHeaderNames.CONTENT_TYPE, "application/json");
        exchange.send(accepted);
    }

    private static void refuse(Exchange exchange, HttpResponseStatus status, String detail) {
        exchange.send(Responses.problem(exchange, status, detail));
    }

    /**
     * The request as JSON, written straight into a buffer outside the heap: the body as a string and, when it
     * is JSON, as a value, each streamed from the request's content.
     */
    private static FullHttpResponse echo(Exchange exchange) {
        ByteBuf content = exchange.request().content();
        // The body appears twice, as a string and as JSON: room for both spares the buffer from growing.
        ByteBuf out = exchange.ctx().alloc().buffer(2 * content.readableBytes() + 4096);
        try (JsonGenerator json = JsonContent.generator(out)) {
            json.writeStartObject();
            json.writeStringField("method", exchange.method().name());
            json.writeStringField("path", exchange.path());
            json.writeStringField("protocol", exchange.protocol());
            json.writeObjectFieldStart("query");
            for (Map.Entry<String, List<String>> parameter : new QueryStringDecoder(
                            exchange.request().uri())
                    .parameters()
                    .entrySet()) {
                json.writeArrayFieldStart(parameter.getKey());
                for (String value : parameter.getValue()) {
                    json.writeString(value);
                }
                json.writeEndArray();
            }
            json.writeEndObject();
            json.writeObjectFieldStart("headers");
            for (String name : exchange.request().headers().names()) {
                json.writeArrayFieldStart(name.toLowerCase(Locale.ROOT));
                for (String value : exchange.request().headers().getAll(name)) {
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
