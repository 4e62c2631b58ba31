package dev.httpstatus.server.generate;

import dev.httpstatus.server.exchange.Endpoint;
import dev.httpstatus.server.exchange.Exchange;
import dev.httpstatus.server.exchange.Problem;
import dev.httpstatus.server.exchange.Request;
import dev.httpstatus.server.exchange.Responses;
import dev.httpstatus.server.exchange.Streaming;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpResponseStatus;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * {@code /range/{n}?duration=0&chunk_size=10240}: n bytes of a-z (1 to the generated-body limit), served by byte
 * ranges (RFC 9110 §14) with the strong ETag {@code "range{n}"}. One satisfiable range gives 206 with
 * Content-Range; several give 206 multipart/byteranges; none satisfiable gives 416 with {@code Content-Range: bytes
 * * /n}; no Range, one this server does not read, or an If-Range that names another version gives the whole 200.
 * With a {@code duration}, the bytes are sent {@code chunk_size} at a time, spread so that all n would take that
 * long, as httpbin spreads them.
 */
final class RangeEndpoint implements Endpoint {
    private static final String PREFIX = "/range/";
    private static final String BOUNDARY = "httpstatus-byteranges";
    private static final int DEFAULT_CHUNK = 10 * 1024;
    private static final int MOST_PARTS = 1024;

    @Override
    public void handle(Exchange exchange) {
        Request request = exchange.request();
        int most = exchange.config().maxGenerated();
        long asked = Parameters.whole(
                Parameters.segments(request, PREFIX, 1, "/range/1024").get(0), "n");
        if (asked < 1 || asked > most) {
            throw Problem.badRequest("range.length", most);
        }
        int length = (int) asked;
        Duration duration = Parameters.duration(
                request,
                "duration",
                Duration.ZERO,
                Duration.ZERO,
                exchange.config().maxSleep());
        long chunk = Math.max(1, Parameters.whole(request, "chunk_size", DEFAULT_CHUNK));
        String etag = "\"range" + length + "\"";
        Optional<List<ByteRanges.Span>> ranges = request.header(HttpHeaderNames.RANGE)
                .filter(range -> request.header(HttpHeaderNames.IF_RANGE)
                        .map(etag::equals)
                        .orElse(true))
                .flatMap(range -> ByteRanges.parse(range, length));
        if (ranges.isPresent() && ranges.get().isEmpty()) {
            throw Problem.of(416, "range.unsatisfiable", length)
                    .header("Content-Range", "bytes */" + length)
                    .header("Accept-Ranges", "bytes")
                    .header("ETag", etag);
        }
        FullHttpResponse response = ranges.map(spans -> partial(spans, length)).orElseGet(() -> whole(length));
        response.headers().set(HttpHeaderNames.ACCEPT_RANGES, "bytes").set(HttpHeaderNames.ETAG, etag);
        if (duration.isZero()) {
            exchange.answer(response);
        } else {
            spread(exchange.stream(response), duration, length, chunk);
        }
    }

    /** Writes the content in parts of {@code chunk} bytes (or more, for at most 1024 parts), paced as n bytes in {@code duration}. */
    private static void spread(Streaming content, Duration duration, int length, long chunk) {
        int bytes = content.remaining();
        int part = (int) Math.max(Math.min(chunk, Math.max(bytes, 1)), (bytes + MOST_PARTS - 1) / MOST_PARTS);
        long parts = Math.max(1, (bytes + part - 1) / part);
        Duration pause = duration.multipliedBy(part).dividedBy(length);
        // httpbin pauses after each part, the last too: the first part waits its pause here.
        content.after(pause, () -> Pacer.run(content, parts, pause, 0, i -> content.write(part), content::end));
    }

    private static byte[] data(int length) {
        byte[] data = new byte[length];
        for (int i = 0; i < length; i++) {
            data[i] = (byte) ('a' + i % 26);
        }
        return data;
    }

    private static FullHttpResponse whole(int length) {
        return text(HttpResponseStatus.OK, Unpooled.wrappedBuffer(data(length)));
    }

    private static FullHttpResponse partial(List<ByteRanges.Span> spans, int length) {
        byte[] data = data(length);
        if (spans.size() == 1) {
            ByteRanges.Span span = spans.get(0);
            FullHttpResponse response =
                    text(Responses.status(206), Unpooled.wrappedBuffer(data, (int) span.first(), (int) span.length()));
            response.headers().set(HttpHeaderNames.CONTENT_RANGE, span.contentRange(length));
            return response;
        }
        ByteBuf body = Unpooled.buffer();
        for (ByteRanges.Span span : spans) {
            body.writeCharSequence(
                    "--" + BOUNDARY + "\r\nContent-Type: " + DocumentEndpoint.TEXT + "\r\nContent-Range: "
                            + span.contentRange(length) + "\r\n\r\n",
                    StandardCharsets.US_ASCII);
            body.writeBytes(data, (int) span.first(), (int) span.length());
            body.writeCharSequence("\r\n", StandardCharsets.US_ASCII);
        }
        body.writeCharSequence("--" + BOUNDARY + "--\r\n", StandardCharsets.US_ASCII);
        FullHttpResponse response = Responses.withKnownNames(Responses.status(206), body);
        response.headers().set(HttpHeaderNames.CONTENT_TYPE, "multipart/byteranges; boundary=" + BOUNDARY);
        return response;
    }

    private static FullHttpResponse text(HttpResponseStatus status, ByteBuf content) {
        FullHttpResponse response = Responses.withKnownNames(status, content);
        response.headers().set(HttpHeaderNames.CONTENT_TYPE, DocumentEndpoint.TEXT);
        return response;
    }
}
