package dev.httpstatus.server.transport;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPipeline;
import io.netty.handler.codec.ByteToMessageDecoder;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpResponseEncoder;
import io.netty.handler.codec.http.HttpResponseStatus;
import java.util.List;

/**
 * Answers a plain HTTP request sent to the TLS port with 400 and a sentence in both languages, as nginx does, where
 * the TLS handshake would fail on it and the client would see the connection close without a word (curl: "Empty
 * reply from server"). It stands first on a TLS connection and looks at the first byte only: a TLS record starts
 * with its content type (22 for a handshake), an HTTP request with the upper-case letter of its method. Anything
 * else goes on to the TLS handler, which refuses it as before.
 */
final class PlainHttpOnTlsPort extends ByteToMessageDecoder {
    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
        if (!in.isReadable()) {
            return;
        }
        byte first = in.getByte(in.readerIndex());
        ChannelPipeline pipeline = ctx.pipeline();
        if (first < 'A' || first > 'Z') {
            // The bytes held so far go on to the TLS handler as this handler leaves.
            pipeline.remove(this);
            return;
        }
        in.skipBytes(in.readableBytes());
        while (pipeline.last() != this) {
            pipeline.removeLast();
        }
        pipeline.addBefore(ctx.name(), null, new HttpResponseEncoder());
        LingeringClose.answer(ctx, refusal());
    }

    private static FullHttpResponse refusal() {
        FullHttpResponse refusal = BilingualText.answer(
                HttpResponseStatus.BAD_REQUEST,
                "错误请求",
                "this port speaks HTTPS only; send the request again to an https:// URL.",
                "此端口只接受 HTTPS；请改用 https:// 地址重新发送请求。");
        refusal.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
        return refusal;
    }
}
