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
    private final List<Map.Entry<String, Endpoint>> prefixes = new ArrayList<>();
    /** Each prefix as the start of the paths below it, ending in "/", made once rather than per request. */
    private final List<String> below = new ArrayList<>();

    private final List<Map.Entry<Predicate<String>, Endpoint>> patterns = new ArrayList<>();

    public Router exact(String path, Endpoint endpoint) {
        exact.put(path, endpoint);
        return this;
    }

    /** Routes {@code prefix} itself and every path below it. */
    public Router prefix(String prefix, Endpoint endpoint) {
        prefixes.add(Map.entry(prefix, endpoint));
        below.add(prefix.endsWith("/") ? prefix : prefix + "/");
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
        for (int i = 0; i < prefixes.size(); i++) {
            if (path.startsWith(below.get(i)) || path.equals(prefixes.get(i).getKey())) {
                return Optional.of(prefixes.get(i).getValue());
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
