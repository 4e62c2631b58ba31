package dev.httpstatus.logs;

import java.util.HashMap;
import java.util.Map;

/**
 * Redirects (301, 302, 307, 308) by path, and chains: a client redirected again within {@link #CHAIN_SECONDS} of
 * a redirect, as a client following {@code /a → /b → /c} is. A log does not say where a redirect sends, so a chain
 * is seen from the client's side: redirect after redirect. Memory grows with the distinct redirected paths and
 * clients. A chain that crosses two parts of a file read at once is not seen (parts are at least 16 MiB).
 */
final class Redirects {
    /** A client following a redirect asks again at once; ten seconds allow for a slow network. */
    static final long CHAIN_SECONDS = 10;

    /** Code → its paths. */
    private final Map<Integer, Counter> paths = new HashMap<>();
    /** Client → its last redirect, only for clients that got one. */
    private final Map<String, Last> last = new HashMap<>();

    private final Counter chainHops = new Counter();
    private final Counter chainClients = new Counter();
    private final Map<Integer, long[]> chainCodes = new HashMap<>();

    private record Last(long time, String path) {}

    static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 307 || status == 308;
    }

    void add(Request request) {
        if (!isRedirect(request.status())) {
            return;
        }
        String path = request.path();
        paths.computeIfAbsent(request.status(), c -> new Counter()).add(path);
        if (!request.hasTime() || request.client().isEmpty()) {
            return;
        }
        Last before = last.put(request.client(), new Last(request.epochSecond(), path));
        long since = before == null ? Long.MAX_VALUE : request.epochSecond() - before.time();
        if (since >= 0 && since <= CHAIN_SECONDS && !before.path().equals(path)) {
            chainHops.add(before.path() + " → " + path);
            chainClients.add(request.client());
            chainCodes.computeIfAbsent(request.status(), c -> new long[1])[0]++;
        }
    }

    void merge(Redirects later) {
        later.paths.forEach((code, counter) ->
                paths.computeIfAbsent(code, c -> new Counter()).merge(counter));
        last.putAll(later.last);
        chainHops.merge(later.chainHops);
        chainClients.merge(later.chainClients);
        later.chainCodes.forEach((code, count) -> chainCodes.computeIfAbsent(code, c -> new long[1])[0] += count[0]);
    }

    /** The paths redirected with {@code code}; empty for a code not seen. */
    Counter paths(int code) {
        return paths.getOrDefault(code, new Counter());
    }

    /** The hops of chains, {@code /a → /b}, each counted. */
    Counter chainHops() {
        return chainHops;
    }

    /** The clients that followed chains, by hops. */
    Counter chainClients() {
        return chainClients;
    }

    /** How many hops of chains there were. */
    long chains() {
        long total = 0;
        for (long[] count : chainCodes.values()) {
            total += count[0];
        }
        return total;
    }

    /** The redirect code most chain hops were answered with. */
    int chainCode() {
        int best = 301;
        long bestCount = -1;
        for (Map.Entry<Integer, long[]> entry : new java.util.TreeMap<>(chainCodes).entrySet()) {
            if (entry.getValue()[0] > bestCount) {
                best = entry.getKey();
                bestCount = entry.getValue()[0];
            }
        }
        return best;
    }
}
