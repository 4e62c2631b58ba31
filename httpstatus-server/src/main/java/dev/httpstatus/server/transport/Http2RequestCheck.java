package dev.httpstatus.server.transport;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http2.DefaultHttp2ResetFrame;
import io.netty.handler.codec.http2.Http2Error;
import io.netty.handler.codec.http2.Http2Headers;
import io.netty.handler.codec.http2.Http2HeadersFrame;
import io.netty.handler.codec.http2.Http2StreamFrame;
import io.netty.util.ReferenceCountUtil;

/**
 * Resets with PROTOCOL_ERROR an HTTP/2 stream whose request lacks a pseudo-header it needs (RFC 9113 §8.3.1),
 * the one malformation Netty's codec lets through. The codec refuses the others itself: pseudo-headers after
 * regular ones, unknown, repeated or response pseudo-headers, uppercase names, connection-specific headers, a TE
 * other than "trailers", trailers that do not end the stream or carry pseudo-headers, content unequal to its
 * Content-Length. Without this check, Netty's HTTP/1 conversion behind took a request without {@code :method}
 * for trailers and held its stream for ever, and failed on a missing {@code :path}.
 */
final class Http2RequestCheck extends ChannelInboundHandlerAdapter {
    /** Later HEADERS frames are trailers, which the codec checks. */
    private boolean headRead;

    private boolean refused;

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object message) {
        if (refused) {
            ReferenceCountUtil.release(message);
            return;
        }
        if (!headRead && message instanceof Http2HeadersFrame frame) {
            headRead = true;
            if (malformed(frame.headers())) {
                refuse(ctx);
                return;
            }
        }
        ctx.fireChannelRead(message);
    }

    /**
     * Whether a request's first HEADERS frame lacks a pseudo-header it needs (RFC 9113 §8.3.1): {@code :method}
     * always; {@code :scheme} and a non-empty {@code :path} unless it is a CONNECT, which has {@code :authority}
     * and neither of them.
     */
    private static boolean malformed(Http2Headers headers) {
        CharSequence method = headers.method();
        if (method == null || headers.get(Http2Headers.PseudoHeaderName.PROTOCOL.value()) != null) {
            // :protocol belongs to extended CONNECT (RFC 8441), which this server never offers in its SETTINGS.
            return true;
        }
        if (HttpMethod.CONNECT.asciiName().contentEquals(method)) {
            return headers.authority() == null || headers.scheme() != null || headers.path() != null;
        }
        CharSequence path = headers.path();
        return headers.scheme() == null || path == null || path.length() == 0;
    }

    /** The codec closes the stream once the reset is written, and the stream's channel with it. */
    private void refuse(ChannelHandlerContext ctx) {
        refused = true;
        Http2StreamFrame reset = new DefaultHttp2ResetFrame(Http2Error.PROTOCOL_ERROR);
        ctx.writeAndFlush(reset);
    }
}
