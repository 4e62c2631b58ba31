package dev.httpstatus.server.exchange;

import com.aayushatharva.brotli4j.Brotli4jLoader;
import com.aayushatharva.brotli4j.encoder.Encoder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Brotli (RFC 7932): compressed by Google's encoder through brotli4j where its native library loads (Linux on
 * x86_64, the library in the jar), else written without a compressor, as uncompressed meta-blocks, which every
 * decoder reads and which make a body a little longer: still valid {@code Content-Encoding: br} for {@code /brotli},
 * but not worth offering to a browser ({@link #compresses()}).
 */
final class Brotli {
    /** The most a meta-block of four nibbles holds (§9.2: MLEN - 1 in 16 bits). */
    private static final int LARGEST_BLOCK = 1 << 16;

    /**
     * Quality 5 of 11: the index page (70 KB) in a millisecond, 8% smaller than gzip makes it; qualities 10 and 11
     * are a fifth smaller but take 24 and 65 ms, too slow for pages made per request (measured with brotli4j 1.24
     * on this project's 2-core machine, docs/site.md).
     */
    private static final Encoder.Parameters PER_REQUEST = new Encoder.Parameters().setQuality(5);

    /** Quality 11, for what is compressed once, when the server starts (the site's style sheet and script). */
    private static final Encoder.Parameters ONCE = new Encoder.Parameters().setQuality(11);

    private static final boolean NATIVE = loads();

    private Brotli() {}

    /** Whether this machine compresses, rather than only stores. */
    static boolean compresses() {
        return NATIVE;
    }

    /** {@code data} as a Brotli stream, quickly enough for an answer made per request. */
    static byte[] encode(byte[] data) {
        return encode(data, PER_REQUEST);
    }

    /** {@code data} as a Brotli stream as small as the encoder makes it, for what is compressed once. */
    static byte[] encodeSmallest(byte[] data) {
        return encode(data, ONCE);
    }

    private static byte[] encode(byte[] data, Encoder.Parameters parameters) {
        if (!NATIVE) {
            return stored(data);
        }
        try {
            return Encoder.compress(data, parameters);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean loads() {
        try {
            return Brotli4jLoader.isAvailable();
        } catch (LinkageError e) {
            // No library for this machine, or one that cannot load: stored blocks and gzip still work.
            return false;
        }
    }

    /** {@code data} as uncompressed meta-blocks. */
    static byte[] stored(byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(data.length + 3 * (data.length / LARGEST_BLOCK + 1) + 2);
        // The stream header, WBITS: a single 0 bit for a 64 KiB window. Every meta-block header then starts where
        // the previous one's bytes end, so the header bits of the first are shifted by one.
        int shift = 1;
        for (int start = 0; start < data.length; start += LARGEST_BLOCK) {
            int length = Math.min(LARGEST_BLOCK, data.length - start);
            // ISLAST 0, MNIBBLES 0 (four nibbles), MLEN - 1, ISUNCOMPRESSED 1: 20 bits, padded to a byte boundary.
            long header = ((long) (length - 1) << 3 | 1L << 19) << shift;
            int bits = 20 + shift;
            for (int written = 0; written < bits; written += 8) {
                out.write((int) (header >>> written));
            }
            out.write(data, start, length);
            shift = 0;
        }
        // The last meta-block: ISLAST 1 and ISLASTEMPTY 1, padded to a byte boundary.
        out.write(0b11 << shift);
        return out.toByteArray();
    }
}
