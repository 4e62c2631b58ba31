package dev.httpstatus.server.exchange;

import java.io.ByteArrayOutputStream;

/**
 * Brotli without a compressor: a stream (RFC 7932) of uncompressed meta-blocks, which every decoder reads and
 * which makes a body a little longer rather than shorter. It is valid {@code Content-Encoding: br}, which is what
 * {@code /brotli} is for: a client's decoding, not its savings.
 */
final class Brotli {
    /** The most a meta-block of four nibbles holds (§9.2: MLEN - 1 in 16 bits). */
    private static final int LARGEST_BLOCK = 1 << 16;

    private Brotli() {}

    /** {@code data} as a Brotli stream. */
    static byte[] encode(byte[] data) {
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
