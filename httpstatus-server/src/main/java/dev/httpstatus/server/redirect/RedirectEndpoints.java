package dev.httpstatus.server.redirect;

import dev.httpstatus.server.exchange.Responses;
import dev.httpstatus.server.routing.Endpoint;
import dev.httpstatus.server.status.StatusEndpoint;
import io.netty.handler.codec.http.HttpResponseStatus;

/**
 * Redirects for their real reasons: {@code /redirect/{n}} is a chain of n 302s ending at /status/200
 * (relative Locations, or absolute with {@code ?absolute=true}); {@code /redirect-to?url=&status=} sends
 * any 3xx to a URL of this server or of an allowed host.
 */
public final class RedirectEndpoints {
    private static final String CHAIN = "/redirect/";

    private RedirectEndpoints() {}

    /** {@code /redirect/{n}}. */
    public static Endpoint chain() {
        return exchange -> {
            String rest = exchange.path()
                    .substring(Math.min(CHAIN.length(), exchange.path().length()));
            int max = exchange.config().maxRedirects();
            if (!rest.matches("\\d{1,9}") || Integer.parseInt(rest) < 1 || Integer.parseInt(rest) > max) {
                exchange.send(Responses.problem(
                        exchange,
                        HttpResponseStatus.BAD_REQUEST,
                        "give the length of the chain, 1 to " + max + " (see --max-redirects): /redirect/3"));
                return;
            }
            int left = Integer.parseInt(rest) - 1;
            String target = left == 0 ? "/status/200" : CHAIN + left;
            boolean absolute =
                    exchange.query("absolute").map(Boolean::parseBoolean).orElse(false);
            String location = absolute
                    ? exchange.scheme() + "://" + exchange.host() + exchange.scopePrefix() + target
                    : exchange.scopePrefix()
                            + target
                            + (exchange.rawQuery().isEmpty() ? "" : "?" + exchange.rawQuery());
            StatusEndpoint.redirectExactly(exchange, 302, location);
        };
    }

    /** {@code /redirect-to?url=&status=}. */
    public static Endpoint to() {
        return exchange -> {
            String url = exchange.query("url").orElse("");
            String status = exchange.query("status").orElse("302");
            if (url.isEmpty()
                    || !status.matches("30[0-8]")
                    || status.equals("304")
                    || status.equals("305")
                    || status.equals("306")) {
                exchange.send(Responses.problem(
                        exchange,
                        HttpResponseStatus.BAD_REQUEST,
                        "give a url= to redirect to and, if you like, a status= of 300-303, 307 or 308"));
                return;
            }
            StatusEndpoint.redirectChecked(exchange, Integer.parseInt(status), url);
        };
    }
}
