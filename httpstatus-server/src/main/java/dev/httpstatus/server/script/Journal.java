package dev.httpstatus.server.script;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What clients sent, kept per scope in arrival order. The journal as a whole holds at most a number of
 * requests and of bytes (bodies and headers); past either, the oldest requests of any scope are forgotten
 * first, so a long-running server's memory stays flat whatever its clients send and however many scopes
 * they use. A journal made {@link #off()} records nothing: a public server has nobody to read it.
 */
public final class Journal {
    /** Requests kept at most, across scopes. */
    static final int MAX_REQUESTS = 10_000;

    /** Bytes of bodies and headers kept at most, across scopes. */
    static final long MAX_BYTES = 16L << 20;

    /** What a record costs besides its body and headers, roughly, for the byte bound. */
    private static final int RECORD_OVERHEAD = 200;

    private record Entry(String scope, RecordedRequest request, long bytes) {}

    private final boolean on;
    private final long maxBytes;
    private final int maxRequests;
    private final Map<String, Deque<RecordedRequest>> byScope = new HashMap<>();
    private final Deque<Entry> arrival = new ArrayDeque<>();
    private long bytes;

    /** A journal within the default bounds. */
    public Journal() {
        this(true, MAX_REQUESTS, MAX_BYTES);
    }

    Journal(boolean on, int maxRequests, long maxBytes) {
        this.on = on;
        this.maxRequests = maxRequests;
        this.maxBytes = maxBytes;
    }

    /** A journal that records nothing. */
    public static Journal off() {
        return new Journal(false, 0, 0);
    }

    /** Whether requests are recorded at all. */
    public boolean isOn() {
        return on;
    }

    /** Records {@code request} in {@code scope}, forgetting the oldest requests when the journal is full. */
    public synchronized void record(String scope, RecordedRequest request) {
        if (!on) {
            return;
        }
        long size = size(request);
        byScope.computeIfAbsent(scope, s -> new ArrayDeque<>()).addLast(request);
        arrival.addLast(new Entry(scope, request, size));
        bytes += size;
        while (arrival.size() > maxRequests || (bytes > maxBytes && arrival.size() > 1)) {
            Entry oldest = arrival.removeFirst();
            bytes -= oldest.bytes();
            Deque<RecordedRequest> requests = byScope.get(oldest.scope());
            requests.removeFirst();
            if (requests.isEmpty()) {
                byScope.remove(oldest.scope());
            }
        }
    }

    /** The requests of {@code scope}, oldest first. */
    public synchronized List<RecordedRequest> requests(String scope) {
        Deque<RecordedRequest> requests = byScope.get(scope);
        return requests == null ? List.of() : List.copyOf(requests);
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
    public synchronized void clear(String scope) {
        Deque<RecordedRequest> forgotten = byScope.remove(scope);
        if (forgotten != null) {
            arrival.removeIf(entry -> {
                boolean mine = entry.scope().equals(scope);
                if (mine) {
                    bytes -= entry.bytes();
                }
                return mine;
            });
        }
    }

    private static long size(RecordedRequest request) {
        long size = RECORD_OVERHEAD
                + request.body().length
                + request.path().length()
                + request.query().length();
        for (Map.Entry<String, List<String>> header : request.headers().entrySet()) {
            size += header.getKey().length();
            for (String value : header.getValue()) {
                size += value.length() + 16;
            }
        }
        return size;
    }
}
