package dev.httpstatus.server.echo;

import dev.httpstatus.server.exchange.Endpoint;
import dev.httpstatus.server.exchange.Exchange;
import dev.httpstatus.server.exchange.Request;
import dev.httpstatus.server.exchange.Responses;
import dev.httpstatus.server.inspect.CanonicalHeaders;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;

/**
 * {@code /dump/request}: the request as text in HTTP/1.1's wire form, as go-httpbin dumps it: the request line,
 * the headers, a blank line and the content. The headers keep the order and the case they came in (go-httpbin
 * sorts them and changes their case); an HTTP/2 request's line says HTTP/2.0, and content that came in chunks is
 * written as one chunk.
 */
final class DumpRequestEndpoint implements Endpoint {
    @Override
    public void handle(Exchange exchange) {
        Request request = exchange.request();
        ByteBuf head = exchange.buffer(1024);
        ByteBufUtil.writeUtf8(head, request.method().name() + " " + request.sentTarget() + " " + version(request));
        head.writeCharSequence("\r\n", StandardCharsets.US_ASCII);
        headers(request, head);
        head.writeCharSequence("\r\n", StandardCharsets.US_ASCII);
        FullHttpResponse response =
                Responses.withKnownNames(Responses.status(200), Unpooled.wrappedBuffer(head, content(request)));
        response.headers().set(HttpHeaderNames.CONTENT_TYPE, "text/plain; charset=utf-8");
        exchange.answer(response);
    }

    private static String version(Request request) {
        return request.isHttp2() ? "HTTP/2.0" : request.version().text();
    }

    /** The header lines; their bytes as they came, which Netty holds one character each. */
    private static void headers(Request request, ByteBuf out) {
        Iterator<Map.Entry<CharSequence, CharSequence>> sent = request.headers().iteratorCharSequence();
        while (sent.hasNext()) {
            Map.Entry<CharSequence, CharSequence> header = sent.next();
            if (!(request.isHttp2() && CanonicalHeaders.isAddedByNetty(header.getKey()))) {
                out.writeCharSequence(header.getKey(), StandardCharsets.ISO_8859_1);
                out.writeCharSequence(": ", StandardCharsets.US_ASCII);
                out.writeCharSequence(header.getValue(), StandardCharsets.ISO_8859_1);
                out.writeCharSequence("\r\n", StandardCharsets.US_ASCII);
            }
        }
    }

    /** The content, framed as one chunk and the last when it came chunked. */
    private static ByteBuf content(Request request) {
        ByteBuf content = request.retainedContent();
        if (!request.headers().containsValue(HttpHeaderNames.TRANSFER_ENCODING, HttpHeaderValues.CHUNKED, true)) {
            return content;
        }
        int length = content.readableBytes();
        String size = length == 0 ? "" : Integer.toHexString(length) + "\r\n";
        String end = length == 0 ? "0\r\n\r\n" : "\r\n0\r\n\r\n";
        return Unpooled.wrappedBuffer(
                Unpooled.copiedBuffer(size, StandardCharsets.US_ASCII),
                content,
                Unpooled.copiedBuffer(end, StandardCharsets.US_ASCII));
    }
}
