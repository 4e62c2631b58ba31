package dev.httpstatus.server.auth;

import dev.httpstatus.server.exchange.Endpoint;
import dev.httpstatus.server.exchange.Exchange;
import dev.httpstatus.server.exchange.Json;
import dev.httpstatus.server.exchange.Problem;
import io.netty.handler.codec.http.HttpHeaderNames;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;

/**
 * 401 and 403 for their real reasons. {@code /basic-auth/{user}/{password}}: without credentials, or with
 * a wrong password, 401 and a Basic challenge; with another user's valid-looking credentials, 403 (the
 * server knows who you are and refuses); with the right ones, 200. {@code /bearer}: without a bearer token
 * 401; with {@code ?scope=admin} and a token that does not carry it, 403 insufficient_scope; else 200.
 */
final class AuthEndpoints {
    private static final String BASIC = "/basic-auth/";
    private static final String REALM = "Basic realm=\"httpstatus\", charset=\"UTF-8\"";

    private AuthEndpoints() {}

    static Endpoint basic() {
        return exchange -> {
            String[] parts = exchange.request()
                    .path()
                    .substring(
                            Math.min(BASIC.length(), exchange.request().path().length()))
                    .split("/");
            if (parts.length != 2 || parts[0].isEmpty() || parts[1].isEmpty()) {
                throw Problem.badRequest("basicAuth.path");
            }
            Optional<String[]> given = credentials(exchange);
            if (given.isEmpty() || given.get()[0].equals(parts[0]) && !same(given.get()[1], parts[1])) {
                throw Problem.of(401, "basicAuth.challenge", parts[0]).header("WWW-Authenticate", REALM);
            } else if (!given.get()[0].equals(parts[0])) {
                throw Problem.of(403, "basicAuth.otherUser", given.get()[0], parts[0]);
            } else {
                exchange.answer(Json.response(
                        200,
                        Json.MAPPER
                                .createObjectNode()
                                .put("authenticated", true)
                                .put("user", parts[0])));
            }
        };
    }

    static Endpoint bearer() {
        return exchange -> {
            Optional<String> token = exchange.request()
                    .header(HttpHeaderNames.AUTHORIZATION)
                    .filter(h -> h.regionMatches(true, 0, "Bearer ", 0, 7))
                    .map(h -> h.substring(7).strip())
                    .filter(t -> !t.isEmpty());
            if (token.isEmpty()) {
                throw Problem.of(401, "bearer.missing").header("WWW-Authenticate", "Bearer realm=\"httpstatus\"");
            }
            Optional<String> scope = exchange.request().query("scope");
            if (scope.isPresent() && !token.get().contains(scope.get())) {
                throw Problem.of(403, "bearer.scope", scope.get())
                        .header(
                                "WWW-Authenticate",
                                "Bearer realm=\"httpstatus\", error=\"insufficient_scope\", scope=\""
                                        + scope.get().replaceAll("[^A-Za-z0-9_.:-]", "") + "\"");
            }
            exchange.answer(Json.response(
                    200,
                    Json.MAPPER.createObjectNode().put("authenticated", true).put("token", token.get())));
        };
    }

    /** The user and password of a Basic Authorization header, when there is a readable one. */
    private static Optional<String[]> credentials(Exchange exchange) {
        return exchange.request()
                .header(HttpHeaderNames.AUTHORIZATION)
                .filter(h -> h.regionMatches(true, 0, "Basic ", 0, 6))
                .flatMap(h -> {
                    try {
                        String decoded = new String(
                                Base64.getDecoder().decode(h.substring(6).strip()), StandardCharsets.UTF_8);
                        int colon = decoded.indexOf(':');
                        return colon < 0
                                ? Optional.empty()
                                : Optional.of(new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)});
                    } catch (IllegalArgumentException e) {
                        return Optional.empty();
                    }
                });
    }

    /** Compares passwords in constant time, as a real server would. */
    private static boolean same(String given, String expected) {
        return MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
    }
}
