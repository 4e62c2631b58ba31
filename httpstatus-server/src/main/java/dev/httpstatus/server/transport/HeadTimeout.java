package dev.httpstatus.server.transport;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpStatusClass;
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
 *
 * <p>A request moves the deadline, not the timer: one timer per connection wakes at most every
 * {@code min(head, idle)} time-out and sets itself again for the deadline in force, as Netty's
 * IdleStateHandler does. Scheduling and cancelling a timer for every request cost a tenth of a busy server's
 * work.
 */
final class HeadTimeout {
    /** What the connection waits for, and what happens if it does not come in time. */
    private enum Wait {
        /** The next request, after an answer: the connection is closed without a word. */
        IDLE,
        /** The rest of a request head: 408 Request Timeout. */
        HEAD,
        /** Nothing: a request is being answered, which takes the time it takes. */
        NONE
    }

    private final Duration headTimeout;
    private final Duration idleTimeout;
    private final long stepNanos;
    private ScheduledFuture<?> timer;
    private Wait waiting = Wait.NONE;
    private long deadline;
    private int answering;
    private boolean stopped;
    /** The context of {@link #bytes()}: below the codec, and above TLS where there is TLS. */
    private ChannelHandlerContext belowCodec;

    HeadTimeout(Duration headTimeout, Duration idleTimeout) {
        this.headTimeout = headTimeout;
        this.idleTimeout = idleTimeout;
        this.stepNanos = Math.min(headTimeout.toNanos(), idleTimeout.toNanos());
    }

    ChannelHandler bytes() {
        return new ChannelInboundHandlerAdapter() {
            /**
             * Over TLS the handler is added after the handshake, long after the connection became active: the
             * wait starts here, or the first request's head would have no time limit at all.
             */
            @Override
            public void handlerAdded(ChannelHandlerContext ctx) {
                belowCodec = ctx;
                if (ctx.channel().isActive()) {
                    await(ctx, Wait.IDLE, idleTimeout);
                }
            }

            @Override
            public void channelActive(ChannelHandlerContext ctx) {
                await(ctx, Wait.IDLE, idleTimeout);
                ctx.fireChannelActive();
            }

            @Override
            public void channelRead(ChannelHandlerContext ctx, Object message) {
                if (waiting == Wait.IDLE && message instanceof ByteBuf bytes && bytes.isReadable()) {
                    await(ctx, Wait.HEAD, headTimeout);
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
                    answering++;
                    waiting = Wait.NONE;
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
                    await(ctx, Wait.IDLE, idleTimeout);
                }
            }
        };
    }

    /** Stops every timer for good: the connection has become HTTP/2, which keeps its own time. */
    void stop() {
        stopped = true;
        cancel();
    }

    /** Waits {@code after} from now for what {@code what} names. */
    private void await(ChannelHandlerContext ctx, Wait what, Duration after) {
        waiting = what;
        deadline = System.nanoTime() + after.toNanos();
        // A running timer wakes within one step, never after this deadline, since every time-out is a step or more.
        if (timer == null && !stopped) {
            schedule(ctx, stepNanos);
        }
    }

    private void schedule(ChannelHandlerContext ctx, long afterNanos) {
        timer = ctx.executor().schedule(() -> wake(ctx), afterNanos, TimeUnit.NANOSECONDS);
    }

    private void wake(ChannelHandlerContext ctx) {
        timer = null;
        if (stopped || !ctx.channel().isActive()) {
            return;
        }
        long left = deadline - System.nanoTime();
        if (waiting != Wait.NONE && left <= 0) {
            expire(ctx, waiting == Wait.HEAD);
        } else {
            schedule(ctx, waiting == Wait.NONE ? stepNanos : Math.min(stepNanos, left));
        }
    }

    private void cancel() {
        if (timer != null) {
            timer.cancel(false);
            timer = null;
        }
    }

    private void expire(ChannelHandlerContext ctx, boolean head) {
        if (!head) {
            ctx.close();
            return;
        }
        long millis = headTimeout.toMillis();
        FullHttpResponse timeout = BilingualText.answer(
                HttpResponseStatus.REQUEST_TIMEOUT,
                "请求超时",
                "the request head did not arrive within " + millis + " ms",
                "请求标头未在 " + millis + " 毫秒内全部到达");
        timeout.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
        // Written below the codec, which is in the middle of a request and cannot encode an answer now, but
        // above TLS, which must still encrypt it.
        belowCodec.writeAndFlush(encode(timeout)).addListener(ChannelFutureListener.CLOSE);
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
