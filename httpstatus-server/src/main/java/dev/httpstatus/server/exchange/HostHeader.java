package dev.httpstatus.server.exchange;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpVersion;
import java.util.Iterator;

/**
 * RFC 9112 §3.2: an HTTP/1.1 request without a Host header, with more than one, or with an invalid one must
 * be answered 400. (HTTP/2 carries :authority instead, and HTTP/1.0 may omit Host.)
 */
final class HostHeader {
    /** The characters of a registered name (RFC 3986 unreserved, sub-delims and percent), besides letters and digits. */
    private static final String NAME_MARKS = "-._~%!$&'()*+,;=";

    private HostHeader() {}

    /**
     * Checks the request's Host.
     *
     * @throws Problem 400 saying what is wrong with it
     */
    static void check(Request request) {
        if (request.isHttp2() || !request.version().equals(HttpVersion.HTTP_1_1)) {
            return;
        }
        // Walked rather than collected with getAll, which makes a list for every request.
        Iterator<String> hosts = request.headers().valueStringIterator(HttpHeaderNames.HOST);
        if (!hosts.hasNext()) {
            throw Problem.badRequest("host.missing");
        }
        String host = hosts.next();
        if (hosts.hasNext()) {
            throw Problem.badRequest(
                    "host.repeated",
                    request.headers().getAll(HttpHeaderNames.HOST).size());
        }
        if (!isValid(host.strip())) {
            throw Problem.badRequest("host.invalid");
        }
    }

    /**
     * Whether {@code host} is an IP literal in brackets or a registered name (possibly empty), with an optional
     * port. Checked by hand rather than by a regular expression, since it runs for every request.
     */
    static boolean isValid(String host) {
        int at = 0;
        if (host.startsWith("[")) {
            int close = host.indexOf(']');
            if (close < 2) {
                return false;
            }
            for (int i = 1; i < close; i++) {
                char c = host.charAt(i);
                if (!(isHexDigit(c) || c == ':' || c == '.')) {
                    return false;
                }
            }
            at = close + 1;
        } else {
            while (at < host.length() && isNameChar(host.charAt(at))) {
                at++;
            }
        }
        if (at == host.length()) {
            return true;
        }
        if (host.charAt(at) != ':') {
            return false;
        }
        for (int i = at + 1; i < host.length(); i++) {
            if (host.charAt(i) < '0' || host.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static boolean isNameChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || NAME_MARKS.indexOf(c) >= 0;
    }

    private static boolean isHexDigit(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
}
