package dev.httpstatus.server.exchange;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Keys of the server's bounded tables (sequence positions, rate-limit windows) made from what clients send.
 * A client may send kilobytes where a few characters are meant; a long key is kept as its SHA-256, so ten
 * thousand keys stay a few megabytes whatever arrives.
 */
public final class Keys {
    static final int LONGEST_KEPT = 128;

    private Keys() {}

    /** {@code key} as it is when short, else its SHA-256: a key of a bounded table. */
    public static String bounded(String key) {
        if (key.length() <= LONGEST_KEPT) {
            return key;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
