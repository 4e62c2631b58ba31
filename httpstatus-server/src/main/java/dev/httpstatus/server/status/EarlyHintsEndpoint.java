package dev.httpstatus.server.status;

import dev.httpstatus.server.exchange.Endpoint;
import dev.httpstatus.server.exchange.Exchange;
import dev.httpstatus.server.exchange.Responses;

/**
 * {@code /early-hints}: a page whose server, while it prepares the page, tells the client with a 103 Early
 * Hints which style sheet and script it will need (RFC 8297), then sends the page that uses them.
 */
final class EarlyHintsEndpoint implements Endpoint {
    private static final String PAGE = "<!DOCTYPE html>\n<html lang=\"en\">\n<head><meta charset=\"utf-8\">"
            + "<title>Early hints</title><link rel=\"stylesheet\" href=\"/style.css\"><script src=\"/script.js\" defer>"
            + "</script></head>\n<body><p>The 103 before this page named its style sheet and script.</p></body>\n</html>\n";

    @Override
    public void handle(Exchange exchange) {
        Interim.send(exchange, 103);
        exchange.answer(Responses.of(Responses.status(200), "text/html; charset=utf-8", PAGE));
    }
}
