package dev.httpstatus.logs;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * One String for each distinct text read from lines' bytes: an error code's paths, clients, methods and referrers
 * repeat from line to line, and a tally counts them by String. Looking the bytes up here costs a hash and a
 * comparison; making a new String for each line cost its copy, its decoding, its hash and a comparison in every
 * counter, for a String thrown away at once. The Strings given back are the ones the counters keep, so this holds
 * little beyond a table of references. Not thread-safe: each reading thread has its own.
 */
final class Interner {
    private String[] strings = new String[1024];
    private int[] hashes = new int[1024];
    private int size;

    /** The text of {@code bytes[from, to)} as UTF-8 (invalid bytes as U+FFFD), the same String each time. */
    String text(byte[] bytes, int from, int to) {
        if (from == to) {
            return "";
        }
        int hash = 1;
        for (int i = from; i < to; i++) {
            hash = 31 * hash + bytes[i];
        }
        int mask = strings.length - 1;
        int slot = mix(hash) & mask;
        while (true) {
            String known = strings[slot];
            if (known == null) {
                break;
            }
            if (hashes[slot] == hash && sameText(known, bytes, from, to)) {
                return known;
            }
            slot = (slot + 1) & mask;
        }
        String text = new String(bytes, from, to - from, StandardCharsets.UTF_8);
        strings[slot] = text;
        hashes[slot] = hash;
        if (++size * 2 > strings.length) {
            grow();
        }
        return text;
    }

    /** How many distinct texts are held. */
    int size() {
        return size;
    }

    /**
     * Whether {@code known} is the text of the bytes. ASCII bytes are compared with its characters one by one; a
     * text with any other byte is decoded and compared, which is rare in the fields kept and always right.
     */
    private static boolean sameText(String known, byte[] bytes, int from, int to) {
        int length = to - from;
        if (known.length() < length) {
            // Decoded UTF-8 is never longer in chars than in bytes, and only non-ASCII makes it shorter.
            boolean ascii = true;
            for (int i = from; i < to && ascii; i++) {
                ascii = bytes[i] >= 0;
            }
            return !ascii && known.equals(new String(bytes, from, length, StandardCharsets.UTF_8));
        }
        if (known.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            byte b = bytes[from + i];
            if (b < 0) {
                return known.equals(new String(bytes, from, length, StandardCharsets.UTF_8));
            }
            if (known.charAt(i) != b) {
                return false;
            }
        }
        return true;
    }

    private static int mix(int hash) {
        return hash ^ (hash >>> 16);
    }

    private void grow() {
        String[] oldStrings = strings;
        int[] oldHashes = hashes;
        strings = new String[oldStrings.length * 2];
        hashes = new int[oldStrings.length * 2];
        int mask = strings.length - 1;
        for (int i = 0; i < oldStrings.length; i++) {
            if (oldStrings[i] != null) {
                int slot = mix(oldHashes[i]) & mask;
                while (strings[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                strings[slot] = oldStrings[i];
                hashes[slot] = oldHashes[i];
            }
        }
        Arrays.fill(oldStrings, null);
    }
}
