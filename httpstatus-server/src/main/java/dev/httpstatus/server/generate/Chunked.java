package dev.httpstatus.server.generate;

import dev.httpstatus.server.exchange.Responses;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpUtil;
import java.nio.charset.StandardCharsets;

/** The head of a 200 whose content is made as it is sent, in chunks (in HTTP/2, in DATA frames), and its parts. */
final class Chunked {
    private Chunked() {}

    /** A 200 of {@code contentType}, chunked, without content of its own. */
    static FullHttpResponse head(String contentType) {
        FullHttpResponse response = Responses.withKnownNames(Responses.status(200), Unpooled.EMPTY_BUFFER);
        response.headers().set(HttpHeaderNames.CONTENT_TYPE, contentType);
        HttpUtil.setTransferEncodingChunked(response, true);
        return response;
    }

    /** {@code bytes} followed by a newline: a line of JSON Lines. */
    static ByteBuf line(byte[] bytes) {
        return Unpooled.wrappedBuffer(bytes, "\n".getBytes(StandardCharsets.US_ASCII));
    }
}
