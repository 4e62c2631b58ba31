package dev.httpstatus.server.generate;

import dev.httpstatus.server.exchange.Endpoint;
import dev.httpstatus.server.exchange.Exchange;
import dev.httpstatus.server.exchange.Problem;
import dev.httpstatus.server.exchange.Responses;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code /range/{n}}: n bytes of a-z, served by byte ranges (RFC 9110 §14). One satisfiable range gives 206
 * with Content-Range; several give 206 multipart/byteranges; none satisfiable gives 416 with
 * {@code Content-Range: bytes * /n}; no Range (or one this server does not read) gives the whole 200.
 */
final class RangeEndpoint implements Endpoint {
    private static final String PREFIX = "/range/";
    private static final String BOUNDARY = "httpstatus-byteranges";

    record Span(long first, long last) {
        long length() {
            return last - first + 1;
        }
    }

    @Override
    public void handle(Exchange exchange) {
        String size = exchange.request()
                .path()
                .substring(Math.min(PREFIX.length(), exchange.request().path().length()));
        int max = exchange.config().maxGenerated();
        if (!size.matches("\\d{1,10}") || Long.parseLong(size) > max) {
            throw Problem.badRequest("range.length", max);
        }
        int length = Integer.parseInt(size);
        Optional<List<Span>> asked =
                exchange.request().header(HttpHeaderNames.RANGE).flatMap(h -> parse(h, length));
        if (asked.isPresent() && asked.get().isEmpty()) {
            throw Problem.of(416, "range.unsatisfiable", length)
                    .header("Content-Range", "bytes */" + length)
                    .header("Accept-Ranges", "bytes");
        }
        FullHttpResponse response;
        if (asked.isEmpty()) {
            response = whole(length);
        } else if (asked.get().size() == 1) {
            response = single(asked.get().get(0), length);
        } else {
            response = multipart(asked.get(), length);
        }
        response.headers().set(HttpHeaderNames.ACCEPT_RANGES, "bytes");
        exchange.answer(response);
    }

    /**
     * The satisfiable spans of a {@code bytes=} header: empty optional when the header is not one this server
     * reads (then it is ignored, as RFC 9110 allows), an empty list when none is satisfiable.
     */
    static Optional<List<Span>> parse(String header, long length) {
        String value = header.strip();
        if (!value.startsWith("bytes=")) {
            return Optional.empty();
        }
        List<Span> spans = new ArrayList<>();
        for (String item : value.substring(6).split(",")) {
            String spec = item.strip();
            if (!spec.matches("\\d{0,18}-\\d{0,18}") || spec.equals("-")) {
                return Optional.empty();
            }
            int dash = spec.indexOf('-');
            String from = spec.substring(0, dash);
            String to = spec.substring(dash + 1);
            if (from.isEmpty()) {
                long suffix = Long.parseLong(to);
                if (suffix > 0 && length > 0) {
                    spans.add(new Span(Math.max(0, length - suffix), length - 1));
                }
            } else {
                long first = Long.parseLong(from);
                long last = to.isEmpty() ? length - 1 : Math.min(Long.parseLong(to), length - 1);
                if (!to.isEmpty() && Long.parseLong(to) < first) {
                    return Optional.empty();
                }
                if (first < length) {
                    spans.add(new Span(first, last));
                }
            }
        }
        return Optional.of(spans);
    }

    private static byte[] data(int length) {
        byte[] data = new byte[length];
        for (int i = 0; i < length; i++) {
            data[i] = (byte) ('a' + i % 26);
        }
        return data;
    }

    private static FullHttpResponse whole(int length) {
        return octets(HttpResponseStatus.OK, Unpooled.wrappedBuffer(data(length)));
    }

    private static FullHttpResponse single(Span span, int length) {
        FullHttpResponse response = octets(
                Responses.status(206), Unpooled.wrappedBuffer(data(length), (int) span.first(), (int) span.length()));
        response.headers().set(HttpHeaderNames.CONTENT_RANGE, contentRange(span, length));
        return response;
    }

    private static FullHttpResponse multipart(List<Span> spans, int length) {
        byte[] data = data(length);
        ByteBuf body = Unpooled.buffer();
        for (Span span : spans) {
            body.writeCharSequence(
                    "--" + BOUNDARY + "\r\nContent-Type: application/octet-stream\r\nContent-Range: "
                            + contentRange(span, length) + "\r\n\r\n",
                    StandardCharsets.US_ASCII);
            body.writeBytes(data, (int) span.first(), (int) span.length());
            body.writeCharSequence("\r\n", StandardCharsets.US_ASCII);
        }
        body.writeCharSequence("--" + BOUNDARY + "--\r\n", StandardCharsets.US_ASCII);
        FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, Responses.status(206), body);
        response.headers().set(HttpHeaderNames.CONTENT_TYPE, "multipart/byteranges; boundary=" + BOUNDARY);
        return response;
    }

    private static String contentRange(Span span, int length) {
        return "bytes " + span.first() + "-" + span.last() + "/" + length;
    }

    private static FullHttpResponse octets(HttpResponseStatus status, ByteBuf content) {
        FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, status, content);
        response.headers().set(HttpHeaderNames.CONTENT_TYPE, "application/octet-stream");
        return response;
    }
}
