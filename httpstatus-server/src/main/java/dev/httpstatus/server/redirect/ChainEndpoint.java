package dev.httpstatus.server.redirect;

import dev.httpstatus.server.exchange.Endpoint;
import dev.httpstatus.server.exchange.Exchange;
import dev.httpstatus.server.exchange.Problem;
import dev.httpstatus.server.exchange.Request;
import io.netty.handler.codec.http.QueryStringDecoder;
import java.util.Locale;

/**
 * A chain of n 302s: each hop points to the next, {@code /relative-redirect/{n-1}} or {@code
 * /absolute-redirect/{n-1}}, and the last to {@code /get}. Relative Locations are paths; absolute ones are built
 * from the request's scheme and Host, on every hop. The query goes along to every hop, so that {@code ?sleep=1s}
 * slows each of them; {@code absolute} does not, for the path of the next hop already says it.
 */
final class ChainEndpoint implements Endpoint {
    /** How a chain's Locations are written. */
    enum Form {
        RELATIVE,
        ABSOLUTE,
        /** Absolute when {@code ?absolute=true}, relative otherwise: {@code /redirect/{n}}. */
        ASKED
    }

    private static final String ABSOLUTE = "absolute";

    private final String prefix;
    private final Form form;

    ChainEndpoint(String prefix, Form form) {
        this.prefix = prefix;
        this.form = form;
    }

    @Override
    public void handle(Exchange exchange) {
        Request request = exchange.request();
        String rest = request.path()
                .substring(Math.min(prefix.length(), request.path().length()));
        if (rest.isEmpty() || rest.indexOf('/') >= 0) {
            throw Problem.of(404, "redirect.path", prefix + "3");
        }
        int max = exchange.config().maxRedirects();
        if (!rest.matches("\\d{1,9}") || Integer.parseInt(rest) < 1 || Integer.parseInt(rest) > max) {
            throw Problem.badRequest("redirect.length", rest, max);
        }
        int left = Integer.parseInt(rest) - 1;
        boolean absolute = isAbsolute(request);
        String next = left == 0 ? "/get" : (absolute ? "/absolute-redirect/" : "/relative-redirect/") + left;
        String target = request.scopePrefix() + next + carriedQuery(request.rawQuery());
        String location = absolute ? request.scheme() + "://" + request.host() + target : target;
        exchange.answer(RedirectToEndpoint.redirect(302, location));
    }

    private boolean isAbsolute(Request request) {
        return switch (form) {
            case RELATIVE -> false;
            case ABSOLUTE -> true;
            case ASKED ->
                request.query(ABSOLUTE)
                        .map(value -> value.toLowerCase(Locale.ROOT).equals("true"))
                        .orElse(false);
        };
    }

    /** The query as it came, without {@code absolute}: "" or "?" and the parameters. */
    static String carriedQuery(String rawQuery) {
        if (rawQuery.isEmpty()) {
            return "";
        }
        StringBuilder kept = new StringBuilder();
        for (String parameter : rawQuery.split("&")) {
            int equals = parameter.indexOf('=');
            String name = equals < 0 ? parameter : parameter.substring(0, equals);
            if (!parameter.isEmpty()
                    && !QueryStringDecoder.decodeComponent(name).equals(ABSOLUTE)) {
                kept.append(kept.length() == 0 ? '?' : '&').append(parameter);
            }
        }
        return kept.toString();
    }
}
