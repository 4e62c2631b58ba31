package dev.httpstatus.server.auth;

import dev.httpstatus.server.exchange.Endpoint;
import dev.httpstatus.server.exchange.Exchange;
import dev.httpstatus.server.exchange.Json;
import dev.httpstatus.server.exchange.Problem;
import io.netty.handler.codec.http.HttpHeaderNames;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@code /bearer}, by any method: {@code Authorization: Bearer <token>} gets 200 and {@code {"authenticated": true,
 * "token": …}}. A missing header, another scheme, no token, more than one, or a token outside RFC 6750's syntax
 * gets 401 with {@code WWW-Authenticate: Bearer}, as the peers answer. With {@code ?scope=admin}, a token that does
 * not carry the scope gets 403 insufficient_scope (RFC 6750 §3.1): the server knows who asks and refuses.
 */
final class BearerEndpoint implements Endpoint {
    /** RFC 6750 §2.1: b64token. */
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9._~+/-]+=*");

    private static final Pattern WHITESPACE = Pattern.compile("[ \t]+");

    @Override
    public void handle(Exchange exchange) {
        String token = token(exchange.request().header(HttpHeaderNames.AUTHORIZATION));
        Optional<String> scope = exchange.request().query("scope");
        if (scope.isPresent() && !token.contains(scope.get())) {
            throw Problem.of(403, "bearer.scope", scope.get())
                    .header(
                            "WWW-Authenticate",
                            "Bearer error=\"insufficient_scope\", scope=\""
                                    + scope.get().replaceAll("[^A-Za-z0-9_.:-]", "") + "\"");
        }
        exchange.answer(Json.response(
                200, Json.MAPPER.createObjectNode().put("authenticated", true).put("token", token)));
    }

    /** The token of {@code header}; the scheme's name is read in any case (RFC 9110 §11.1). */
    private static String token(Optional<String> header) {
        if (header.isEmpty()) {
            throw Problem.of(401, "bearer.missing").header("WWW-Authenticate", "Bearer");
        }
        String[] fields = WHITESPACE.split(header.get().strip());
        if (fields.length != 2
                || !fields[0].equalsIgnoreCase("Bearer")
                || !TOKEN.matcher(fields[1]).matches()) {
            throw Problem.of(401, "bearer.malformed").header("WWW-Authenticate", "Bearer");
        }
        return fields[1];
    }
}
