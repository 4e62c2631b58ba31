package dev.httpstatus.server.redirect;

import dev.httpstatus.server.exchange.Endpoint;
import dev.httpstatus.server.exchange.Exchange;
import dev.httpstatus.server.exchange.Problem;
import dev.httpstatus.server.exchange.Request;
import dev.httpstatus.server.exchange.Responses;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;

/**
 * {@code /redirect-to?url=&status_code=}: any 3xx (302 unless asked), by any method, with the Location exactly as
 * given, to a path of this server or a URL of an allowed host ({@link Targets}). {@code status=} is an alias of
 * {@code status_code=}.
 */
final class RedirectToEndpoint implements Endpoint {
    @Override
    public void handle(Exchange exchange) {
        Request request = exchange.request();
        String url = request.query("url").orElse("");
        if (url.isEmpty()) {
            throw Problem.badRequest("redirectTo.url");
        }
        int code = request.query("status_code")
                .or(() -> request.query("status"))
                .filter(given -> !given.isEmpty())
                .map(RedirectToEndpoint::code)
                .orElse(302);
        exchange.answer(redirect(code, Targets.location(exchange, url)));
    }

    private static int code(String text) {
        String code = text.strip();
        if (!code.matches("\\d{3}") || code.charAt(0) != '3') {
            throw Problem.badRequest("redirectTo.code", text);
        }
        return Integer.parseInt(code);
    }

    /** A redirect without content, as the peers send: the status and the Location. */
    static FullHttpResponse redirect(int code, String location) {
        FullHttpResponse response = Responses.empty(Responses.status(code));
        response.headers().set(HttpHeaderNames.LOCATION, location);
        return response;
    }
}
