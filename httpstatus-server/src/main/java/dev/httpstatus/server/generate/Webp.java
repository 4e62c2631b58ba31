package dev.httpstatus.server.generate;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * A lossless WebP (a VP8L bitstream in a RIFF container, as the WebP container and lossless bitstream
 * specifications, RFC 9649, describe it) of a picture of at most 16 colours, written without a codec: the colours go
 * in a colour-indexing transform, two pixels' indices share a byte, and every coded value is a plain 8-bit prefix
 * code, or no bits at all where a channel never changes. Small pictures only, which is what {@code /image/webp}
 * serves.
 */
final class Webp {
    private static final int SIGNATURE = 0x2f;
    private static final int COLOR_INDEXING = 3;
    /** The green code's alphabet: 256 literals, 24 backward-reference lengths, no colour cache. */
    private static final int GREEN_ALPHABET = 256 + 24;

    private static final int LITERALS = 256;
    private static final int DISTANCE_ALPHABET = 40;
    /** The order in which a code-length code gives its lengths (RFC 9649 §3.7.2.1.2). */
    private static final int[] CODE_LENGTH_ORDER = {17, 18, 0, 1, 2, 3, 4, 5, 16, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15};

    private final Bits bits = new Bits();

    private Webp() {}

    /**
     * The WebP of a {@code width} by {@code height} picture whose pixels are the {@code indices} (row by row) into
     * {@code palette} (opaque ARGB, 3 to 16 colours).
     */
    static byte[] lossless(int width, int height, int[] palette, byte[] indices) {
        if (palette.length < 3 || palette.length > 16 || indices.length != width * height) {
            throw new IllegalArgumentException("a picture of 3 to 16 colours, one index a pixel");
        }
        Webp webp = new Webp();
        webp.header(width, height);
        webp.colourIndexing(palette);
        webp.image(packed(width, height, indices), true);
        return riff(webp.bits.bytes());
    }

    private void header(int width, int height) {
        bits.write(SIGNATURE, 8);
        bits.write(width - 1, 14);
        bits.write(height - 1, 14);
        bits.write(0, 1); // no alpha used
        bits.write(0, 3); // version 0
    }

    /** The transform that makes the image's green values indices into {@code palette}, delta-coded. */
    private void colourIndexing(int[] palette) {
        bits.write(1, 1);
        bits.write(COLOR_INDEXING, 2);
        bits.write(palette.length - 1, 8);
        int[] deltas = new int[palette.length];
        for (int i = 0; i < palette.length; i++) {
            deltas[i] = i == 0 ? palette[0] : subtractPerChannel(palette[i], palette[i - 1]);
        }
        image(deltas, false);
        bits.write(0, 1); // no further transform
    }

