package dev.httpstatus.server.exchange;

import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Text answers of the site and the API compressed as Accept-Encoding asks (RFC 9110 §12.5.3): Brotli or gzip,
 * whichever the client weighs higher (Brotli on a tie: it is smaller), else the content as it is, or 406 when the
 * client refuses that too ({@code identity;q=0}). Brotli is offered only where it compresses ({@link
 * Brotli#compresses()}: brotli4j's native library loads); elsewhere gzip alone.
 */
public final class Compression {
    /** The codings offered for text, preferred first; a client that asks only for others gets the content as it is. */
    public static final List<ContentCoding> OFFERED =
            Brotli.compresses() ? List.of(ContentCoding.BROTLI, ContentCoding.GZIP) : List.of(ContentCoding.GZIP);

    /** Below this a gzip header and trailer cost about what they save. */
    private static final int WORTH_IT = 256;

    private Compression() {}

    /**
     * The coding to answer {@code request} in: one of {@link #OFFERED}, or empty for the content as it is.
     *
     * @throws Problem 406 when Accept-Encoding refuses every offered coding and the content as it is
     */
    public static Optional<ContentCoding> negotiate(Request request) {
        Optional<String> header = request.header(HttpHeaderNames.ACCEPT_ENCODING);
        if (header.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Float> weights = AcceptEncoding.parse(header.get());
        ContentCoding best = null;
        float bestWeight = 0;
        for (ContentCoding coding : OFFERED) {
            float weight = AcceptEncoding.weight(weights, coding.token());
            if (weight > bestWeight) {
                best = coding;
                bestWeight = weight;
            }
        }
        float identity = AcceptEncoding.identityWeight(weights);
        if (best != null && bestWeight >= identity) {
            return Optional.of(best);
        }
        if (identity > 0) {
            return Optional.empty();
        }
        throw Problem.of(
                406,
                "coding.none",
                header.get().strip(),
                String.join(", ", OFFERED.stream().map(ContentCoding::token).toList()));
    }

    /**
     * {@code response} compressed for {@code request} when it is text worth compressing and not coded yet, with
     * {@code Vary: Accept-Encoding} in any case: a cache must not hand a compressed copy to a client that did not ask.
     */
    public static FullHttpResponse apply(Request request, FullHttpResponse response) {
        response.headers().add(HttpHeaderNames.VARY, "Accept-Encoding");
        if (response.headers().contains(HttpHeaderNames.CONTENT_ENCODING)
                || !isText(response.headers().get(HttpHeaderNames.CONTENT_TYPE))
                || response.content().readableBytes() < WORTH_IT) {
            return response;
        }
        Optional<ContentCoding> coding = negotiate(request);
        if (coding.isEmpty()) {
            return response;
        }
        byte[] plain = new byte[response.content().readableBytes()];
        response.content().readBytes(plain);
        response.content().release();
        FullHttpResponse coded =
                response.replace(Unpooled.wrappedBuffer(coding.get().encode(plain)));
        coded.headers().set(HttpHeaderNames.CONTENT_ENCODING, coding.get().token());
        return coded;
    }

    /** Whether content of {@code contentType} is text, which compresses; images and archives are coded already. */
    public static boolean isText(String contentType) {
        if (contentType == null) {
            return false;
        }
        String type = contentType.toLowerCase(Locale.ROOT);
        return type.startsWith("text/")
                || type.contains("json")
                || type.contains("xml")
                || type.startsWith("application/javascript");
    }
}
