package dev.httpstatus.server.script;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What clients sent, kept per scope in arrival order. Each scope keeps its most recent requests up to a
 * bound, so a long-running server's memory stays flat.
 */
public final class Journal {
    private static final int MAX_PER_SCOPE = 10_000;

    private final Map<String, Deque<RecordedRequest>> byScope = new ConcurrentHashMap<>();

    /** Records {@code request} in {@code scope}. */
    public void record(String scope, RecordedRequest request) {
        Deque<RecordedRequest> requests = byScope.computeIfAbsent(scope, s -> new ArrayDeque<>());
        synchronized (requests) {
            requests.addLast(request);
            if (requests.size() > MAX_PER_SCOPE) {
                requests.removeFirst();
            }
        }
    }

    /** The requests of {@code scope}, oldest first. */
    public List<RecordedRequest> requests(String scope) {
        Deque<RecordedRequest> requests = byScope.get(scope);
        if (requests == null) {
            return List.of();
        }
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    /** The requests of {@code scope} to {@code path}, oldest first. */
    public List<RecordedRequest> requests(String scope, String path) {
        return requests(scope).stream().filter(r -> r.path().equals(path)).toList();
    }

    /** The times between consecutive requests of {@code scope} to {@code path}: retry back-off, say. */
    public List<Duration> intervals(String scope, String path) {
        List<RecordedRequest> requests = requests(scope, path);
        List<Duration> intervals = new ArrayList<>();
        for (int i = 1; i < requests.size(); i++) {
            intervals.add(Duration.ofNanos(
                    requests.get(i).receivedNanos() - requests.get(i - 1).receivedNanos()));
        }
        return intervals;
    }

    /** Forgets the requests of {@code scope}. */
    public void clear(String scope) {
        byScope.remove(scope);
    }
}
