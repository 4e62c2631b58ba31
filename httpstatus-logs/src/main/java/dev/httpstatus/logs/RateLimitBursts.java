package dev.httpstatus.logs;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

/**
 * The 429s of each client and each path by window of {@link #WINDOW_SECONDS}: a burst is many 429s to one client
 * (or on one path) within one window, which a client honouring Retry-After would not have run into. Memory grows
 * with the 429s only.
 */
final class RateLimitBursts implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The width of a burst's window, aligned on the clock: long enough for a retry loop, short enough to place it. */
    static final long WINDOW_SECONDS = 300;

    /** One client's or path's 429s in one window. */
    record Key(String who, long window) implements Serializable {}

    /** The largest burst of one client or path, with its window's start and end in seconds since the epoch. */
    record Burst(String who, long count, long start, long end) {}

    private final Map<Key, long[]> clients = new HashMap<>();
    private final Map<Key, long[]> paths = new HashMap<>();

    /** Counts a request whose {@code status} may be 429; the time is {@link Request#NO_TIME} when not logged. */
    void add(int status, long time, String client, String path) {
        if (status != 429 || time == Request.NO_TIME) {
            return;
        }
        long window = Math.floorDiv(time, WINDOW_SECONDS) * WINDOW_SECONDS;
        clients.computeIfAbsent(new Key(client, window), k -> new long[1])[0]++;
        paths.computeIfAbsent(new Key(path, window), k -> new long[1])[0]++;
    }

    void merge(RateLimitBursts other) {
        other.clients.forEach((key, count) -> clients.computeIfAbsent(key, k -> new long[1])[0] += count[0]);
        other.paths.forEach((key, count) -> paths.computeIfAbsent(key, k -> new long[1])[0] += count[0]);
    }

    /** The client with the most 429s in one window (ties to the earlier window, then by name); null if none. */
    Burst largestOfAClient() {
        return largest(clients, Long.MIN_VALUE);
    }

    /** The path with the most 429s in the window starting at {@code window}; null if none. */
    Burst largestOfAPath(long window) {
        return largest(paths, window);
    }

    private static Burst largest(Map<Key, long[]> counts, long onlyWindow) {
        Key best = null;
        long bestCount = 0;
        for (Map.Entry<Key, long[]> entry : counts.entrySet()) {
            Key key = entry.getKey();
            long count = entry.getValue()[0];
            if (key.who().isEmpty() || (onlyWindow != Long.MIN_VALUE && key.window() != onlyWindow)) {
                continue;
            }
            if (count > bestCount || (count == bestCount && best != null && earlier(key, best))) {
                best = key;
                bestCount = count;
            }
        }
        return best == null ? null : new Burst(best.who(), bestCount, best.window(), best.window() + WINDOW_SECONDS);
    }

    private static boolean earlier(Key key, Key than) {
        return key.window() != than.window()
                ? key.window() < than.window()
                : key.who().compareTo(than.who()) < 0;
    }
}
