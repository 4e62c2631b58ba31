package dev.httpstatus.server.exchange;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.cookie.Cookie;
import io.netty.handler.codec.http.cookie.ServerCookieDecoder;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Whose state a request reads and changes, so that one tester's maintenance switch, collection or jobs are not
 * another's. A client names itself with {@code ?key=} or {@code X-HttpStatus-Key}; else with the {@value #COOKIE}
 * cookie, which the shared scope sets on a client that sent neither, so that its next request, on whichever replica
 * a balancer sends it to, finds the same state. A test's own scope (its port, or a {@code /_scope/} prefix) is one
 * tester's already, and sets no cookie.
 */
public final class ClientKey {
    /** The cookie that names a client that gave no key. */
    public static final String COOKIE = "httpstatus-key";

    private static final Pattern MINTED = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private ClientKey() {}

    /** The key of the client behind {@code exchange}, within its scope, setting the cookie when it has none. */
    public static String of(Exchange exchange) {
        Request request = exchange.request();
        return Keys.bounded(request.scope() + "|" + named(request).orElseGet(() -> mint(exchange)));
    }

    /**
     * The key the client named, by option or cookie, if it named one: for state that falls back on something of
     * its own (a rate limiter counts by address) instead of a new cookie.
     */
    public static Optional<String> named(Request request) {
        return request.option("key").or(() -> cookie(request));
    }

    private static Optional<String> cookie(Request request) {
        for (String header : request.headers().getAll(HttpHeaderNames.COOKIE)) {
            for (Cookie cookie : ServerCookieDecoder.LAX.decodeAll(header)) {
                if (cookie.name().equals(COOKIE)
                        && MINTED.matcher(cookie.value()).matches()) {
                    return Optional.of("cookie:" + cookie.value());
                }
            }
        }
        return Optional.empty();
    }

    private static String mint(Exchange exchange) {
        if (!exchange.request().scope().isEmpty()) {
            return "";
        }
        byte[] random = new byte[16];
        RANDOM.nextBytes(random);
        String value = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        String secure = exchange.request().scheme().equals("https") ? "; Secure" : "";
        exchange.setCookie(COOKIE + "=" + value + "; Path=/; Max-Age=86400; HttpOnly; SameSite=Lax" + secure);
        return "cookie:" + value;
    }
}
