package dev.httpstatus.server.transport;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http2.Http2CodecUtil;
import io.netty.handler.codec.http2.Http2SettingsFrame;
import io.netty.handler.codec.http2.Http2StreamFrame;
import io.netty.util.ReferenceCountUtil;
import java.util.ArrayDeque;
import java.util.Queue;

/**
 * On a connection upgraded to h2c, holds the upgraded request (stream 1) until the client's connection preface
 * has arrived, so that its answer follows the preface instead of racing it.
 *
 * <p>Answered at once, a large answer reaches the client in the same read as the 101: curl 7.88 then stalls when
 * more than 32 KiB follow the 101 (its buffer for them), and the JDK 17 HttpClient stalls too, past its own
 * request timeout. Both send their preface as soon as they read the 101, as RFC 9113 §3.2's predecessor asks, so
 * waiting for it costs one round trip on the first answer only. The server's own SETTINGS still go out with the
 * 101.
 *
 * <p>It stands between the HTTP/2 codec and the stream multiplexer, only on connections that upgraded, and takes
 * itself out once the client's SETTINGS have passed.
 */
final class AwaitClientPreface extends ChannelInboundHandlerAdapter {
    private final Queue<Object> held = new ArrayDeque<>();

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object message) {
        if (message instanceof Http2SettingsFrame) {
            ctx.fireChannelRead(message);
            release(ctx);
        } else if (message instanceof Http2StreamFrame frame
                && frame.stream() != null
                && frame.stream().id() == Http2CodecUtil.HTTP_UPGRADE_STREAM_ID) {
            held.add(message);
        } else {
            ctx.fireChannelRead(message);
        }
    }

    private void release(ChannelHandlerContext ctx) {
        boolean any = !held.isEmpty();
        while (!held.isEmpty()) {
            ctx.fireChannelRead(held.poll());
        }
        if (any) {
            ctx.fireChannelReadComplete();
        }
        ctx.pipeline().remove(this);
    }

    /** A connection closed before the preface came: the request's frames go nowhere. */
    @Override
    public void handlerRemoved(ChannelHandlerContext ctx) {
        while (!held.isEmpty()) {
            ReferenceCountUtil.release(held.poll());
        }
    }
}
