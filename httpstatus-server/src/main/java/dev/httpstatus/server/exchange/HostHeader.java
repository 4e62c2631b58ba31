package dev.httpstatus.server.routing;

import dev.httpstatus.server.exchange.Exchange;
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

    /** What is wrong with the request's Host, or null when nothing is. */
    static String problem(Exchange exchange) {
        if (exchange.protocol().equals("HTTP/2")
                || !exchange.request().protocolVersion().equals(HttpVersion.HTTP_1_1)) {
            return null;
        }
        // Walked rather than collected with getAll, which makes a list for every request.
        Iterator<String> hosts = exchange.request().headers().valueStringIterator(HttpHeaderNames.HOST);
        if (!hosts.hasNext()) {
            return "an HTTP/1.1 request needs a Host header";
        }
        String host = hosts.next();
        if (hosts.hasNext()) {
            return "the request has "
                    + exchange.request().headers().getAll(HttpHeaderNames.HOST).size()
                    + " Host headers; it may have one";
        }
        if (!isValid(host.strip())) {
            return "the Host header is not a host name or address with an optional port";
        }
        return null;
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
