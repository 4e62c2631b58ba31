package dev.httpstatus.server.script;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The scripted paths of a server, kept per scope: a test that works in its own scope sees only its own
 * scripts, even when tests run in parallel against one server.
 */
public final class Scripts {
    /**
     * Paths under {@code /_scope/{id}} are served as if the prefix were absent, with their scripts and journal
     * kept apart: each test works in its own scope on a shared server.
     */
    public static final String SCOPE_PREFIX = "/_scope/";

    private final Map<String, Map<String, Script>> byScope = new ConcurrentHashMap<>();

    /** The script of {@code path} in {@code scope}, created empty (answering nothing) on first use. */
    public Script script(String scope, String path) {
        return byScope.computeIfAbsent(scope, s -> new ConcurrentHashMap<>())
                .computeIfAbsent(normalize(path), p -> new Script());
    }

    /** The next answer for {@code path} in {@code scope}, when a script with answers exists for it. */
    public Optional<Reply> next(String scope, String path) {
        Map<String, Script> scripts = byScope.get(scope);
        Script script = scripts == null ? null : scripts.get(normalize(path));
        return script == null ? Optional.empty() : script.take();
    }

    /** Forgets every script of {@code scope}. */
    public void clear(String scope) {
        byScope.remove(scope);
    }

    private static String normalize(String path) {
        return path.startsWith("/") ? path : "/" + path;
    }
}
