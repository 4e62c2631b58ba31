package dev.httpstatus.server.exchange;

import io.netty.handler.codec.http.DefaultHttpHeaders;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.util.AsciiString;

/**
 * Headers whose Content-Length Netty's encoder cannot take away or zero: it does so for a 204 and a 205, as a
 * correct server should, and the fault {@code content} is a server that does not ({@link Faults#forbiddenContent}).
 */
final class KeptLength extends DefaultHttpHeaders {
    @Override
    public HttpHeaders remove(String name) {
        return isLength(name) ? this : super.remove(name);
    }

    @Override
    public HttpHeaders remove(CharSequence name) {
        return isLength(name) ? this : super.remove(name);
    }

    @Override
    public HttpHeaders setInt(CharSequence name, int value) {
        return isLength(name) ? this : super.setInt(name, value);
    }

    private static boolean isLength(CharSequence name) {
        return AsciiString.contentEqualsIgnoreCase(HttpHeaderNames.CONTENT_LENGTH, name);
    }
}
