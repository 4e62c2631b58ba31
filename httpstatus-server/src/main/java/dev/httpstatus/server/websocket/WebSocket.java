package dev.httpstatus.server.websocket;

import dev.httpstatus.server.exchange.Router;

/** A real 101 Switching Protocols: a WebSocket that echoes every message ({@code /websocket/echo}). */
public final class WebSocket {
    private WebSocket() {}

    /** Adds the WebSocket's route to {@code router}. */
    public static void routes(Router router) {
        router.exact("/websocket/echo", new WebSocketEchoEndpoint());
    }
}
