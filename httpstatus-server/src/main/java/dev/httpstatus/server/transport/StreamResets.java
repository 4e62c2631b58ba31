package dev.httpstatus.server.transport;

import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http2.DefaultHttp2ResetFrame;
import io.netty.handler.codec.http2.Http2CodecUtil;
import io.netty.handler.codec.http2.Http2DataFrame;
import io.netty.handler.codec.http2.Http2Error;
import io.netty.handler.codec.http2.Http2Exception;
import io.netty.handler.codec.http2.Http2HeadersFrame;
import io.netty.handler.codec.http2.Http2Stream;
import io.netty.handler.codec.http2.Http2StreamChannel;
import io.netty.util.ReferenceCountUtil;

/**
 * Ends every HTTP/2 stream the server gives up on with the RST_STREAM code that says why (RFC 9113 §7), where
 * closing a stream's channel would always say CANCEL, "stream no longer needed":
 *
 * <ul>
 *   <li>an answer that ends while the request is still arriving (a 413 before the upload is over) is followed
 *       by NO_ERROR, which asks the client to stop sending and keep the answer (§8.1);
 *   <li>a stream closed before its answer is complete (the faults reset, empty and abort, or a failure) says
 *       INTERNAL_ERROR, as a failing server does;
 *   <li>a request without a pseudo-header it needs ({@link Http2RequestCheck}) is refused with PROTOCOL_ERROR, and
 *       nothing behind sees it;
 *   <li>a protocol error the codec found on the stream is left to the codec, which resets with the error's own
 *       code (PROTOCOL_ERROR, FLOW_CONTROL_ERROR, STREAM_CLOSED…): the handlers behind never see it, so that
 *       none closes the stream first.
 * </ul>
 *
 * It stands first in a stream's pipeline, where it sees HTTP/2 frames both ways. One handler does all of this, since
 * each handler in a stream's pipeline is made again for every request: two cost 5% of h2c's requests a second.
 */
final class StreamResets extends ChannelDuplexHandler {
    private boolean requestEnded;
    private boolean answerEnded;
    /** Later HEADERS frames are trailers, which the codec checks. */
    private boolean headRead;

    private boolean refused;

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object message) {
        if (refused) {
            ReferenceCountUtil.release(message);
            return;
        }
        if (!headRead && message instanceof Http2HeadersFrame head) {
            headRead = true;
            if (Http2RequestCheck.malformed(head.headers())) {
                // The codec closes the stream once the reset is written, and the stream's channel with it.
                refused = true;
                reset(ctx, Http2Error.PROTOCOL_ERROR);
                return;
            }
        }
        requestEnded |= endsStream(message);
        ctx.fireChannelRead(message);
    }

    @Override
    public void write(ChannelHandlerContext ctx, Object message, ChannelPromise promise) {
        if (endsStream(message) && !answerEnded) {
            answerEnded = true;
            if (!requestEnded) {
                promise = promise.unvoid();
                promise.addListener((ChannelFutureListener) written -> {
                    if (written.isSuccess()) {
                        reset(ctx, Http2Error.NO_ERROR);
                    }
                });
            }
        }
        ctx.write(message, promise);
    }

    @Override
    public void close(ChannelHandlerContext ctx, ChannelPromise promise) {
        if (!answerEnded) {
            reset(ctx, Http2Error.INTERNAL_ERROR);
        } else if (!requestEnded) {
            reset(ctx, Http2Error.NO_ERROR);
        }
        ctx.close(promise);
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        Http2Exception error = Http2CodecUtil.getEmbeddedHttp2Exception(cause);
        if (error == null) {
            ctx.fireExceptionCaught(cause);
            return;
        }
        // The multiplexer resets the stream with the error's code right after this event; an error raised
        // within the stream's own pipeline is reset here once the event is over, unless that happened.
        ctx.executor().execute(() -> {
            if (ctx.channel().isOpen()) {
                reset(ctx, error.error());
                ctx.close();
            }
        });
    }

    /** Writes RST_STREAM with {@code code}, unless the stream has already ended on both sides or been reset. */
    private void reset(ChannelHandlerContext ctx, Http2Error code) {
        Http2StreamChannel channel = (Http2StreamChannel) ctx.channel();
        if (channel.stream().state() == Http2Stream.State.CLOSED
                || !channel.parent().isActive()) {
            return;
        }
        requestEnded = true;
        answerEnded = true;
        ctx.writeAndFlush(new DefaultHttp2ResetFrame(code));
    }

    private static boolean endsStream(Object frame) {
        return frame instanceof Http2HeadersFrame headers && headers.isEndStream()
                || frame instanceof Http2DataFrame data && data.isEndStream();
    }
}
