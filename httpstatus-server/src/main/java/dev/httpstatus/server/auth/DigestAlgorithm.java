package dev.httpstatus.server.auth;

import io.netty.buffer.ByteBuf;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The hash algorithms of Digest authentication: those of RFC 7616 §6.1 (MD5, SHA-256, SHA-512-256, each also as a
 * {@code -sess} variant, whose A1 takes in the nonces), and SHA-512, which httpbin offers and Python's requests
 * speaks.
 */
enum DigestAlgorithm {
    MD5("MD5", "MD5", false),
    MD5_SESS("MD5-sess", "MD5", true),
    SHA_256("SHA-256", "SHA-256", false),
    SHA_256_SESS("SHA-256-sess", "SHA-256", true),
    SHA_512_256("SHA-512-256", "SHA-512/256", false),
    SHA_512_256_SESS("SHA-512-256-sess", "SHA-512/256", true),
    SHA_512("SHA-512", "SHA-512", false);

    private static final HexFormat HEX = HexFormat.of();

    private final String token;
    private final String javaName;
    private final boolean session;

    DigestAlgorithm(String token, String javaName, boolean session) {
        this.token = token;
        this.javaName = javaName;
        this.session = session;
    }

    /** The algorithm named {@code name}, in any case. */
    static Optional<DigestAlgorithm> named(String name) {
        for (DigestAlgorithm algorithm : values()) {
            if (algorithm.token.equalsIgnoreCase(name)) {
                return Optional.of(algorithm);
            }
        }
        return Optional.empty();
    }

    /** Its name in a challenge, such as {@code SHA-256-sess}. */
    String token() {
        return token;
    }

    /** Whether A1 takes in the nonce and the client's nonce (RFC 7616 §3.4.2). */
    boolean isSession() {
        return session;
    }

    /** H(data): the hash of the UTF-8 bytes of {@code data}, in lower-case hex. */
    String hash(String data) {
        return HEX.formatHex(digest().digest(data.getBytes(StandardCharsets.UTF_8)));
    }

    /** H(content): the hash of the readable bytes of {@code content}, which are left as they are. */
    String hash(ByteBuf content) {
        MessageDigest digest = digest();
        digest.update(content.nioBuffer());
        return HEX.formatHex(digest.digest());
    }

    private MessageDigest digest() {
        try {
            return MessageDigest.getInstance(javaName);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has " + javaName, e);
        }
    }
}
