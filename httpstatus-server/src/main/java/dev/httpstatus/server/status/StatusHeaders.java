package dev.httpstatus.server.status;

import dev.httpstatus.server.exchange.Exchange;
import dev.httpstatus.server.exchange.Problem;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaders;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/** The headers a status requires or is expected to carry (RFC 9110 §15, RFC 6585). */
final class StatusHeaders {
    private static final String DEFAULT_TARGET = "/status/200";
    private static final String PEERS_CHALLENGE = "Basic realm=\"Fake Realm\"";

    private StatusHeaders() {}

    /**
     * Adds the headers of {@code code} to {@code headers}.
     *
     * @throws Problem 400 when a requested redirect target is not allowed
     */
    static void add(Exchange exchange, int code, Optional<String> location, HttpHeaders headers) {
        switch (code) {
            case 300 -> {
                headers.set(HttpHeaderNames.LOCATION, location(exchange, location));
                headers.set("link", "</status/200>; rel=\"alternate\", </status/204>; rel=\"alternate\"");
            }
            case 301, 302, 303, 307, 308 -> headers.set(HttpHeaderNames.LOCATION, location(exchange, location));
            // Both httpbins challenge with this exact value, and tests written for them compare it whole.
            case 401 -> headers.set(HttpHeaderNames.WWW_AUTHENTICATE, PEERS_CHALLENGE);
            case 407 -> headers.set(HttpHeaderNames.PROXY_AUTHENTICATE, PEERS_CHALLENGE);
            case 405 -> headers.set(HttpHeaderNames.ALLOW, "GET, HEAD, OPTIONS");
            case 416 -> headers.set(HttpHeaderNames.CONTENT_RANGE, "bytes */0");
            case 426 -> {
                // h2c by Upgrade is deprecated (RFC 9113 §3.1); a WebSocket is what a client of this server can switch
                // to.
                headers.set(HttpHeaderNames.UPGRADE, "websocket");
                headers.set(HttpHeaderNames.CONNECTION, "Upgrade");
            }
            case 429, 503 ->
                headers.set(
                        HttpHeaderNames.RETRY_AFTER,
                        Long.toString(Math.max(0, exchange.config().retryAfter().toSeconds())));
            case 451 ->
                headers.set(
                        "link",
                        "<" + exchange.request().scheme() + "://"
                                + exchange.request().host() + "/>; rel=\"blocked-by\"");
            default -> {}
        }
    }

    /**
     * Where a redirect points: {@code location} when given (a path on this server, or an absolute URL of
     * this host or an allowed one), else {@value #DEFAULT_TARGET} on this server; always absolute, built
     * from the request's own scheme and Host.
     */
    static String location(Exchange exchange, Optional<String> location) {
        String self = exchange.request().scheme() + "://" + exchange.request().host();
        String target = location.orElse(DEFAULT_TARGET);
        if (target.startsWith("/") && !target.startsWith("//")) {
            return self + exchange.request().scopePrefix() + target;
        }
        URI uri;
        try {
            uri = new URI(target.startsWith("//") ? exchange.request().scheme() + ":" + target : target);
        } catch (URISyntaxException e) {
            throw Problem.badRequest("location.notAUrl", target);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
            throw Problem.badRequest("location.scheme", target);
        }
        // An IPv6 literal comes bracketed from URI, and without its brackets from hostName().
        String host = uri.getHost().replaceAll("^\\[|\\]$", "");
        if (!host.equalsIgnoreCase(exchange.request().hostName())
                && !exchange.config().allowsRedirectTo(host)) {
            throw Problem.badRequest("location.otherHost", target, host);
        }
        return uri.toString();
    }
}
