package dev.httpstatus.server.inspect;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.httpstatus.server.exchange.Exchange;
import dev.httpstatus.server.exchange.JsonContent;
import dev.httpstatus.server.exchange.Responses;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import java.io.IOException;

/** A 200 answer whose content is one JSON object, written straight into a buffer. */
public final class EchoJson {
    /** Writes the fields of the object. */
    @FunctionalInterface
    public interface Fields {
        void write(JsonGenerator json) throws IOException;
    }

    private EchoJson() {}

    /** The object {@code fields} writes, in a buffer of the connection's allocator, {@code capacity} bytes to start with. */
    public static FullHttpResponse response(Exchange exchange, int capacity, Fields fields) {
        ByteBuf out = exchange.buffer(capacity);
        write(out, fields);
        FullHttpResponse response = Responses.withKnownNames(Responses.status(200), out);
        // go-httpbin labels every JSON answer so; httpbin leaves the charset out, which JSON does not need.
        response.headers().set(HttpHeaderNames.CONTENT_TYPE, "application/json; charset=utf-8");
        return response;
    }

    /** The object {@code fields} writes, as bytes. */
    static byte[] bytes(int capacity, Fields fields) {
        ByteBuf out = Unpooled.buffer(capacity);
        write(out, fields);
        return ByteBufUtil.getBytes(out);
    }

    private static void write(ByteBuf out, Fields fields) {
        try (JsonGenerator json = JsonContent.generator(out)) {
            json.writeStartObject();
            fields.write(json);
            json.writeEndObject();
        } catch (IOException | RuntimeException e) {
            out.release();
            throw new IllegalStateException("cannot write the JSON of a request's echo", e);
        }
    }
}
