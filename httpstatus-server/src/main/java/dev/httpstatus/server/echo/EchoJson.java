package dev.httpstatus.server.echo;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.httpstatus.server.exchange.Exchange;
import dev.httpstatus.server.exchange.JsonContent;
import dev.httpstatus.server.exchange.Responses;
import io.netty.buffer.ByteBuf;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import java.io.IOException;

/** A 200 answer whose content is one JSON object, written straight into a buffer from the connection's allocator. */
final class EchoJson {
    /** Writes the fields of the object. */
    @FunctionalInterface
    interface Fields {
        void write(JsonGenerator json) throws IOException;
    }

    private EchoJson() {}

    /** The object {@code fields} writes, in a buffer of {@code capacity} bytes to start with. */
    static FullHttpResponse response(Exchange exchange, int capacity, Fields fields) {
        ByteBuf out = exchange.buffer(capacity);
        try (JsonGenerator json = JsonContent.generator(out)) {
            json.writeStartObject();
            fields.write(json);
            json.writeEndObject();
        } catch (IOException | RuntimeException e) {
            out.release();
            throw new IllegalStateException(
                    "cannot write the JSON of " + exchange.request().path(), e);
        }
        FullHttpResponse response = Responses.withKnownNames(Responses.status(200), out);
        response.headers().set(HttpHeaderNames.CONTENT_TYPE, "application/json");
        return response;
    }
}
