package dev.httpstatus.server.redirect;

import dev.httpstatus.server.exchange.Exchange;
import dev.httpstatus.server.exchange.Problem;
import dev.httpstatus.server.exchange.Request;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Where {@code /redirect-to} may send a client: a path of this server, or an http(s) URL of this host or of a host
 * allowed with {@code --allow-redirect-host} ({@code *} for any). Anything else would make the server an open
 * redirect, a tool for phishing, and is refused with 403; a target that is not a URL at all is a 400.
 */
final class Targets {
    private Targets() {}

    /**
     * The Location for {@code url}: the URL as it was given, a path under the request's scope.
     *
     * @throws Problem 400 when {@code url} is not a URL, 403 when it points where this server does not redirect
     */
    static String location(Exchange exchange, String url) {
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c < 0x20 || c >= 0x7f) {
                throw Problem.badRequest("redirectTo.characters", url);
            }
        }
        Request request = exchange.request();
        if (url.startsWith("/") && !url.startsWith("//") && !url.startsWith("/\\")) {
            return request.scopePrefix() + url;
        }
        URI uri;
        try {
            // A space is a header's character but not a URL's: clients send ?url=/a+b for "/a b", and get it back.
            String spaced = url.replace(" ", "%20");
            uri = new URI(spaced.startsWith("//") ? request.scheme() + ":" + spaced : spaced);
        } catch (URISyntaxException e) {
            throw Problem.badRequest("redirectTo.notAUrl", url);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw Problem.of(403, "redirectTo.notHttp", url);
        }
        if (uri.getHost() == null) {
            throw Problem.badRequest("redirectTo.notAUrl", url);
        }
        String host = unbracketed(uri.getHost());
        if (!host.equalsIgnoreCase(request.hostName()) && !exchange.config().allowsRedirectTo(host)) {
            throw Problem.of(403, "redirectTo.otherHost", url, host);
        }
        return url;
    }

    private static String unbracketed(String host) {
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }
}
