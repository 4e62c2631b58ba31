package dev.httpstatus.logs;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Redirects (301, 302, 307, 308) by path, and chains: a client redirected again within {@link #CHAIN_SECONDS} of
 * a redirect, as a client following {@code /a → /b → /c} is. A log does not say where a redirect sends, so a chain
 * is seen from the client's side: redirect after redirect. Memory grows with the distinct redirected paths and
 * clients. A chain that crosses two parts of a file read at once is not seen (parts are at least 16 MiB).
 */
final class Redirects implements Serializable {
    private static final long serialVersionUID = 1L;

    /** A client following a redirect asks again at once; ten seconds allow for a slow network. */
    static final long CHAIN_SECONDS = 10;

    /** Code → its paths. */
    private final Map<Integer, Counter> paths = new HashMap<>();
    /** Client → its last redirect, only for clients that got one. */
    private final Map<String, Last> last = new HashMap<>();

    private final Counter chainHops = new Counter();
    /** Hop → the clients that took it. */
    private final Map<String, Counter> chainClients = new HashMap<>();
    /** Hop → the code of its second redirect → count. */
    private final Map<String, Map<Integer, long[]>> chainCodes = new HashMap<>();

    private record Last(long time, String path) implements Serializable {}

    static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 307 || status == 308;
    }

    /** Counts a request whose {@code status} may be a redirect; the time is {@link Request#NO_TIME} when not logged. */
    void add(int status, long time, String client, String path) {
        if (!isRedirect(status)) {
            return;
        }
        paths.computeIfAbsent(status, c -> new Counter()).add(path);
        if (time == Request.NO_TIME || client.isEmpty()) {
            return;
        }
        Last before = last.put(client, new Last(time, path));
        long since = before == null ? Long.MAX_VALUE : time - before.time();
        if (since >= 0 && since <= CHAIN_SECONDS && !before.path().equals(path)) {
            String hop = before.path() + " → " + path;
            chainHops.add(hop);
            chainClients.computeIfAbsent(hop, h -> new Counter()).add(client);
            chainCodes.computeIfAbsent(hop, h -> new HashMap<>()).computeIfAbsent(status, c -> new long[1])[0]++;
        }
    }

    void merge(Redirects later) {
        later.paths.forEach((code, counter) ->
                paths.computeIfAbsent(code, c -> new Counter()).merge(counter));
        last.putAll(later.last);
        chainHops.merge(later.chainHops);
        later.chainClients.forEach((hop, clients) ->
                chainClients.computeIfAbsent(hop, h -> new Counter()).merge(clients));
        later.chainCodes.forEach((hop, codes) -> codes.forEach((code, count) ->
                chainCodes.computeIfAbsent(hop, h -> new HashMap<>()).computeIfAbsent(code, c -> new long[1])[0] +=
                        count[0]));
    }

    /** The paths redirected with {@code code}; empty for a code not seen. */
    Counter paths(int code) {
        return paths.getOrDefault(code, new Counter());
    }

    /**
     * The hops that are chains: {@code /a → /b} taken at least {@link Finding#MINIMUM} times, and after at least
     * half of the redirects of {@code /a}. A path redirected to one place is followed there every time; a busy
     * client that merely got two unrelated redirects within seconds is not a chain.
     */
    List<LogReport.Count> chains() {
        List<LogReport.Count> chains = new ArrayList<>();
        for (LogReport.Count hop : chainHops.top(Integer.MAX_VALUE)) {
            String from = hop.value().substring(0, hop.value().indexOf(" → "));
            long redirectsOfFrom = 0;
            for (Counter counter : paths.values()) {
                redirectsOfFrom += counter.count(from);
            }
            if (hop.count() >= Finding.MINIMUM && hop.count() * 2 >= redirectsOfFrom) {
                chains.add(hop);
            }
        }
        return chains;
    }

    /** The clients that took {@code hops}, merged. */
    Counter clientsOf(List<LogReport.Count> hops) {
        Counter clients = new Counter();
        for (LogReport.Count hop : hops) {
            clients.merge(chainClients.get(hop.value()));
        }
        return clients;
    }

    /** The redirect code most of {@code hops} ended with, the lower on a tie. */
    int codeOf(List<LogReport.Count> hops) {
        Map<Integer, long[]> codes = new TreeMap<>();
        for (LogReport.Count hop : hops) {
            chainCodes
                    .get(hop.value())
                    .forEach((code, count) -> codes.computeIfAbsent(code, c -> new long[1])[0] += count[0]);
        }
        int best = 301;
        long bestCount = -1;
        for (Map.Entry<Integer, long[]> entry : codes.entrySet()) {
            if (entry.getValue()[0] > bestCount) {
                best = entry.getKey();
                bestCount = entry.getValue()[0];
            }
        }
        return best;
    }
}
