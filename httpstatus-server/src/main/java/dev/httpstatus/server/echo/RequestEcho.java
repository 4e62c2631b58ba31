package dev.httpstatus.server.echo;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.httpstatus.server.exchange.Exchange;
import dev.httpstatus.server.exchange.JsonContent;
import dev.httpstatus.server.exchange.Request;
import io.netty.buffer.ByteBuf;
import java.io.IOException;

/**
 * The fields of a request's echo, in go-httpbin's names and types and in the order of their names: {@code args},
 * {@code data}, {@code files}, {@code form}, {@code headers}, {@code json}, {@code method}, {@code origin}, {@code
 * url}; the fields a {@link Shape} has.
 */
final class RequestEcho {
    private RequestEcho() {}

    /** Writes the fields of {@code shape}, the content read as {@code body}. */
    static void write(JsonGenerator json, Exchange exchange, Shape shape, Body body) throws IOException {
        Request request = exchange.request();
        JsonFields.texts(json, "args", UrlEncoded.query(request.rawQuery()), true);
        if (shape == Shape.COUNTED_BODY) {
            json.writeNumberField("bytes_received", request.content().readableBytes());
        }
        if (shape == Shape.WITH_BODY) {
            content(json, request.content(), body);
        }
        JsonFields.strings(json, "headers", CanonicalHeaders.of(request));
        if (shape == Shape.WITH_BODY) {
            json.writeFieldName("json");
            if (body.json()) {
                JsonContent.copy(request.content(), json);
            } else {
                json.writeNull();
            }
        }
        boolean trusted = exchange.config().trustForwarded();
        json.writeStringField("method", request.method().name());
        json.writeStringField("origin", Addressing.origin(request, trusted));
        json.writeStringField("url", Addressing.url(request, trusted));
    }

    /** {@code data}, {@code files} and {@code form}. */
    private static void content(JsonGenerator json, ByteBuf content, Body body) throws IOException {
        json.writeFieldName("data");
        if (body.dataType().isPresent()) {
            JsonFields.dataUrl(json, body.dataType().get(), content);
        } else {
            JsonFields.text(json, content, false);
        }
        JsonFields.texts(json, "files", body.files(), false);
        JsonFields.texts(json, "form", body.form(), body.urlEncoded());
    }
}
