package dev.httpstatus.server.auth;

import dev.httpstatus.server.exchange.Json;
import io.netty.handler.codec.http.FullHttpResponse;

/** The peers' answer to credentials, Basic or Digest: {@code {"authenticated": …, "authorized": …, "user": …}}. */
final class AuthAnswer {
    private AuthAnswer() {}

    /**
     * The answer with {@code status}; {@code authorized} is go-httpbin's older name of {@code authenticated}, kept as
     * go-httpbin keeps it.
     */
    static FullHttpResponse of(int status, boolean authenticated, String user) {
        return Json.response(
                status,
                Json.MAPPER
                        .createObjectNode()
                        .put("authenticated", authenticated)
                        .put("authorized", authenticated)
                        .put("user", user));
    }
}
