package dev.httpstatus.server.status;

import dev.httpstatus.server.exchange.Endpoint;
import dev.httpstatus.server.exchange.Problem;

/**
 * Redirects for their real reasons: {@code /redirect/{n}} is a chain of n 302s ending at /status/200
 * (relative Locations, or absolute with {@code ?absolute=true}); {@code /redirect-to?url=&status=} sends
 * any 3xx to a URL of this server or of an allowed host.
 */
final class RedirectEndpoints {
    private static final String CHAIN = "/redirect/";

    private RedirectEndpoints() {}

    /** {@code /redirect/{n}}. */
    static Endpoint chain() {
        return exchange -> {
            String rest = exchange.request()
                    .path()
                    .substring(
                            Math.min(CHAIN.length(), exchange.request().path().length()));
            int max = exchange.config().maxRedirects();
            if (!rest.matches("\\d{1,9}") || Integer.parseInt(rest) < 1 || Integer.parseInt(rest) > max) {
                throw Problem.badRequest("redirect.length", max);
            }
            int left = Integer.parseInt(rest) - 1;
            String target = left == 0 ? "/status/200" : CHAIN + left;
            boolean absolute = exchange.request()
                    .query("absolute")
                    .map(Boolean::parseBoolean)
                    .orElse(false);
            String location = absolute
                    ? exchange.request().scheme() + "://" + exchange.request().host()
                            + exchange.request().scopePrefix() + target
                    : exchange.request().scopePrefix()
                            + target
                            + (exchange.request().rawQuery().isEmpty()
                                    ? ""
                                    : "?" + exchange.request().rawQuery());
            StatusEndpoint.redirectExactly(exchange, 302, location);
        };
    }

    /** {@code /redirect-to?url=&status=}. */
    static Endpoint to() {
        return exchange -> {
            String url = exchange.request().query("url").orElse("");
            String status = exchange.request().query("status").orElse("302");
            if (url.isEmpty()
                    || !status.matches("30[0-8]")
                    || status.equals("304")
                    || status.equals("305")
                    || status.equals("306")) {
                throw Problem.badRequest("redirect.to");
            }
            StatusEndpoint.redirectChecked(exchange, Integer.parseInt(status), url);
        };
    }
}
