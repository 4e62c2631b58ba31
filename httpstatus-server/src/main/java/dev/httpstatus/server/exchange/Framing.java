package dev.httpstatus.server.exchange;

import dev.httpstatus.server.config.ServerConfig;
import io.netty.handler.codec.TooLongFrameException;
import io.netty.handler.codec.http.ContentLengthNotAllowedException;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.InvalidChunkExtensionException;
import io.netty.handler.codec.http.InvalidChunkTerminationException;
import io.netty.handler.codec.http.InvalidLineSeparatorException;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import io.netty.handler.codec.http.TransferEncodingNotAllowedException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What is wrong with the way an HTTP/1.1 request is written: its version, its length, its transfer codings,
 * its chunks (RFC 9112). Each fault gets its own reason in the client's language; the decoder's own words
 * are the last resort.
 */
final class Framing {
    private static final String CHUNKED = "chunked";

    private Framing() {}

    /**
     * Explains why the decoder could not read a request. The decoder names the kind of fault; the request's
     * own headers, which it keeps as sent, say which value was wrong.
     */
    static Problem unreadable(ServerConfig config, HttpHeaders headers, Throwable cause) {
        if (cause instanceof TooLongHttpLineException) {
            return Problem.of(414, "requestLine.tooLong", config.maxRequestLine());
        }
        if (cause instanceof TooLongHttpHeaderException) {
            return Problem.of(431, "headers.tooLarge", config.maxHeaderSize());
        }
        if (cause instanceof ContentLengthNotAllowedException || cause instanceof TransferEncodingNotAllowedException) {
            // RFC 9112 §6.1: the framing is ambiguous, the classic request-smuggling shape; refuse and close.
            return Problem.badRequest("framing.ambiguous");
        }
        if (cause instanceof TooLongFrameException) {
            return Problem.badRequest("request.partTooLong");
        }
        if (cause instanceof NumberFormatException) {
            // Only a chunk size is read as a bare number; a Content-Length that is not one fails otherwise.
            return Problem.badRequest("framing.chunkSize");
        }
        if (cause instanceof InvalidLineSeparatorException
                || String.valueOf(cause.getMessage()).contains("preceded by Carriage Return")) {
            // Netty reports a bare LF after a chunk size as a bad chunk extension, in these words.
            return Problem.badRequest("framing.lineEnd");
        }
        if (cause instanceof InvalidChunkTerminationException) {
            return Problem.badRequest("framing.chunkEnd");
        }
        if (cause instanceof InvalidChunkExtensionException) {
            return Problem.badRequest("framing.chunkExtension");
        }
        Problem length = contentLength(headers);
        if (length != null) {
            return length;
        }
        Problem codings = transferEncoding(headers);
        if (codings != null) {
            return codings;
        }
        return described(String.valueOf(cause.getMessage()));
    }

    /**
     * A fault the decoder names only in words: the request line and the header lines. The words are Netty's,
     * so an unknown wording still gets an answer, in them.
     */
    private static Problem described(String message) {
        if (message.startsWith("Validation failed for header '")) {
            String name = message.substring(message.indexOf('\'') + 1, message.lastIndexOf('\''));
            return Problem.badRequest("header.badValue", name);
        }
        if (message.contains("header name") || message.startsWith("No colon") || message.startsWith("empty header")) {
            return Problem.badRequest("header.malformed");
        }
        if (message.contains("version") || message.contains("HTTP/0.9")) {
            return Problem.badRequest("version.malformed");
        }
        if (message.contains("HTTP Method") || message.contains("method")) {
            return Problem.badRequest("method.malformed");
        }
        return Problem.badRequest("request.notHttp", message);
    }

    /** RFC 9112 §6.3: one Content-Length, of decimal digits; several, even equal, are refused as Netty does. */
    private static Problem contentLength(HttpHeaders headers) {
        List<String> values = headers.getAll(HttpHeaderNames.CONTENT_LENGTH);
        if (values.isEmpty()) {
            return null;
        }
        String first = values.get(0).strip();
        if (values.size() > 1 || first.indexOf(',') >= 0) {
            return Problem.badRequest("framing.contentLengths", String.join(", ", values));
        }
        if (first.isEmpty() || first.length() > 18 || !first.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Problem.badRequest("framing.contentLength", first);
        }
        return null;
    }

    /** RFC 9112 §6.3 and §7: the codings of a request end in chunked, which comes once. */
    private static Problem transferEncoding(HttpHeaders headers) {
        List<String> codings = codings(headers);
        if (codings.isEmpty()) {
            return null;
        }
        String named = String.join(", ", codings);
        if (codings.stream().filter(CHUNKED::equals).count() > 1) {
            return Problem.badRequest("framing.chunkedTwice", named);
        }
        if (!codings.get(codings.size() - 1).equals(CHUNKED)) {
            return Problem.badRequest("framing.chunkedNotLast", named);
        }
        return null;
    }

    /**
     * RFC 9112 §6.1: a server that receives a transfer coding it does not know should answer 501. This server
     * decodes chunked only; the content of a request with another coding was read, by its chunks, but cannot
     * be understood.
     *
     * @throws Problem 501 naming the codings
     */
    static void checkCodings(Request request) {
        if (request.isHttp2() || !request.headers().contains(HttpHeaderNames.TRANSFER_ENCODING)) {
            return;
        }
        List<String> codings = codings(request.headers());
        if (!codings.stream().allMatch(CHUNKED::equals)) {
            throw Problem.of(501, "framing.codingUnknown", String.join(", ", codings));
        }
    }

    private static List<String> codings(HttpHeaders headers) {
        List<String> codings = new ArrayList<>();
        for (String value : headers.getAll(HttpHeaderNames.TRANSFER_ENCODING)) {
            for (String coding : value.split(",", -1)) {
                String name = coding.strip().toLowerCase(Locale.ROOT);
                if (!name.isEmpty()) {
                    codings.add(name);
                }
            }
        }
        return codings;
    }

    /**
     * RFC 9112 §2.3: the HTTP version is case-sensitive. Netty reads {@code http/1.1} as HTTP/1.1, but only a
     * version written exactly so is its shared constant; an equal one of its own was spelled otherwise.
     *
     * @throws Problem 400 for HTTP/1.1 or HTTP/1.0 not written in capitals
     */
    static void checkVersion(Request request) {
        HttpVersion version = request.version();
        if (request.isHttp2() || version == HttpVersion.HTTP_1_1 || version == HttpVersion.HTTP_1_0) {
            return;
        }
        if (version.equals(HttpVersion.HTTP_1_1) || version.equals(HttpVersion.HTTP_1_0)) {
            throw Problem.badRequest("version.case", version.text()).header("Connection", "close");
        }
        if (version.majorVersion() != 1) {
            throw Problem.of(505, "version.unsupported", version);
        }
    }
}
