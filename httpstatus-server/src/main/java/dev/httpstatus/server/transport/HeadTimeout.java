package dev.httpstatus.server.transport;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpStatusClass;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.util.concurrent.ScheduledFuture;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Time limits of an HTTP/1.1 connection between requests. Once a request has started to arrive, its head
 * must be complete within the head time-out, or the client gets 408 Request Timeout and the connection is
 * closed (a client sending a byte a second cannot hold it for ever). A connection on which nothing arrives
 * for the idle time-out after an answer is closed without a word, as keep-alive connections are.
 *
 * <p>Two handlers share the state: {@link #bytes()} sits before the HTTP codec and sees the first byte of a
 * request; {@link #messages()} sits after it and sees the complete head and the end of each answer.
 */
final class HeadTimeout {
    private final Duration headTimeout;
    private final Duration idleTimeout;
    private ScheduledFuture<?> timer;
    private boolean waitingForHead = true;
    private boolean started;
    private int answering;
    private boolean stopped;

    HeadTimeout(Duration headTimeout, Duration idleTimeout) {
        this.headTimeout = headTimeout;
        this.idleTimeout = idleTimeout;
    }

    ChannelHandler bytes() {
        return new ChannelInboundHandlerAdapter() {
            @Override
            public void channelActive(ChannelHandlerContext ctx) {
                schedule(ctx, idleTimeout, false);
                ctx.fireChannelActive();
            }

            @Override
            public void channelRead(ChannelHandlerContext ctx, Object message) {
                if (waitingForHead && !started && message instanceof ByteBuf bytes && bytes.isReadable()) {
                    started = true;
                    schedule(ctx, headTimeout, true);
                }
                ctx.fireChannelRead(message);
            }

            @Override
            public void channelInactive(ChannelHandlerContext ctx) {
                cancel();
                ctx.fireChannelInactive();
            }
        };
    }

    ChannelHandler messages() {
        return new ChannelDuplexHandler() {
            @Override
            public void channelRead(ChannelHandlerContext ctx, Object message) {
                if (message instanceof HttpRequest) {
                    waitingForHead = false;
                    answering++;
                    cancel();
                }
                ctx.fireChannelRead(message);
            }

            @Override
            public void write(ChannelHandlerContext ctx, Object message, ChannelPromise promise) {
                boolean interim = message instanceof HttpResponse response
                        && response.status().codeClass() == HttpStatusClass.INFORMATIONAL;
                ctx.write(message, promise);
                if (message instanceof LastHttpContent && !interim && --answering <= 0) {
                    answering = 0;
                    waitingForHead = true;
                    started = false;
                    schedule(ctx, idleTimeout, false);
                }
            }
        };
    }

    /** Stops every timer for good: the connection has become HTTP/2, which keeps its own time. */
    void stop() {
        stopped = true;
        cancel();
    }

    private void schedule(ChannelHandlerContext ctx, Duration after, boolean head) {
        cancel();
        if (stopped) {
            return;
        }
        timer = ctx.executor().schedule(() -> expire(ctx, head), after.toNanos(), TimeUnit.NANOSECONDS);
    }

    private void cancel() {
        if (timer != null) {
            timer.cancel(false);
            timer = null;
        }
    }

    private void expire(ChannelHandlerContext ctx, boolean head) {
        if (!waitingForHead || !ctx.channel().isActive()) {
            return;
        }
        if (!head) {
            ctx.close();
            return;
        }
        String body = "408 Request Timeout: the request head did not arrive within " + headTimeout.toMillis() + " ms\n";
        FullHttpResponse timeout = new DefaultFullHttpResponse(
                HttpVersion.HTTP_1_1,
                HttpResponseStatus.REQUEST_TIMEOUT,
                Unpooled.copiedBuffer(body, StandardCharsets.UTF_8));
        timeout.headers().set(HttpHeaderNames.CONTENT_TYPE, "text/plain; charset=utf-8");
        timeout.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
        HttpUtil.setContentLength(timeout, timeout.content().readableBytes());
        // Written below the codec, which is in the middle of a request and cannot encode an answer now.
        ctx.pipeline().firstContext().writeAndFlush(encode(timeout)).addListener(ChannelFutureListener.CLOSE);
    }

    private static ByteBuf encode(FullHttpResponse response) {
        StringBuilder head = new StringBuilder("HTTP/1.1 ")
                .append(response.status().code())
                .append(' ')
                .append(response.status().reasonPhrase())
                .append("\r\n");
        response.headers()
                .forEach(h -> head.append(h.getKey())
                        .append(": ")
                        .append(h.getValue())
                        .append("\r\n"));
        head.append("\r\n");
        return Unpooled.wrappedBuffer(Unpooled.copiedBuffer(head, StandardCharsets.US_ASCII), response.content());
    }
}
