package dev.httpstatus.server.exchange;

import dev.httpstatus.server.transport.Protocols;
import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelOption;
import io.netty.handler.codec.http.DefaultHttpContent;
import io.netty.handler.codec.http.DefaultHttpResponse;
import io.netty.handler.codec.http.DefaultLastHttpContent;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpResponse;
import java.time.Duration;

/**
 * Answers that go wrong on purpose, and answers written in parts: the ways a test can see a client cope
 * with resets, silence, truncation and slow bodies. In HTTP/2 the stream is reset instead of the
 * connection, which other streams share.
 */
public final class Faults {
    private Faults() {}

    /** Resets the connection (TCP RST) or the HTTP/2 stream, without a response. */
    public static void reset(Exchange exchange, FullHttpResponse unused) {
        unused.release();
        exchange.finish(0, 0);
        if (!Protocols.isHttp2(exchange.ctx().channel())) {
            exchange.ctx().channel().config().setOption(ChannelOption.SO_LINGER, 0);
        }
        exchange.ctx().channel().close();
    }

    /** Closes the connection (or stream) without a response. */
    public static void empty(Exchange exchange, FullHttpResponse unused) {
        unused.release();
        exchange.finish(0, 0);
        exchange.ctx().channel().close();
    }

    /** Sends the head and the first half of the content, then closes. */
    public static void abort(Exchange exchange, FullHttpResponse response) {
        ByteBuf content = sendHead(exchange, response);
        int half = content.readableBytes() / 2;
        exchange.ctx()
                .writeAndFlush(new DefaultHttpContent(content.readRetainedSlice(half)))
                .addListener(ChannelFutureListener.CLOSE);
        exchange.finish(response.status().code(), half);
        response.release();
    }

    /** Sends the head, waits {@code pause}, then sends the content. */
    public static void pauseAfterHead(Exchange exchange, FullHttpResponse response, Duration pause) {
        ByteBuf content = sendHead(exchange, response);
        exchange.later(pause, () -> {
            int bytes = content.readableBytes();
            exchange.ctx().writeAndFlush(new DefaultLastHttpContent(content.retain()));
            exchange.finish(response.status().code(), bytes);
            response.release();
        });
    }

    /** Sends the head, then the content one byte every {@code interval}. */
    public static void dribble(Exchange exchange, FullHttpResponse response, Duration interval) {
        inParts(exchange, response, response.content().readableBytes(), interval);
    }

    /**
     * Sends the head, then the content in {@code parts} nearly equal parts, one every {@code interval}, the
     * first after one interval. Each part is a timer on the connection's event loop; no thread waits.
     */
    public static void inParts(Exchange exchange, FullHttpResponse response, int parts, Duration interval) {
        ByteBuf content = sendHead(exchange, response);
        int total = content.readableBytes();
        if (total == 0 || parts <= 0) {
            exchange.ctx().writeAndFlush(new DefaultLastHttpContent(content.retain()));
            exchange.finish(response.status().code(), total);
            response.release();
            return;
        }
        int count = Math.min(parts, total);
        int[] sent = {0};
        Runnable[] next = new Runnable[1];
        next[0] = () -> {
            sent[0]++;
            int size = content.readableBytes() / (count - sent[0] + 1);
            if (sent[0] == count) {
                exchange.ctx()
                        .writeAndFlush(new DefaultLastHttpContent(content.readRetainedSlice(content.readableBytes())));
                exchange.finish(response.status().code(), total);
                response.release();
            } else {
                exchange.ctx().writeAndFlush(new DefaultHttpContent(content.readRetainedSlice(size)));
                exchange.later(interval, next[0]);
            }
        };
        exchange.later(interval, next[0]);
    }

    /** Sends the head of {@code response} and returns its content (already emptied for HEAD). */
    private static ByteBuf sendHead(Exchange exchange, FullHttpResponse response) {
        Headers.finalResponse(exchange, response);
        HttpResponse head = new DefaultHttpResponse(response.protocolVersion(), response.status(), response.headers());
        exchange.ctx().writeAndFlush(head);
        return response.content();
    }
}
