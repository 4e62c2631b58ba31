package dev.httpstatus.server.transport;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.DefaultFullHttpRequest;
import io.netty.handler.codec.http.EmptyHttpHeaders;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.LastHttpContent;

/**
 * Hands on a request without content as one {@link FullHttpRequest} as soon as its head has ended, so that
 * the aggregator behind never starts for it. A request has no content when it carries neither Content-Length
 * nor Transfer-Encoding (RFC 9112 §6.3); one that says Expect is left to the aggregator, which answers it.
 * Collecting the nothing of a GET into a composite buffer was a tenth of the memory a whole answer allocated.
 */
final class BodilessRequests extends ChannelInboundHandlerAdapter {
    private HttpRequest held;

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object message) {
        if (held == null && message instanceof HttpRequest request && isBodiless(request)) {
            held = request;
            return;
        }
        if (held != null) {
            HttpRequest request = held;
            held = null;
            if (message instanceof LastHttpContent last
                    && !last.content().isReadable()
                    && last.trailingHeaders().isEmpty()
                    && last.decoderResult().isSuccess()) {
                last.release();
                ctx.fireChannelRead(whole(request));
                return;
            }
            // Not the empty end the head promised: both go on as they came, for the aggregator to judge.
            ctx.fireChannelRead(request);
        }
        ctx.fireChannelRead(message);
    }

    private static boolean isBodiless(HttpRequest request) {
        HttpHeaders headers = request.headers();
        return !(request instanceof FullHttpRequest)
                && request.decoderResult().isSuccess()
                && !headers.contains(HttpHeaderNames.CONTENT_LENGTH)
                && !headers.contains(HttpHeaderNames.TRANSFER_ENCODING)
                && !headers.contains(HttpHeaderNames.EXPECT);
    }

    private static FullHttpRequest whole(HttpRequest head) {
        FullHttpRequest request = new DefaultFullHttpRequest(
                head.protocolVersion(),
                head.method(),
                head.uri(),
                Unpooled.EMPTY_BUFFER,
                head.headers(),
                EmptyHttpHeaders.INSTANCE);
        request.setDecoderResult(head.decoderResult());
        return request;
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        held = null;
        ctx.fireChannelInactive();
    }
}
