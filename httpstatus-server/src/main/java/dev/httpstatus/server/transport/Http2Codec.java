package dev.httpstatus.server.transport;

import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http2.Http2ConnectionDecoder;
import io.netty.handler.codec.http2.Http2ConnectionEncoder;
import io.netty.handler.codec.http2.Http2FrameCodec;
import io.netty.handler.codec.http2.Http2FrameCodecBuilder;
import io.netty.handler.codec.http2.Http2Settings;
import java.util.Iterator;
import java.util.LinkedHashSet;

/**
 * Netty's HTTP/2 codec, which also ignores the frames still in flight on a stream it has reset, as RFC 9113
 * §5.1 requires. Netty forgets a stream once it is closed and answered each such frame with RST_STREAM
 * (STREAM_CLOSED): after a 413 and RST_STREAM(NO_ERROR) before an upload ended, the client's DATA frames on the
 * way drew one reset each, and curl then reported a stream error and dropped the 413.
 */
final class Http2Codec extends Http2FrameCodec {
    /** Enough for the streams reset within one round trip; older ones have no frames left in flight. */
    private static final int REMEMBERED = 128;

    private final LinkedHashSet<Integer> reset = new LinkedHashSet<>();

    private Http2Codec(
            Http2ConnectionEncoder encoder,
            Http2ConnectionDecoder decoder,
            Http2Settings settings,
            boolean decoupleCloseAndGoAway,
            boolean flushPreface) {
        super(encoder, decoder, settings, decoupleCloseAndGoAway, flushPreface);
    }

    /** A server codec with {@code settings}. */
    static Http2FrameCodec forServer(Http2Settings settings) {
        return new Builder().initialSettings(settings).build();
    }

    @Override
    public ChannelFuture resetStream(ChannelHandlerContext ctx, int streamId, long errorCode, ChannelPromise promise) {
        if (connection().stream(streamId) == null && reset.contains(streamId)) {
            return promise.unvoid().setSuccess();
        }
        if (reset.add(streamId) && reset.size() > REMEMBERED) {
            Iterator<Integer> oldest = reset.iterator();
            oldest.next();
            oldest.remove();
        }
        return super.resetStream(ctx, streamId, errorCode, promise);
    }

    private static final class Builder extends Http2FrameCodecBuilder {
        Builder() {
            server(true);
        }

        @Override
        protected Http2FrameCodec build(
                Http2ConnectionDecoder decoder, Http2ConnectionEncoder encoder, Http2Settings initialSettings) {
            Http2Codec codec =
                    new Http2Codec(encoder, decoder, initialSettings, decoupleCloseAndGoAway(), flushPreface());
            codec.gracefulShutdownTimeoutMillis(gracefulShutdownTimeoutMillis());
            return codec;
        }
    }
}
