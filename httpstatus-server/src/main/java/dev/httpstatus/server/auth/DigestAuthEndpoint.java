package dev.httpstatus.server.auth;

import dev.httpstatus.server.exchange.Endpoint;
import dev.httpstatus.server.exchange.Exchange;
import dev.httpstatus.server.exchange.Problem;
import dev.httpstatus.server.exchange.Request;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * {@code /digest-auth/{qop}/{user}/{password}[/{algorithm}[/{stale_after}]]}, by any method: Digest authentication
 * (RFC 7616) with the protection and algorithm the path names ({@link DigestPath}). Without Digest credentials, or
 * with wrong ones, 401 and a challenge; with the right ones, 200 and {@code {"authenticated": true, "authorized":
 * true, "user": …}} with an Authentication-Info header the client may check. The server checks what the client
 * returns against the challenge: the realm, the opaque value, the algorithm, the protection, the uri (the request
 * target), and the nonce, which must be one it issued ({@link Nonces}) and, with a {@code stale_after} of n, used for
 * at most n requests (the nonce count); else 401 with {@code stale=true}, which a client answers with the new nonce
 * without asking its user again. Credentials that are not Digest parameters, or lack one, or name another uri, are
 * a 400.
 */
final class DigestAuthEndpoint implements Endpoint {
    private static final String PREFIX = "/digest-auth/";
    private static final Pattern NONCE_COUNT = Pattern.compile("[0-9a-fA-F]{8}");
    private static final List<String> REQUIRED =
            List.of("username", "realm", "nonce", "uri", "response", "qop", "nc", "cnonce", "opaque");

    private final Nonces nonces;

    DigestAuthEndpoint(Nonces nonces) {
        this.nonces = nonces;
    }

    @Override
    public void handle(Exchange exchange) {
        Request request = exchange.request();
        DigestPath asked = DigestPath.of(PathParts.after(request, PREFIX));
        Map<String, String> given = parameters(request, asked);
        checkAnswersTheChallenge(request, asked, given);
        DigestResponse digest = new DigestResponse(asked, given);
        boolean right = MessageDigest.isEqual(
                digest.expected(request.method().name(), request.content()).getBytes(StandardCharsets.US_ASCII),
                given.get("response").toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
        if (!right || !given.get("username").equals(asked.user())) {
            throw asked.challenge(nonces, false, Problem.of(401, "digest.wrong", asked.user()));
        }
        // Stale only once the response is right (RFC 7616 §3.3): the client then retries without its user.
        if (!nonces.isIssued(given.get("nonce"))) {
            throw asked.challenge(nonces, true, Problem.of(401, "digest.staleNonce"));
        }
        if (Long.parseLong(given.get("nc"), 16) > asked.staleAfter()) {
            throw asked.challenge(nonces, true, Problem.of(401, "digest.staleCount", asked.staleAfter()));
        }
        exchange.answer(authenticated(asked, digest));
    }

    /** The Digest parameters of the request, each one a response needs present. */
    private Map<String, String> parameters(Request request, DigestPath asked) {
        String header = request.header(HttpHeaderNames.AUTHORIZATION).orElse("");
        if (!header.regionMatches(true, 0, "Digest ", 0, 7)) {
            throw asked.challenge(nonces, false, Problem.of(401, "digest.challenge", asked.user()));
        }
        // Netty reads header bytes as ISO-8859-1; a client writes a user name and a uri in UTF-8.
        String params = new String(header.substring(7).getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
        Map<String, String> given = AuthParams.parse(params).orElseThrow(() -> Problem.badRequest("digest.malformed"));
        for (String name : REQUIRED) {
            if (!given.containsKey(name)) {
                throw Problem.badRequest("digest.missing", name);
            }
        }
        return given;
    }

    /**
     * @throws Problem 400 for a uri other than the request target (RFC 7616 §3.4.6) or a malformed nonce count; 401
     *     when the realm, opaque value, algorithm or protection is not the challenge's
     */
    private void checkAnswersTheChallenge(Request request, DigestPath asked, Map<String, String> given) {
        // Through a proxy a client may name the target as it sent it, in absolute form.
        String uri = given.get("uri");
        if (!uri.equals(request.target()) && !uri.equals(request.sentTarget())) {
            throw Problem.badRequest("digest.uri", given.get("uri"), request.target());
        }
        if (!NONCE_COUNT.matcher(given.get("nc")).matches()) {
            throw Problem.badRequest("digest.nonceCount", given.get("nc"));
        }
        expect(asked, "realm", given.get("realm"), DigestPath.REALM);
        expect(asked, "opaque", given.get("opaque"), nonces.opaque());
        expect(
                asked,
                "algorithm",
                given.getOrDefault("algorithm", "MD5"),
                asked.algorithm().token());
        expect(asked, "qop", given.get("qop"), asked.qop());
    }

    private void expect(DigestPath asked, String name, String given, String expected) {
        if (!given.equalsIgnoreCase(expected)) {
            throw asked.challenge(nonces, false, Problem.of(401, "digest.mismatch", name, given, expected));
        }
    }

    private static FullHttpResponse authenticated(DigestPath asked, DigestResponse digest) {
        FullHttpResponse response = AuthAnswer.of(200, true, asked.user());
        response.headers().set("Authentication-Info", digest.authenticationInfo(response.content()));
        return response;
    }
}
