package dev.httpstatus.server.transport;

import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.socket.DuplexChannel;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.util.ReferenceCountUtil;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Ends a connection after a last answer sent while the client may still be sending content. Closing at once
 * would make the system reset the connection over the unread bytes, and the client would lose the answer;
 * instead the server stops writing, reads and drops what still arrives, and closes when the client does or
 * after a while (RFC 9112 §9.6, the "lingering close" of Apache and nginx). An HTTP/2 stream simply ends.
 */
public final class LingeringClose {
    static final Duration LINGER = Duration.ofSeconds(5);

    private LingeringClose() {}

    /** Sends {@code last}, then closes the connection once the client has had time to read it. */
    public static void answer(ChannelHandlerContext ctx, FullHttpResponse last) {
        Channel channel = ctx.channel();
        if (!(channel instanceof DuplexChannel duplex) || Protocols.isHttp2(channel)) {
            ctx.writeAndFlush(last).addListener(ChannelFutureListener.CLOSE);
            return;
        }
        channel.pipeline().addFirst(new Drop());
        ctx.writeAndFlush(last).addListener(written -> {
            if (!written.isSuccess()) {
                channel.close();
                return;
            }
            duplex.shutdownOutput();
            channel.eventLoop().schedule(() -> channel.close(), LINGER.toMillis(), TimeUnit.MILLISECONDS);
        });
    }

    /** Drops whatever arrives, before any decoding. */
    private static final class Drop extends ChannelInboundHandlerAdapter {
        @Override
        public void channelRead(ChannelHandlerContext ctx, Object message) {
            if (message instanceof ByteBuf) {
                ReferenceCountUtil.release(message);
            } else {
                ctx.fireChannelRead(message);
            }
        }
    }
}
