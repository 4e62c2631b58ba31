package dev.httpstatus.server.websocket;

import dev.httpstatus.server.exchange.Exchange;
import dev.httpstatus.server.exchange.Responses;
import dev.httpstatus.server.routing.Endpoint;
import dev.httpstatus.server.transport.Protocols;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelPipeline;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.websocketx.WebSocketServerHandshaker;
import io.netty.handler.codec.http.websocketx.WebSocketServerHandshakerFactory;

/**
 * {@code /websocket/echo}: a real 101 Switching Protocols. A WebSocket handshake over HTTP/1.1 upgrades
 * the connection and every message comes back; anything else is told how to ask.
 */
public final class WebSocketEchoEndpoint implements Endpoint {
    private static final int MAX_FRAME = 1 << 16;

    @Override
    public void handle(Exchange exchange) {
        if (Protocols.isHttp2(exchange.ctx().channel())) {
            exchange.send(Responses.problem(
                    exchange,
                    HttpResponseStatus.BAD_REQUEST,
                    "WebSockets are served over HTTP/1.1 here: connect without HTTP/2"));
            return;
        }
        if (!exchange.request().headers().containsValue(HttpHeaderNames.UPGRADE, HttpHeaderValues.WEBSOCKET, true)) {
            FullHttpResponse response = Responses.problem(
                    exchange,
                    HttpResponseStatus.UPGRADE_REQUIRED,
                    "open a WebSocket here (Upgrade: websocket) to see a real 101 Switching Protocols");
            response.headers().set(HttpHeaderNames.UPGRADE, HttpHeaderValues.WEBSOCKET);
            response.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.UPGRADE);
            exchange.send(response);
            return;
        }
        String location = "ws://" + exchange.host() + exchange.path();
        WebSocketServerHandshaker handshaker =
                new WebSocketServerHandshakerFactory(location, null, true, MAX_FRAME).newHandshaker(exchange.request());
        if (handshaker == null) {
            WebSocketServerHandshakerFactory.sendUnsupportedVersionResponse(
                            exchange.ctx().channel())
                    .addListener(ChannelFutureListener.CLOSE);
            exchange.finish(426, 0);
            return;
        }
        ChannelPipeline pipeline = exchange.ctx().pipeline();
        handshaker.handshake(exchange.ctx().channel(), exchange.request()).addListener(done -> {
            if (done.isSuccess()) {
                Protocols.leftHttp1(pipeline);
                pipeline.addLast(new EchoFrames(handshaker));
                exchange.finish(101, 0);
            }
        });
    }
}
