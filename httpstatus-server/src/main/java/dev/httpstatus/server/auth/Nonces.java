package dev.httpstatus.server.auth;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The server's Digest nonces, which it recognises without remembering them: random bytes followed by their HMAC
 * under the state store's secret ({@code StateStore.secret()}), made at start-up, or shared by every replica of a
 * Redis, so that a nonce one replica issued is recognised by the next. A nonce the client made up, or one of an
 * earlier run, is not recognised, and the client is told it is stale. The opaque value is the key's own, the same
 * for every challenge.
 */
final class Nonces {
    private static final int RANDOM = 16;
    private static final int SIGNATURE = 16;
    private static final SecureRandom SOURCE = new SecureRandom();
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    private final byte[] key;
    private final String opaque;

    /** Nonces signed with {@code key}. */
    Nonces(byte[] key) {
        this.key = key.clone();
        this.opaque = HexFormat.of().formatHex(sign("opaque".getBytes(StandardCharsets.US_ASCII)));
    }

    /** The opaque value every challenge carries and every answer to one must return unchanged (RFC 7616 §3.3). */
    String opaque() {
        return opaque;
    }

    /** A new nonce. */
    String issue() {
        byte[] nonce = new byte[RANDOM + SIGNATURE];
        SOURCE.nextBytes(nonce);
        System.arraycopy(sign(Arrays.copyOf(nonce, RANDOM)), 0, nonce, RANDOM, SIGNATURE);
        return ENCODER.encodeToString(nonce);
    }

    /** Whether this server issued {@code nonce}. */
    boolean isIssued(String nonce) {
        byte[] bytes;
        try {
            bytes = Base64.getUrlDecoder().decode(nonce);
        } catch (IllegalArgumentException e) {
            return false;
        }
        return bytes.length == RANDOM + SIGNATURE
                && MessageDigest.isEqual(
                        sign(Arrays.copyOf(bytes, RANDOM)), Arrays.copyOfRange(bytes, RANDOM, RANDOM + SIGNATURE));
    }

    private byte[] sign(byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return Arrays.copyOf(mac.doFinal(data), SIGNATURE);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has HmacSHA256", e);
        }
    }
}
