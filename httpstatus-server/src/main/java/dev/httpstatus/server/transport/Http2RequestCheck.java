package dev.httpstatus.server.transport;

import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http2.Http2Headers;

/**
 * Which HTTP/2 requests lack a pseudo-header they need (RFC 9113 §8.3.1), for {@link StreamResets} to reset with
 * PROTOCOL_ERROR:
 * the one malformation Netty's codec lets through. The codec refuses the others itself: pseudo-headers after
 * regular ones, unknown, repeated or response pseudo-headers, uppercase names, connection-specific headers, a TE
 * other than "trailers", trailers that do not end the stream or carry pseudo-headers, content unequal to its
 * Content-Length. Without this check, Netty's HTTP/1 conversion behind took a request without {@code :method}
 * for trailers and held its stream for ever, and failed on a missing {@code :path}.
 */
final class Http2RequestCheck {
    private Http2RequestCheck() {}

    /**
     * Whether a request's first HEADERS frame lacks a pseudo-header it needs (RFC 9113 §8.3.1): {@code :method}
     * always; {@code :scheme} and a non-empty {@code :path} unless it is a CONNECT, which has {@code :authority}
     * and neither of them.
     */
    static boolean malformed(Http2Headers headers) {
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
}
