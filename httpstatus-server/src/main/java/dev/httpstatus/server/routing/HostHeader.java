package dev.httpstatus.server.routing;

import dev.httpstatus.server.exchange.Exchange;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpVersion;
import java.util.List;
import java.util.regex.Pattern;

/**
 * RFC 9112 §3.2: an HTTP/1.1 request without a Host header, with more than one, or with an invalid one must
 * be answered 400. (HTTP/2 carries :authority instead, and HTTP/1.0 may omit Host.)
 */
final class HostHeader {
    private static final Pattern VALID =
            Pattern.compile("(\\[[0-9A-Fa-f:.]+]|[A-Za-z0-9\\-._~%!$&'()*+,;=]*)(:[0-9]*)?");

    private HostHeader() {}

    /** What is wrong with the request's Host, or null when nothing is. */
    static String problem(Exchange exchange) {
        if (exchange.protocol().equals("HTTP/2")
                || !exchange.request().protocolVersion().equals(HttpVersion.HTTP_1_1)) {
            return null;
        }
        List<String> hosts = exchange.request().headers().getAll(HttpHeaderNames.HOST);
        if (hosts.isEmpty()) {
            return "an HTTP/1.1 request needs a Host header";
        }
        if (hosts.size() > 1) {
            return "the request has " + hosts.size() + " Host headers; it may have one";
        }
        if (!VALID.matcher(hosts.get(0).strip()).matches()) {
            return "the Host header is not a host name or address with an optional port";
        }
        return null;
    }
}
