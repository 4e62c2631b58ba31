package dev.httpstatus.server.auth;

import dev.httpstatus.server.exchange.Problem;
import java.util.List;
import java.util.Locale;

/**
 * What {@code /digest-auth/{qop}/{user}/{password}[/{algorithm}[/{stale_after}]]} asks for, and the challenge that
 * asks a client for it.
 *
 * @param qop the protection: auth, or auth-int, which covers the content too
 * @param user the user to expect
 * @param password the password to expect
 * @param algorithm the hash algorithm, MD5 unless the path names another
 * @param staleAfter how many requests a nonce serves, as counted by the client's nc; no limit for never
 */
record DigestPath(String qop, String user, String password, DigestAlgorithm algorithm, long staleAfter) {
    /** The realm of every challenge. */
    static final String REALM = "httpstatus";

    /**
     * The parts of the path after {@code /digest-auth/}.
     *
     * @throws Problem 404 for another number of parts, 400 for a protection, algorithm or count it cannot be
     */
    static DigestPath of(List<String> parts) {
        if (parts.size() < 3 || parts.size() > 5) {
            throw Problem.of(404, "digest.path");
        }
        String qop = parts.get(0).toLowerCase(Locale.ROOT);
        if (!qop.equals("auth") && !qop.equals("auth-int")) {
            throw Problem.badRequest("digest.qop", parts.get(0));
        }
        DigestAlgorithm algorithm = parts.size() < 4
                ? DigestAlgorithm.MD5
                : DigestAlgorithm.named(parts.get(3))
                        .orElseThrow(() -> Problem.badRequest("digest.algorithm", parts.get(3)));
        return new DigestPath(qop, parts.get(1), parts.get(2), algorithm, staleAfter(parts));
    }

    private static long staleAfter(List<String> parts) {
        if (parts.size() < 5 || parts.get(4).equals("never")) {
            return Long.MAX_VALUE;
        }
        if (!parts.get(4).matches("\\d{1,9}")) {
            throw Problem.badRequest("digest.staleAfter", parts.get(4));
        }
        return Long.parseLong(parts.get(4));
    }

    /** The WWW-Authenticate value that asks for these credentials with a new nonce, saying whether it is a retry. */
    String challenge(Nonces nonces, boolean stale) {
        return "Digest realm=\"" + REALM + "\", qop=\"" + qop + "\", algorithm=" + algorithm.token() + ", nonce=\""
                + nonces.issue() + "\", opaque=\"" + nonces.opaque() + "\"" + (stale ? ", stale=true" : "");
    }

    /** {@code refusal}, a 401 saying why the credentials did not do, with a new challenge. */
    Problem challenge(Nonces nonces, boolean stale, Problem refusal) {
        return refusal.header("WWW-Authenticate", challenge(nonces, stale));
    }
}
