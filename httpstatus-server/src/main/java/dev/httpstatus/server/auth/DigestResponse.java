package dev.httpstatus.server.auth;

import io.netty.buffer.ByteBuf;
import java.util.Map;

/**
 * The response a client with the right password computes (RFC 7616 §3.4.1), and the server's own to it (§3.5).
 *
 * @param asked what the path asks for
 * @param given the parameters the client sent
 */
record DigestResponse(DigestPath asked, Map<String, String> given) {
    /** The response to a request of {@code method} with {@code content}, in lower-case hex. */
    String expected(String method, ByteBuf content) {
        return keyed(a2(method, content));
    }

    /**
     * The Authentication-Info of the answer whose content is {@code body}, its readable bytes left as they are:
     * rspauth proves the server knows the password too.
     */
    String authenticationInfo(ByteBuf body) {
        return "rspauth=\"" + keyed(a2("", body)) + "\", qop=" + asked.qop() + ", nc=" + given.get("nc") + ", cnonce=\""
                + given.get("cnonce").replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** A1: the user, realm and password; for a -sess algorithm, hashed with both nonces (RFC 7616 §3.4.2). */
    private String a1() {
        DigestAlgorithm algorithm = asked.algorithm();
        String a1 = given.get("username") + ":" + DigestPath.REALM + ":" + asked.password();
        return algorithm.isSession() ? algorithm.hash(a1) + ":" + given.get("nonce") + ":" + given.get("cnonce") : a1;
    }

    /** A2: the method (none in rspauth) and uri, and with auth-int the hash of the content (RFC 7616 §3.4.3). */
    private String a2(String method, ByteBuf entity) {
        String a2 = method + ":" + given.get("uri");
        return asked.qop().equals("auth-int") ? a2 + ":" + asked.algorithm().hash(entity) : a2;
    }

    private String keyed(String a2) {
        DigestAlgorithm algorithm = asked.algorithm();
        return algorithm.hash(algorithm.hash(a1()) + ":" + given.get("nonce") + ":" + given.get("nc") + ":"
                + given.get("cnonce") + ":" + asked.qop() + ":" + algorithm.hash(a2));
    }
}
