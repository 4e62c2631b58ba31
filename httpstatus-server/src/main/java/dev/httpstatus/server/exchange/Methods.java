package dev.httpstatus.server.exchange;

import io.netty.handler.codec.http.HttpMethod;
import java.util.Set;

/** The request methods the server knows: those of RFC 9110, PATCH, and WebDAV's. Others get 501. */
public final class Methods {
    static final String ALLOW = "GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS, TRACE";

    private static final Set<String> KNOWN = Set.of(
            "GET",
            "HEAD",
            "POST",
            "PUT",
            "PATCH",
            "DELETE",
            "OPTIONS",
            "TRACE",
            "CONNECT",
            "PROPFIND",
            "PROPPATCH",
            "MKCOL",
            "COPY",
            "MOVE",
            "LOCK",
            "UNLOCK",
            "REPORT",
            "SEARCH",
            "QUERY");

    private Methods() {}

    /** Whether the server knows {@code method}; others are answered 501 Not Implemented. */
    public static boolean isKnown(HttpMethod method) {
        // The decoder gives the common methods as constants: those are told apart without hashing a name.
        return method == HttpMethod.GET || method == HttpMethod.HEAD || KNOWN.contains(method.name());
    }
}
