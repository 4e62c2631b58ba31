package dev.httpstatus.server.routing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/** Maps paths to endpoints: exact paths first, then prefixes, then patterns, in the order added. */
public final class Router {
    private final Map<String, Endpoint> exact = new LinkedHashMap<>();
    private final List<Prefix> prefixes = new ArrayList<>();

    private final List<Map.Entry<Predicate<String>, Endpoint>> patterns = new ArrayList<>();

    /**
     * A routed prefix, with the start of the paths below it (ending in "/") made once rather than per request.
     */
    private record Prefix(String path, String below, Endpoint endpoint) {}

    public Router exact(String path, Endpoint endpoint) {
        exact.put(path, endpoint);
        return this;
    }

    /** Routes {@code prefix} itself and every path below it. */
    public Router prefix(String prefix, Endpoint endpoint) {
        prefixes.add(new Prefix(prefix, prefix.endsWith("/") ? prefix : prefix + "/", endpoint));
        return this;
    }

    public Router matching(Predicate<String> paths, Endpoint endpoint) {
        patterns.add(Map.entry(paths, endpoint));
        return this;
    }

    public Optional<Endpoint> route(String path) {
        Endpoint found = exact.get(path);
        if (found != null) {
            return Optional.of(found);
        }
        for (Prefix prefix : prefixes) {
            if (path.startsWith(prefix.below()) || path.equals(prefix.path())) {
                return Optional.of(prefix.endpoint());
            }
        }
        for (Map.Entry<Predicate<String>, Endpoint> pattern : patterns) {
            if (pattern.getKey().test(path)) {
                return Optional.of(pattern.getValue());
            }
        }
        return Optional.empty();
    }
}
