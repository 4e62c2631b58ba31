package dev.httpstatus.server.transport;

import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpStatusClass;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.util.ReferenceCountUtil;
import java.util.ArrayDeque;
import java.util.Queue;

/**
 * Keeps HTTP/1.1 pipelining correct when answers take different times: a request reaches the handler only
 * after the final response to the one before it has been written. Interim 1xx responses do not count as
 * final. While requests wait, the connection stops reading, so a client cannot queue unbounded work.
 */
final class PipeliningHandler extends ChannelDuplexHandler {
    private static final int MAX_WAITING = 16;

    private final Queue<FullHttpRequest> waiting = new ArrayDeque<>();
    private boolean answering;
    private boolean interim;
    /** The write of the end of the final response, until it is flushed. */
    private ChannelPromise answered;

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object message) {
        if (!(message instanceof FullHttpRequest request)) {
            ctx.fireChannelRead(message);
        } else if (answering) {
            waiting.add(request);
            if (waiting.size() >= MAX_WAITING) {
                ctx.channel().config().setAutoRead(false);
            }
        } else {
            answering = true;
            ctx.fireChannelRead(request);
        }
    }

    @Override
    public void write(ChannelHandlerContext ctx, Object message, ChannelPromise promise) {
        if (message instanceof HttpResponse response) {
            interim = response.status().codeClass() == HttpStatusClass.INFORMATIONAL
                    && response.status().code() != 101;
        }
        boolean last = message instanceof LastHttpContent && !interim;
        ctx.write(message, promise);
        if (last) {
            answered = promise;
        }
    }

    /**
     * The next request waits for the final response's end to be written. Most often the socket takes it
     * within the flush, and the next request is let through at once: a listener on every response cost an
     * allocation and a notification per request.
     */
    @Override
    public void flush(ChannelHandlerContext ctx) {
        ctx.flush();
        ChannelPromise written = answered;
        if (written != null) {
            answered = null;
            if (written.isDone()) {
                next(ctx);
            } else {
                written.addListener(done -> next(ctx));
            }
        }
    }

    private void next(ChannelHandlerContext ctx) {
        answering = false;
        FullHttpRequest request = waiting.poll();
        if (request == null) {
            ctx.channel().config().setAutoRead(true);
            return;
        }
        if (!ctx.channel().isActive()) {
            ReferenceCountUtil.release(request);
            return;
        }
        answering = true;
        ctx.fireChannelRead(request);
        if (waiting.size() < MAX_WAITING / 2) {
            ctx.channel().config().setAutoRead(true);
        }
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        waiting.forEach(ReferenceCountUtil::release);
        waiting.clear();
        ctx.fireChannelInactive();
    }
}
