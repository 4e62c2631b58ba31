package dev.httpstatus.server.exchange;

import dev.httpstatus.HttpStatus;
import dev.httpstatus.Registration;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.DefaultHttpHeadersFactory;
import io.netty.handler.codec.http.EmptyHttpHeaders;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeadersFactory;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import java.nio.charset.StandardCharsets;

/** Ready-made responses: content of a given type, and problems explained to the client. */
public final class Responses {
    /** Every status line 100..599, made once: a status line is immutable and asked for on every answer. */
    private static final HttpResponseStatus[] STATUS_LINES = statusLines();

    private static final HttpHeadersFactory KNOWN_NAMES =
            DefaultHttpHeadersFactory.headersFactory().withNameValidation(false);

    private Responses() {}

    /** The status line for {@code code}, with the registry's reason phrase rather than Netty's older ones. */
    public static HttpResponseStatus status(int code) {
        return code >= HttpStatus.MIN_CODE && code <= HttpStatus.MAX_CODE
                ? STATUS_LINES[code - HttpStatus.MIN_CODE]
                : statusLine(code);
    }

    private static HttpResponseStatus[] statusLines() {
        HttpResponseStatus[] lines = new HttpResponseStatus[HttpStatus.MAX_CODE - HttpStatus.MIN_CODE + 1];
        for (int code = HttpStatus.MIN_CODE; code <= HttpStatus.MAX_CODE; code++) {
            lines[code - HttpStatus.MIN_CODE] = statusLine(code);
        }
        return lines;
    }

    private static HttpResponseStatus statusLine(int code) {
        HttpStatus status = HttpStatus.of(code);
        String phrase = status.registration() == Registration.UNUSED
                        && !status.aliases().isEmpty()
                ? status.aliases().get(0)
                : status.reasonPhrase();
        return new HttpResponseStatus(code, phrase);
    }

    /** A response with {@code body} as content of {@code contentType}. */
    public static FullHttpResponse of(HttpResponseStatus status, String contentType, String body) {
        FullHttpResponse response = new DefaultFullHttpResponse(
                HttpVersion.HTTP_1_1, status, Unpooled.copiedBuffer(body, StandardCharsets.UTF_8));
        response.headers().set(HttpHeaderNames.CONTENT_TYPE, contentType);
        return response;
    }

    /**
     * A response whose header names the caller makes sure of: its own constants, or names it has checked.
     * Values are still checked, for a value can come from the request. Netty checks every name of every
     * header set, a twentieth of the work of answering a request; and the trailers of a response that has
     * none are not made.
     */
    public static FullHttpResponse withKnownNames(HttpResponseStatus status, ByteBuf content) {
        return new DefaultFullHttpResponse(
                HttpVersion.HTTP_1_1, status, content, KNOWN_NAMES.newHeaders(), EmptyHttpHeaders.INSTANCE);
    }

    /** A response without content. */
    public static FullHttpResponse empty(HttpResponseStatus status) {
        return new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, status, Unpooled.EMPTY_BUFFER);
    }
}
