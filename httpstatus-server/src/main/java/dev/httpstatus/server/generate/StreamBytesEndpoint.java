package dev.httpstatus.server.generate;

import dev.httpstatus.server.exchange.Endpoint;
import dev.httpstatus.server.exchange.Exchange;
import dev.httpstatus.server.exchange.Responses;
import dev.httpstatus.server.exchange.Streaming;
import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import java.time.Duration;

/**
 * {@code /stream-bytes/{n}?seed=42&chunk_size=10240}: the n random bytes of {@code /bytes/{n}}, chunked, {@code
 * chunk_size} bytes a chunk (all in one when it is under 1). A chunk holds at least a 1024th of the bytes, so
 * that a large body is not a million one-byte chunks; no bytes are a 200 with Content-Length: 0, as in go-httpbin.
 */
final class StreamBytesEndpoint implements Endpoint {
    private static final int DEFAULT_CHUNK = 10 * 1024;
    private static final int MOST_CHUNKS = 1024;

    @Override
    public void handle(Exchange exchange) {
        int count = RandomBytes.count(
                exchange.request(), "/stream-bytes/", exchange.config().maxGenerated());
        long asked = Parameters.whole(exchange.request(), "chunk_size", DEFAULT_CHUNK);
        byte[] body = RandomBytes.of(exchange.request(), count);
        if (count == 0) {
            FullHttpResponse empty = Responses.withKnownNames(Responses.status(200), Unpooled.EMPTY_BUFFER);
            empty.headers().set(HttpHeaderNames.CONTENT_TYPE, BytesEndpoint.OCTETS);
            exchange.answer(empty);
            return;
        }
        int chunk = (int) Math.max(asked < 1 ? count : Math.min(asked, count), divideUp(count, MOST_CHUNKS));
        Streaming content = exchange.stream(Chunked.head(BytesEndpoint.OCTETS));
        Pacer.run(
                content,
                divideUp(count, chunk),
                Duration.ZERO,
                0,
                i -> {
                    int start = i * chunk;
                    content.write(Unpooled.wrappedBuffer(body, start, Math.min(chunk, count - start)));
                },
                content::end);
    }

    private static int divideUp(int dividend, int divisor) {
        return (dividend + divisor - 1) / divisor;
    }
}
