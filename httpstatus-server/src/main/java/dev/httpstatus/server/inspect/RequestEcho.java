package dev.httpstatus.server.inspect;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.httpstatus.server.exchange.Exchange;
import dev.httpstatus.server.exchange.JsonContent;
import dev.httpstatus.server.exchange.Request;
import io.netty.buffer.ByteBuf;
import io.netty.handler.codec.http.FullHttpResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.LongFunction;

/**
 * A request told back as JSON, in go-httpbin's names, types and order: {@code args}, {@code headers}, {@code
 * method}, {@code origin}, {@code url}, then {@code data}, {@code files}, {@code form} and {@code json}, as many of
 * them as a {@link Shape} has. Every endpoint that answers with the request ({@code /get}, {@code /anything}, {@code /cache}, {@code
 * /delay}, {@code /gzip}, {@code /stream}…) writes it here, so that they all show a request the same way.
 */
public final class RequestEcho {
    private RequestEcho() {}

    /**
     * A 200 with the echo of {@code shape}.
     *
     * @throws dev.httpstatus.server.exchange.Problem 400 when the content is malformed form, multipart or JSON
     */
    public static FullHttpResponse response(Exchange exchange, Shape shape) {
        Body body = read(exchange, shape);
        return EchoJson.response(exchange, capacity(exchange, shape), json -> write(json, exchange, shape, body));
    }

    /**
     * The echo of {@code shape} as UTF-8 JSON, with the fields {@code extra} writes after its own: for an answer
     * that is encoded, delayed or sent in pieces, which holds bytes rather than a buffer of the connection.
     */
    public static byte[] bytes(Exchange exchange, Shape shape, EchoJson.Fields extra) {
        Body body = read(exchange, shape);
        return EchoJson.bytes(capacity(exchange, shape), json -> {
            write(json, exchange, shape, body);
            extra.write(json);
        });
    }

    /**
     * The lines of {@code /stream} and {@code /jsonl}, by id: {@code id}, then {@code args}, {@code headers}, {@code
     * origin} and {@code url}. The request is read now, once; the lines are made from what was read, so they may be
     * sent after the request is gone.
     */
    public static LongFunction<byte[]> lines(Exchange exchange) {
        Request request = exchange.request();
        boolean trusted = exchange.config().trustForwarded();
        byte[] rest = EchoJson.bytes(1024, json -> {
            JsonFields.texts(json, "args", UrlEncoded.query(request.rawQuery()), true);
            JsonFields.strings(json, "headers", CanonicalHeaders.of(request));
            json.writeStringField("origin", Addressing.origin(request, trusted));
            json.writeStringField("url", Addressing.url(request, trusted));
        });
        // rest is {"args":…}: each line puts its id in front of the fields, after the brace.
        return id -> {
            byte[] head = ("{\"id\":" + id + ",").getBytes(StandardCharsets.US_ASCII);
            byte[] line = Arrays.copyOf(head, head.length + rest.length - 1);
            System.arraycopy(rest, 1, line, head.length, rest.length - 1);
            return line;
        };
    }

    /** A header name as Go's net/http writes it: Content-Type, X-Forwarded-For. */
    public static String canonical(CharSequence name) {
        return CanonicalHeaders.canonical(name);
    }

    /** Read before anything is written, so that malformed content is a 400 with nothing to undo. */
    private static Body read(Exchange exchange, Shape shape) {
        return shape == Shape.WITH_BODY ? BodyParser.parse(exchange.request()) : Body.TEXT;
    }

    /** The content may appear twice, as data and as form, files or json: room for both spares the buffer growing. */
    private static int capacity(Exchange exchange, Shape shape) {
        return (shape == Shape.WITH_BODY ? 2 * exchange.request().content().readableBytes() : 0) + 4096;
    }

    /** Writes the fields of {@code shape}, the content read as {@code body}, in the order go-httpbin writes them. */
    static void write(JsonGenerator json, Exchange exchange, Shape shape, Body body) throws IOException {
        Request request = exchange.request();
        boolean trusted = exchange.config().trustForwarded();
        JsonFields.texts(json, "args", UrlEncoded.query(request.rawQuery()), true);
        JsonFields.strings(json, "headers", CanonicalHeaders.of(request));
        json.writeStringField("method", request.method().name());
        json.writeStringField("origin", Addressing.origin(request, trusted));
        json.writeStringField("url", Addressing.url(request, trusted));
        if (shape == Shape.COUNTED_BODY) {
            json.writeNumberField("bytes_received", request.content().readableBytes());
        }
        if (shape == Shape.WITH_BODY) {
            content(json, request.content(), body);
            json.writeFieldName("json");
            if (body.json()) {
                JsonContent.copy(request.content(), json);
            } else {
                json.writeNull();
            }
        }
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
