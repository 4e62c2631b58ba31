package dev.httpstatus.server.transport;

import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.DecoderException;
import io.netty.handler.codec.http2.Http2CodecUtil;
import io.netty.handler.codec.http2.Http2Exception;
import java.io.IOException;

/**
 * The end of an HTTP/2 connection's pipeline, where the errors of the whole connection arrive. Netty's codec
 * answers a protocol error with GOAWAY and the code the RFC names, and closes the connection; what is left is to say so in one line on standard error, without a stack trace, and only when the server is not
 * quiet: a client that sends garbage must not be able to fill the log. A client going away is not worth a
 * line. Without this handler each error reached the end of the pipeline, where Netty prints a warning with
 * the whole stack.
 */
@ChannelHandler.Sharable
final class ConnectionErrors extends ChannelInboundHandlerAdapter {
    private final boolean quiet;

    ConnectionErrors(boolean quiet) {
        this.quiet = quiet;
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        report(ctx, cause);
        // The codec reports a protocol error before it writes its GOAWAY, and closes once it is written.
        if (Http2CodecUtil.getEmbeddedHttp2Exception(cause) == null) {
            ctx.close();
        }
    }

    /** Prints one line about {@code cause} on standard error, unless the server is quiet or the client went away. */
    void report(ChannelHandlerContext ctx, Throwable cause) {
        if (!quiet && !(cause instanceof IOException)) {
            System.err.println("httpstatus: " + describe(ctx, cause));
        }
    }

    /** What went wrong with the connection in {@code ctx}, in one line. */
    static String describe(ChannelHandlerContext ctx, Throwable cause) {
        Http2Exception protocol = Http2CodecUtil.getEmbeddedHttp2Exception(cause);
        if (protocol != null) {
            return "HTTP/2 connection from " + ctx.channel().remoteAddress() + " closed with " + protocol.error() + ": "
                    + protocol.getMessage();
        }
        Throwable reason = cause instanceof DecoderException && cause.getCause() != null ? cause.getCause() : cause;
        return "connection from " + ctx.channel().remoteAddress() + " failed: " + reason;
    }
}
