package dev.httpstatus.server.transport;

import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import java.nio.charset.StandardCharsets;

/**
 * The plain-text answers the transport gives on its own (408 for a head that never came, 413 and 503 while content
 * arrives, 400 for plain HTTP on the TLS port). They are given before any handler reads Accept-Language, so each says
 * its sentence in both languages: "408 Request Timeout: …" on one line, "408 请求超时：…" on the next.
 */
final class BilingualText {
    private BilingualText() {}

    /** A {@code status} answer whose content is {@code english} and then {@code chinese}, each after its status. */
    static FullHttpResponse answer(HttpResponseStatus status, String chineseTitle, String english, String chinese) {
        String body = status.code() + " " + status.reasonPhrase() + ": " + english + "\n" + status.code() + " "
                + chineseTitle + "：" + chinese + "\n";
        FullHttpResponse response = new DefaultFullHttpResponse(
                HttpVersion.HTTP_1_1, status, Unpooled.copiedBuffer(body, StandardCharsets.UTF_8));
        response.headers().set(HttpHeaderNames.CONTENT_TYPE, "text/plain; charset=utf-8");
        HttpUtil.setContentLength(response, response.content().readableBytes());
        return response;
    }
}
