package dev.httpstatus.server.exchange;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Maps paths to endpoints: exact paths first, then prefixes, then patterns, each in the order added. Feature
 * packages add their routes with a {@code routes(Router)} method of their own; the server decides the order of the
 * packages, so that the most asked-for prefixes come first.
 */
public final class Router {
    private final Map<String, Endpoint> exact = new LinkedHashMap<>();
    private final List<Prefix> prefixes = new ArrayList<>();
    private final List<Map.Entry<Predicate<String>, Endpoint>> patterns = new ArrayList<>();

    /**
     * A routed prefix, with the start of the paths below it (ending in "/") made once rather than per request, and
     * the end those paths must have, empty for any.
     */
    private record Prefix(String path, String below, String suffix, Endpoint endpoint) {
        boolean matches(String candidate) {
            return (candidate.startsWith(below) || (suffix.isEmpty() && candidate.equals(path)))
                    && candidate.endsWith(suffix);
        }
    }

    /** Routes {@code path} exactly. */
    public Router exact(String path, Endpoint endpoint) {
        exact.put(path, endpoint);
        return this;
    }

    /** Routes {@code prefix} itself and every path below it. */
    public Router prefix(String prefix, Endpoint endpoint) {
        return prefix(prefix, "", endpoint);
    }

    /** Routes the paths below {@code prefix} that end with {@code suffix}, such as {@code /codes/404.json}. */
    public Router prefix(String prefix, String suffix, Endpoint endpoint) {
        prefixes.add(new Prefix(prefix, prefix.endsWith("/") ? prefix : prefix + "/", suffix, endpoint));
        return this;
    }

    /** Routes the paths {@code paths} accepts, once no exact path or prefix has. */
    public Router matching(Predicate<String> paths, Endpoint endpoint) {
        patterns.add(Map.entry(paths, endpoint));
        return this;
    }

    /** The endpoint of {@code path}, if any route takes it. */
    public Optional<Endpoint> route(String path) {
        Endpoint found = exact.get(path);
        if (found != null) {
            return Optional.of(found);
        }
        for (Prefix prefix : prefixes) {
            if (prefix.matches(path)) {
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
