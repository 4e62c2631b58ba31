package dev.httpstatus.logs;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * What a report tells an operator to act on, from a tally's counts. Each finding needs at least
 * {@link Finding#MINIMUM} requests of its code, so that a handful of odd lines says nothing.
 */
final class Findings {
    /** How many paths a finding names. */
    private static final int PATHS = 3;

    private Findings() {}

    /**
     * Server errors a proxy writes (502, 503, 504), 499s, 429s and their largest burst, a client with at least a
     * third of the 404s (a scan), often redirected paths and redirect chains, and 304s from at least 5% of the
     * requests; in the order of {@link Finding.Kind}.
     */
    static List<Finding> of(Tally tally, Map<Integer, Long> codes, List<LogReport.ErrorCode> errors) {
        long counted = codes.values().stream().mapToLong(Long::longValue).sum();
        List<Finding> findings = new ArrayList<>();
        if (counted == 0) {
            return findings;
        }
        for (int code : new int[] {502, 503, 504}) {
            long count = codes.getOrDefault(code, 0L);
            if (count >= Finding.MINIMUM) {
                findings.add(Finding.of(Finding.Kind.UPSTREAM, code, count, counted));
            }
        }
        long gaveUp = codes.getOrDefault(499, 0L);
        if (gaveUp >= Finding.MINIMUM) {
            findings.add(Finding.of(Finding.Kind.CLIENTS_GAVE_UP, 499, gaveUp, counted));
        }
        for (LogReport.ErrorCode error : errors) {
            if (error.count() < Finding.MINIMUM || error.clients().isEmpty()) {
                continue;
            }
            LogReport.Count top = error.clients().get(0);
            double share = (double) error.count() / counted;
            if (error.code() == 429) {
                findings.add(
                        new Finding(Finding.Kind.RATE_LIMITED, 429, error.count(), share, top.value(), top.count()));
            } else if (error.code() == 404
                    && top.count() * 3 >= error.count()
                    && !top.value().isEmpty()) {
                findings.add(new Finding(Finding.Kind.SCANNER, 404, error.count(), share, top.value(), top.count()));
            }
        }
        burst(tally.bursts(), counted, findings);
        redirectedOften(tally.redirects(), codes, counted, findings);
        chains(tally.redirects(), counted, findings);
        long notModified = codes.getOrDefault(304, 0L);
        if (notModified >= Finding.MINIMUM && notModified * 20 >= counted) {
            findings.add(Finding.of(Finding.Kind.CACHING_WORKS, 304, notModified, counted));
        }
        findings.sort(Comparator.comparing(Finding::kind));
        return List.copyOf(findings);
    }

    /** The largest burst of 429s to one client in one window, with the path most limited in that window. */
    private static void burst(RateLimitBursts bursts, long counted, List<Finding> findings) {
        RateLimitBursts.Burst client = bursts.largestOfAClient();
        if (client == null || client.count() < Finding.MINIMUM) {
            return;
        }
        RateLimitBursts.Burst path = bursts.largestOfAPath(client.start());
        List<LogReport.Count> paths = path == null ? List.of() : List.of(new LogReport.Count(path.who(), path.count()));
        findings.add(new Finding(
                Finding.Kind.RATE_LIMIT_BURST,
                429,
                client.count(),
                (double) client.count() / counted,
                client.who(),
                client.count(),
                paths,
                client.start(),
                client.end()));
    }

    /**
     * For 301, 302, 307 and 308: the paths redirected at least {@link Finding#MINIMUM} times and for at least 0.1%
     * of the requests (in a log of millions, any path reaches ten).
     */
    private static void redirectedOften(
            Redirects redirects, Map<Integer, Long> codes, long counted, List<Finding> findings) {
        for (int code : new int[] {301, 302, 307, 308}) {
            List<LogReport.Count> often = redirects.paths(code).top(PATHS).stream()
                    .filter(path -> path.count() >= Finding.MINIMUM && path.count() * 1000 >= counted)
                    .toList();
            if (!often.isEmpty()) {
                long count = codes.getOrDefault(code, 0L);
                findings.add(new Finding(
                        Finding.Kind.REDIRECTED_OFTEN, code, count, (double) count / counted, "", 0, often, 0, 0));
            }
        }
    }

    /** Redirect after redirect to the same client along the same hops: see {@link Redirects#chains}. */
    private static void chains(Redirects redirects, long counted, List<Finding> findings) {
        List<LogReport.Count> chains = redirects.chains();
        if (chains.isEmpty()) {
            return;
        }
        long hops = chains.stream().mapToLong(LogReport.Count::count).sum();
        LogReport.Count client = redirects.clientsOf(chains).top(1).get(0);
        findings.add(new Finding(
                Finding.Kind.REDIRECT_CHAIN,
                redirects.codeOf(chains),
                hops,
                (double) hops / counted,
                client.value(),
                client.count(),
                chains.subList(0, Math.min(PATHS, chains.size())),
                0,
                0));
    }
}
