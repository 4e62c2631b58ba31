package dev.httpstatus.server.inspect;

import dev.httpstatus.server.exchange.JsonContent;
import dev.httpstatus.server.exchange.Problem;
import dev.httpstatus.server.exchange.Request;
import io.netty.buffer.ByteBuf;
import io.netty.handler.codec.http.HttpHeaderNames;
import java.util.Locale;

/**
 * Reads a request's content by its Content-Type, as go-httpbin does: text for text/plain and text/html; fields for
 * application/x-www-form-urlencoded; fields and files for multipart/form-data; a JSON value for application/json;
 * anything else, or content without a type, becomes a data URL. Malformed form, multipart or JSON content is a
 * 400 that says what is wrong; empty content is never malformed.
 */
final class BodyParser {
    /** The most fields (or parts) one content may have, PHP's max_input_vars and Go's multipart limit. */
    static final int MAX_FIELDS = 1000;

    /**
     * The most bytes the names of one content's fields may add up to, with the Content-Disposition of each part:
     * the names are all kept at once, and a body at the size limit made of names would fill a small heap.
     */
    static final int MAX_NAME_BYTES = 64 * 1024;

    private static final String UNTYPED = "application/octet-stream";

    private BodyParser() {}

    /** What the content of {@code request} is; see the class comment. */
    static Body parse(Request request) {
        ByteBuf content = request.content();
        if (!content.isReadable()) {
            return Body.TEXT;
        }
        String header = request.header(HttpHeaderNames.CONTENT_TYPE).orElse("");
        int semicolon = header.indexOf(';');
        String type = (semicolon < 0 ? header : header.substring(0, semicolon)).strip();
        return switch (type.toLowerCase(Locale.ROOT)) {
            case "text/plain", "text/html" -> Body.TEXT;
            case "application/x-www-form-urlencoded" -> Body.urlEncoded(UrlEncoded.form(content));
            case "multipart/form-data" -> Body.multipart(Multipart.parse(content, boundary(header)));
            case "application/json" -> json(content);
            default -> Body.binary(type.isEmpty() ? UNTYPED : type);
        };
    }

    private static Body json(ByteBuf content) {
        JsonContent.Verdict verdict = JsonContent.inspect(content);
        if (!verdict.isJson()) {
            throw Problem.badRequest("anything.malformed", verdict.error().get());
        }
        return Body.ofJson();
    }

    /** The boundary a multipart Content-Type names. */
    private static String boundary(String contentType) {
        HeaderValue value =
                HeaderValue.parse(contentType).orElseThrow(() -> Problem.badRequest("echo.contentType", contentType));
        String boundary = value.parameters().getOrDefault("boundary", "");
        if (boundary.isEmpty()) {
            throw Problem.badRequest("echo.noBoundary");
        }
        return boundary;
    }

    /**
     * Refuses content once it has more than {@link #MAX_FIELDS} fields or its names more than {@link
     * #MAX_NAME_BYTES} bytes.
     */
    static void checkBudget(int fields, int nameBytes) {
        if (fields > MAX_FIELDS) {
            throw Problem.badRequest("echo.tooManyFields", MAX_FIELDS);
        }
        if (nameBytes > MAX_NAME_BYTES) {
            throw Problem.badRequest("echo.namesTooLong", MAX_NAME_BYTES);
        }
    }
}
