package dev.httpstatus.server.websocket;

import dev.httpstatus.server.exchange.Endpoint;
import dev.httpstatus.server.exchange.Exchange;
import dev.httpstatus.server.exchange.Options;
import dev.httpstatus.server.exchange.Problem;
import dev.httpstatus.server.exchange.Request;
import dev.httpstatus.server.transport.Protocols;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelPipeline;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.websocketx.WebSocketServerHandshaker;
import io.netty.handler.codec.http.websocketx.WebSocketServerHandshakerFactory;

/**
 * {@code /websocket/echo}: a real 101 Switching Protocols. A WebSocket handshake over HTTP/1.1 upgrades
 * the connection and every message comes back; anything else is told how to ask.
 */
final class WebSocketEchoEndpoint implements Endpoint {
    private static final int MAX_FRAME = 1 << 16;

    @Override
    public void handle(Exchange exchange) {
        Request request = exchange.request();
        Options options = exchange.options();
        if (!options.headers().isEmpty()
                || options.fault().isPresent()
                || options.sleepAfterHeaders().isPresent()) {
            // The handshake's 101 is written by the WebSocket codec, not shaped by the exchange.
            throw Problem.badRequest("websocket.options");
        }
        if (request.isHttp2()) {
            throw Problem.badRequest("websocket.http2");
        }
        if (!request.headers().containsValue(HttpHeaderNames.UPGRADE, HttpHeaderValues.WEBSOCKET, true)) {
            throw Problem.of(426, "websocket.upgrade")
                    .header("Upgrade", "websocket")
                    .header("Connection", "upgrade");
        }
        String location = "ws://" + request.host() + request.path();
        WebSocketServerHandshaker handshaker =
                new WebSocketServerHandshakerFactory(location, null, true, MAX_FRAME).newHandshaker(request.netty());
        Channel channel = exchange.channel();
        if (handshaker == null) {
            WebSocketServerHandshakerFactory.sendUnsupportedVersionResponse(channel)
                    .addListener(ChannelFutureListener.CLOSE);
            exchange.answeredOnChannel(426);
            return;
        }
        if (!request.headers().contains(HttpHeaderNames.SEC_WEBSOCKET_KEY)) {
            throw Problem.badRequest("websocket.noKey");
        }
        ChannelPipeline pipeline = channel.pipeline();
        handshaker.handshake(channel, request.netty()).addListener(done -> {
            if (done.isSuccess()) {
                Protocols.leftHttp1(pipeline);
                pipeline.addLast(new EchoFrames(handshaker));
                exchange.answeredOnChannel(101);
            }
        });
    }
}
