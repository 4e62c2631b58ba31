package dev.httpstatus.server.auth;

import dev.httpstatus.server.auth.BasicAuthEndpoint.Credentials;
import dev.httpstatus.server.exchange.Endpoint;
import dev.httpstatus.server.exchange.Exchange;
import dev.httpstatus.server.exchange.Problem;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import java.util.List;
import java.util.Optional;

/**
 * {@code /proxy-auth/{user}/{password}}: {@code /basic-auth} as a proxy asks for it (RFC 9110 §11.7), for a client
 * that uses this server as its HTTP proxy (proxy mode: {@code GET http://any.host/proxy-auth/alice/secret}). The
 * right Basic credentials in Proxy-Authorization get 200 and the same JSON as {@code /basic-auth}; none, unreadable
 * or wrong ones get 407 with {@code Proxy-Authenticate: Basic realm="Fake Realm"}. Authorization is not read: it is
 * meant for the origin, and a client that sends the proxy's credentials there has sent them to the wrong party.
 */
final class ProxyAuthEndpoint implements Endpoint {
    static final String PREFIX = "/proxy-auth/";

    @Override
    public void handle(Exchange exchange) {
        List<String> expected = PathParts.after(exchange.request(), PREFIX);
        if (expected.size() != 2) {
            throw Problem.of(404, "proxyAuth.path", PREFIX + "alice/secret");
        }
        Optional<Credentials> given = Credentials.of(exchange.request(), HttpHeaderNames.PROXY_AUTHORIZATION);
        if (given.map(c -> c.are(expected.get(0), expected.get(1))).orElse(false)) {
            exchange.answer(AuthAnswer.of(200, true, expected.get(0)));
        } else {
            FullHttpResponse refused =
                    AuthAnswer.of(407, false, given.map(Credentials::user).orElse(""));
            refused.headers().set(HttpHeaderNames.PROXY_AUTHENTICATE, BasicAuthEndpoint.CHALLENGE);
            exchange.answer(refused);
        }
    }
}