    /** Two 4-bit indices a byte, the first pixel in the low bits, in the green channel, as 5 to 16 colours need. */
    private static int[] packed(int width, int height, byte[] indices) {
        int packedWidth = (width + 1) / 2;
        int[] packed = new int[packedWidth * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                packed[y * packedWidth + x / 2] |= (indices[y * width + x] & 0xf) << (8 + 4 * (x % 2));
            }
        }
        return packed;
    }

    /** An entropy-coded image: no colour cache, (at the top level) no meta prefix codes, five prefix codes, pixels. */
    private void image(int[] argb, boolean topLevel) {
        bits.write(0, 1);
        if (topLevel) {
            bits.write(0, 1);
        }
        int[] shifts = {8, 16, 0, 24}; // green, red, blue, alpha: the order of the codes and of each pixel's values
        boolean[] constant = new boolean[shifts.length];
        for (int c = 0; c < shifts.length; c++) {
            constant[c] = isConstant(argb, shifts[c]);
            if (constant[c]) {
                singleSymbol(channel(argb[0], shifts[c]));
            } else {
                eightBitCode(c == 0 ? GREEN_ALPHABET : LITERALS);
            }
        }
        singleSymbol(0); // distances: none are used
        for (int pixel : argb) {
            for (int c = 0; c < shifts.length; c++) {
                if (!constant[c]) {
                    bits.writeCode(channel(pixel, shifts[c]), 8);
                }
            }
        }
    }

    /** A simple prefix code of one symbol, which takes no bits to write. */
    private void singleSymbol(int symbol) {
        bits.write(1, 1); // simple
        bits.write(0, 1); // one symbol
        boolean wide = symbol > 1;
        bits.write(wide ? 1 : 0, 1);
        bits.write(symbol, wide ? 8 : 1);
    }

    /**
     * A normal prefix code giving each of the 256 literals 8 bits (and the rest of {@code alphabet} none): its code
     * lengths are themselves coded with a code of two 1-bit symbols, length 0 and length 8.
     */
    private void eightBitCode(int alphabet) {
        bits.write(0, 1); // normal
        int lengths = 12; // through symbol 8's place in CODE_LENGTH_ORDER
        bits.write(lengths - 4, 4);
        for (int i = 0; i < lengths; i++) {
            bits.write(CODE_LENGTH_ORDER[i] == 0 || CODE_LENGTH_ORDER[i] == 8 ? 1 : 0, 3);
        }
        bits.write(0, 1); // a length for every symbol of the alphabet
        for (int symbol = 0; symbol < alphabet; symbol++) {
            bits.write(symbol < LITERALS ? 1 : 0, 1); // canonically, length 0 is coded 0 and length 8 is coded 1
        }
    }

    private static boolean isConstant(int[] argb, int shift) {
        for (int pixel : argb) {
            if (channel(pixel, shift) != channel(argb[0], shift)) {
                return false;
            }
        }
        return true;
    }

    private static int channel(int argb, int shift) {
        return (argb >>> shift) & 0xff;
    }

    private static int subtractPerChannel(int a, int b) {
        int result = 0;
        for (int shift = 0; shift < 32; shift += 8) {
            result |= ((channel(a, shift) - channel(b, shift)) & 0xff) << shift;
        }
        return result;
    }

    /** The RIFF container: RIFF, its size, WEBP, then one VP8L chunk, padded to an even length. */
    private static byte[] riff(byte[] bitstream) {
        int padding = bitstream.length % 2;
        ByteArrayOutputStream out = new ByteArrayOutputStream(20 + bitstream.length + padding);
        out.writeBytes("RIFF".getBytes(StandardCharsets.US_ASCII));
        littleEndian(out, 4 + 8 + bitstream.length + padding);
        out.writeBytes("WEBPVP8L".getBytes(StandardCharsets.US_ASCII));
        littleEndian(out, bitstream.length);
        out.writeBytes(bitstream);
        if (padding == 1) {
            out.write(0);
        }
        return out.toByteArray();
    }

    private static void littleEndian(ByteArrayOutputStream out, int value) {
        for (int shift = 0; shift < 32; shift += 8) {
            out.write(value >>> shift);
        }
    }

    /** Bits written least significant first into bytes, as VP8L reads them. */
    private static final class Bits {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private int pending;
        private int count;

        /** The low {@code width} bits of {@code value}, least significant first. */
        void write(int value, int width) {
            for (int i = 0; i < width; i++) {
                put((value >>> i) & 1);
            }
        }

        /** A prefix code of {@code width} bits, most significant first, as prefix codes are read. */
        void writeCode(int code, int width) {
            for (int i = width - 1; i >= 0; i--) {
                put((code >>> i) & 1);
            }
        }

        private void put(int bit) {
            pending |= bit << count;
            if (++count == 8) {
                out.write(pending);
                pending = 0;
                count = 0;
            }
        }

        byte[] bytes() {
            if (count > 0) {
                out.write(pending);
                pending = 0;
                count = 0;
            }
            return out.toByteArray();
        }
    }
}
