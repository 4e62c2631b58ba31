package dev.httpstatus.server.status;

import dev.httpstatus.server.exchange.Exchange;
import dev.httpstatus.server.exchange.Faults;
import dev.httpstatus.server.exchange.Responses;
import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;

/** Real interim responses: the 1xx is sent on its own, and the final response follows. */
final class Interim {
    private Interim() {}

    /**
     * Sends the interim response {@code code}; 103 carries Link headers a client could preload. Nothing is
     * sent to an HTTP/1.0 client, which does not understand interim responses (RFC 9110 §15.2), unless the
     * request asks for that rule to be broken ({@code fault=interim}).
     */
    static void send(Exchange exchange, int code) {
        if (!Faults.sendsInterim(exchange)) {
            return;
        }
        HttpResponseStatus status = Responses.status(code);
        FullHttpResponse interim = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, status, Unpooled.EMPTY_BUFFER);
        if (code == 103) {
            interim.headers().add("link", "</style.css>; rel=preload; as=style");
            interim.headers().add("link", "</script.js>; rel=preload; as=script");
        }
        exchange.answerInterim(interim);
    }
}
