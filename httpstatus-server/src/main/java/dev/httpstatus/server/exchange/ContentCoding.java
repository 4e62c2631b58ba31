package dev.httpstatus.server.exchange;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A content coding (RFC 9110 §8.4.1) the server can write: the one place that encodes, used by {@code /gzip},
 * {@code /deflate} and {@code /brotli} and by the compression of the site and the API ({@link Compression}).
 */
public enum ContentCoding {
    /** RFC 1952. */
    GZIP("gzip"),
    /** The zlib format (RFC 1950), as {@code Content-Encoding: deflate} means, not raw deflate. */
    DEFLATE("deflate"),
    /** RFC 7932: compressed where brotli4j's native library loads, else stored ({@link Brotli}). */
    BROTLI("br");

    private final String token;

    ContentCoding(String token) {
        this.token = token;
    }

    /** The token of Content-Encoding and Accept-Encoding, such as {@code gzip}. */
    public String token() {
        return token;
    }

    /** {@code data} in this coding, as small as this coding makes it: for what is compressed once, at start. */
    public byte[] encodeOnce(byte[] data) {
        return this == BROTLI ? Brotli.encodeSmallest(data) : encode(data);
    }

    /** {@code data} in this coding, quickly enough for an answer made per request. */
    public byte[] encode(byte[] data) {
        if (this == BROTLI) {
            return Brotli.encode(data);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(data.length / 3 + 64);
        try (OutputStream coder = this == GZIP ? new GZIPOutputStream(out) : new DeflaterOutputStream(out)) {
            coder.write(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
