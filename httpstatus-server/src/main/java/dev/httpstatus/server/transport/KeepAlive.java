package dev.httpstatus.server.transport;

import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpStatusClass;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.LastHttpContent;
import java.util.ArrayDeque;
import java.util.Queue;

/**
 * Keeps an HTTP/1.1 connection open after an answer whose end the client can tell without a close, and closes
 * it after one it cannot, or when the client or the answer says Connection: close. An answer ends by itself
 * when it has a Content-Length or chunks, and always when it cannot have content (RFC 9112 §6.3): a 1xx, a
 * 204, a 304, and any answer to HEAD. Netty's HttpServerKeepAliveHandler knows no 304 and no HEAD, so every
 * revalidation closed its connection.
 */
final class KeepAlive extends ChannelDuplexHandler {
    /** Whether each request still to be answered, in order, was a HEAD. */
    private final Queue<Boolean> heads = new ArrayDeque<>();

    private boolean persistent = true;

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object message) {
        if (message instanceof HttpRequest request && persistent) {
            heads.add(HttpMethod.HEAD.equals(request.method()));
            // Requests after one that says close are still answered, but the connection ends after the last.
            persistent = HttpUtil.isKeepAlive(request);
        }
        ctx.fireChannelRead(message);
    }

    @Override
    public void write(ChannelHandlerContext ctx, Object message, ChannelPromise promise) {
        if (message instanceof HttpResponse response && !isInterim(response)) {
            Boolean head = heads.poll();
            if (!HttpUtil.isKeepAlive(response) || !endsByItself(response, Boolean.TRUE.equals(head))) {
                persistent = false;
                heads.clear();
            }
            if (!keepsOpen()) {
                HttpUtil.setKeepAlive(response, false);
            }
        }
        if (message instanceof LastHttpContent && !keepsOpen()) {
            promise = promise.unvoid();
            promise.addListener(ChannelFutureListener.CLOSE);
        }
        ctx.write(message, promise);
    }

    /** Open while the client has not asked to close, or while requests it sent before asking await answers. */
    private boolean keepsOpen() {
        return persistent || !heads.isEmpty();
    }

    /** A 1xx other than 101 comes before the final answer; 101 is the last HTTP/1.1 answer on the connection. */
    private static boolean isInterim(HttpResponse response) {
        return response.status().codeClass() == HttpStatusClass.INFORMATIONAL
                && response.status().code() != 101;
    }

    private static boolean endsByItself(HttpResponse response, boolean toHead) {
        int code = response.status().code();
        return toHead
                || code < 200
                || code == 204
                || code == 304
                || HttpUtil.isContentLengthSet(response)
                || HttpUtil.isTransferEncodingChunked(response);
    }
}
