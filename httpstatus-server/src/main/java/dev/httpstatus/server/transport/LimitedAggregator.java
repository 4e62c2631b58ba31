package dev.httpstatus.server.transport;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.CompositeByteBuf;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPipeline;
import io.netty.handler.codec.http.FullHttpMessage;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpMessage;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import java.util.List;

/**
 * Collects a request's content up to the body limit. Content over the limit is refused with 413 Content
 * Too Large (RFC 9110's name, not the older one) saying the limit; a request announcing such content with
 * Expect: 100-continue is refused before its body is sent. A body announced when the server's buffer
 * memory for bodies is spoken for ({@link BodyBudget}) is refused the same way with 503 and Retry-After.
 */
final class LimitedAggregator extends HttpObjectAggregator {
    private final int limit;
    private final BodyBudget budget;
    private long share;
    private boolean noRoom;
    private ChannelHandlerContext context;

    LimitedAggregator(int limit, BodyBudget budget) {
        super(limit);
        this.limit = limit;
        this.budget = budget;
    }

    @Override
    public void handlerAdded(ChannelHandlerContext ctx) throws Exception {
        super.handlerAdded(ctx);
        this.context = ctx;
    }

    /** Too large, or no room for it now: both end in {@link #handleOversizedMessage}. */
    @Override
    protected boolean isContentLengthInvalid(HttpMessage start, int maxContentLength) {
        noRoom = false;
        share = 0;
        if (start.decoderResult().isFailure()) {
            // The decoder could not read the head (a Content-Length of "abc", say): its length means nothing,
            // and the failure goes on to be answered with what was wrong.
            return false;
        }
        if (super.isContentLengthInvalid(start, maxContentLength)) {
            return true;
        }
        // A chunked body does not say how long it will be: it takes the body limit, and gives back what it
        // did not use once complete.
        long length =
                HttpUtil.isTransferEncodingChunked(start) ? maxContentLength : HttpUtil.getContentLength(start, 0L);
        if (length > 0 && !budget.tryTake(length)) {
            noRoom = true;
            return true;
        }
        share = length;
        return false;
    }

    /**
     * Keeps the Transfer-Encoding of a request that came in chunks (the aggregator would replace it with a
     * Content-Length), so that endpoints see the request as it was sent: a resource that needs a length can
     * answer 411, a coding besides chunked gets 501, and /anything echoes the real headers.
     */
    @Override
    protected FullHttpMessage beginAggregation(HttpMessage start, ByteBuf content) throws Exception {
        boolean chunked = HttpUtil.isTransferEncodingChunked(start);
        List<String> codings = chunked ? start.headers().getAll(HttpHeaderNames.TRANSFER_ENCODING) : List.of();
        long taken = share;
        share = 0;
        ByteBuf held = content;
        if (content instanceof CompositeByteBuf composite && taken > 0) {
            held = budget.content(context.alloc(), composite.maxNumComponents(), taken);
            content.release();
        } else if (taken > 0) {
            budget.giveBack(taken);
        }
        FullHttpMessage aggregated = super.beginAggregation(start, held);
        if (chunked) {
            aggregated.headers().set(HttpHeaderNames.TRANSFER_ENCODING, codings);
        }
        return aggregated;
    }

    @Override
    protected void finishAggregation(FullHttpMessage aggregated) throws Exception {
        if (aggregated.content() instanceof BodyBudget.Content held) {
            held.settle();
        }
        if (!HttpUtil.isTransferEncodingChunked(aggregated)) {
            super.finishAggregation(aggregated);
        }
    }

    @Override
    protected Object newContinueResponse(HttpMessage start, int maxContentLength, ChannelPipeline pipeline) {
        if (start.decoderResult().isFailure()) {
            // Not read, so not to be continued: the failure is answered instead.
            return null;
        }
        Object response = super.newContinueResponse(start, maxContentLength, pipeline);
        if (response instanceof FullHttpResponse full && full.status().code() == 413) {
            full.release();
            return tooLarge();
        }
        return response;
    }

    @Override
    protected boolean closeAfterContinueResponse(Object response) {
        if (response instanceof FullHttpResponse full && full.status().code() == 413) {
            full.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
            return true;
        }
        return super.closeAfterContinueResponse(response);
    }

    /**
     * As Netty does: when the content has started to arrive or the connection is not kept alive, the answer
     * ends the connection; otherwise the connection stays open and the rest of the content is discarded,
     * which spares the client a reset before it has read the answer.
     */
    @Override
    protected void handleOversizedMessage(ChannelHandlerContext ctx, HttpMessage oversized) {
        boolean close = oversized instanceof FullHttpMessage
                || !HttpUtil.is100ContinueExpected(oversized) && !HttpUtil.isKeepAlive(oversized);
        FullHttpResponse response = noRoom ? noRoom() : tooLarge();
        if (close) {
            response.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
            ctx.writeAndFlush(response).addListener(ChannelFutureListener.CLOSE);
        } else {
            ctx.writeAndFlush(response).addListener(ChannelFutureListener.CLOSE_ON_FAILURE);
        }
    }

    private static FullHttpResponse noRoom() {
        FullHttpResponse response = BilingualText.answer(
                HttpResponseStatus.SERVICE_UNAVAILABLE,
                "服务不可用",
                "the server holds as many request bodies as its buffer memory allows; try again in a second",
                "服务器的缓冲内存已被请求内容占满；请过一秒再试");
        response.headers().set(HttpHeaderNames.RETRY_AFTER, "1");
        return response;
    }

    private FullHttpResponse tooLarge() {
        return BilingualText.answer(
                new HttpResponseStatus(413, "Content Too Large"),
                "内容过大",
                "the request content is larger than this server accepts (" + limit + " bytes, see --max-body)",
                "请求内容超过了本服务器接受的大小（" + limit + " 字节，见 --max-body）");
    }
}
