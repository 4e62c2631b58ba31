package dev.httpstatus.server.inspect;

import dev.httpstatus.server.exchange.Request;
import io.netty.util.AsciiString;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A request's headers as go-httpbin shows them: each name in Go's canonical form ({@code x-trace} becomes {@code
 * X-Trace}, over HTTP/2 too), with every value sent under it, in the order they came. The headers Netty adds to an
 * HTTP/2 request ({@code x-http2-stream-id}…) were not sent, and are left out.
 */
public final class CanonicalHeaders {
    private static final String NETTY_HTTP2 = "x-http2-";

    private CanonicalHeaders() {}

    /** The headers of {@code request}, by canonical name. */
    public static Map<String, List<String>> of(Request request) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        boolean http2 = request.isHttp2();
        Iterator<Map.Entry<CharSequence, CharSequence>> sent = request.headers().iteratorCharSequence();
        while (sent.hasNext()) {
            Map.Entry<CharSequence, CharSequence> header = sent.next();
            if (!(http2 && isAddedByNetty(header.getKey()))) {
                headers.computeIfAbsent(canonical(header.getKey()), name -> new ArrayList<>(1))
                        .add(header.getValue().toString());
            }
        }
        return headers;
    }

    /** Whether the header {@code name} is one Netty adds when it turns an HTTP/2 request into an HTTP/1 one. */
    public static boolean isAddedByNetty(CharSequence name) {
        return AsciiString.regionMatches(name, true, 0, NETTY_HTTP2, 0, NETTY_HTTP2.length());
    }

    /**
     * {@code name} in Go's canonical form: the first letter and each letter after a dash in upper case, the others
     * in lower case; a name with a character a header name cannot have is left as it is, as Go leaves it.
     */
    static String canonical(CharSequence name) {
        char[] chars = new char[name.length()];
        boolean upper = true;
        for (int i = 0; i < chars.length; i++) {
            char c = name.charAt(i);
            if (!isTokenChar(c)) {
                return name.toString();
            }
            chars[i] = upper ? Character.toUpperCase(c) : Character.toLowerCase(c);
            upper = c == '-';
        }
        return new String(chars);
    }

    private static boolean isTokenChar(char c) {
        return c > 0x20 && c < 0x7f && "()<>@,;:\\\"/[]?={}".indexOf(c) < 0;
    }
}
