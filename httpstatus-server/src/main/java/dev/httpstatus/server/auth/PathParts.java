package dev.httpstatus.server.auth;

import dev.httpstatus.server.exchange.Request;
import java.util.List;

/** The segments of a path after its endpoint's prefix: {@code /basic-auth/alice/secret} gives alice and secret. */
final class PathParts {
    private PathParts() {}

    /** The non-empty segments after {@code prefix}, or an empty list when one of them is empty. */
    static List<String> after(Request request, String prefix) {
        String path = request.path();
        String rest = path.substring(Math.min(prefix.length(), path.length()));
        List<String> parts = List.of(rest.split("/", -1));
        return parts.contains("") ? List.of() : parts;
    }
}
