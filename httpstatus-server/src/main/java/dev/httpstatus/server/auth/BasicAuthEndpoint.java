package dev.httpstatus.server.auth;

import dev.httpstatus.server.exchange.Endpoint;
import dev.httpstatus.server.exchange.Exchange;
import dev.httpstatus.server.exchange.Problem;
import dev.httpstatus.server.exchange.Request;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * {@code /basic-auth/{user}/{password}}, by any method: the right Basic credentials get 200 and {@code
 * {"authenticated": true, "authorized": true, "user": …}}; none, unreadable or wrong ones get 401 with the
 * peers' challenge, {@code Basic realm="Fake Realm"}, and the same JSON saying false and the user given (RFC 9110
 * §15.5.2: 401 is for credentials that do not authenticate, whoever they name). {@code /hidden-basic-auth/…}
 * answers 404 instead of 401, without a challenge, as a server hiding a resource does.
 */
final class BasicAuthEndpoint implements Endpoint {
    static final String CHALLENGE = "Basic realm=\"Fake Realm\"";

    private final String prefix;
    private final boolean hidden;

    BasicAuthEndpoint(String prefix, boolean hidden) {
        this.prefix = prefix;
        this.hidden = hidden;
    }

    @Override
    public void handle(Exchange exchange) {
        List<String> expected = PathParts.after(exchange.request(), prefix);
        if (expected.size() != 2) {
            throw Problem.of(404, "basicAuth.path", prefix + "alice/secret");
        }
        Optional<Credentials> given = Credentials.of(exchange.request(), HttpHeaderNames.AUTHORIZATION);
        boolean authenticated =
                given.map(c -> c.are(expected.get(0), expected.get(1))).orElse(false);
        if (authenticated) {
            exchange.answer(AuthAnswer.of(200, true, expected.get(0)));
        } else if (hidden) {
            throw Problem.of(404, "basicAuth.hidden");
        } else {
            FullHttpResponse refused =
                    AuthAnswer.of(401, false, given.map(Credentials::user).orElse(""));
            refused.headers().set(HttpHeaderNames.WWW_AUTHENTICATE, CHALLENGE);
            exchange.answer(refused);
        }
    }

    /** The user and password of a Basic Authorization (or Proxy-Authorization) header. */
    record Credentials(String user, String password) {
        /** The credentials of {@code request}, when its {@code header} is a readable Basic one. */
        static Optional<Credentials> of(Request request, CharSequence header) {
            return request.header(header)
                    .filter(h -> h.regionMatches(true, 0, "Basic ", 0, 6))
                    .flatMap(h -> decode(h.substring(6).strip()));
        }

        private static Optional<Credentials> decode(String encoded) {
            String decoded;
            try {
                decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
            int colon = decoded.indexOf(':');
            return colon < 0
                    ? Optional.empty()
                    : Optional.of(new Credentials(decoded.substring(0, colon), decoded.substring(colon + 1)));
        }

        /** Whether these are {@code expectedUser} and {@code expectedPassword}, the password compared in constant time. */
        boolean are(String expectedUser, String expectedPassword) {
            boolean samePassword = MessageDigest.isEqual(
                    password.getBytes(StandardCharsets.UTF_8), expectedPassword.getBytes(StandardCharsets.UTF_8));
            return samePassword && user.equals(expectedUser);
        }
    }
}
