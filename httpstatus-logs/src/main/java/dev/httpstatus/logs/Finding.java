package dev.httpstatus.logs;

import java.util.List;

/**
 * Something in a report an operator would act on, with the figures that show it. The words and advice are the
 * printer's (the registry explains each code); this says only what was found.
 *
 * @param kind what was found
 * @param code the status code it is about
 * @param count how many requests got that code (for {@link Kind#RATE_LIMIT_BURST}, in the burst's window; for
 *     {@link Kind#REDIRECT_CHAIN}, how many times a client was redirected again)
 * @param share their share of the requests counted, from 0 to 1
 * @param client for {@link Kind#SCANNER}, {@link Kind#RATE_LIMITED}, {@link Kind#RATE_LIMIT_BURST} and
 *     {@link Kind#REDIRECT_CHAIN}, the client with most of them; else empty
 * @param clientCount how many of them that client got
 * @param paths the paths to look at, most frequent first: a burst's most limited path, the most redirected paths,
 *     the most frequent hops of chains ({@code /a → /b}); else empty
 * @param start for {@link Kind#RATE_LIMIT_BURST}, the start of its window in seconds since the epoch; else 0
 * @param end the end of that window; else 0
 */
public record Finding(
        Kind kind,
        int code,
        long count,
        double share,
        String client,
        long clientCount,
        List<LogReport.Count> paths,
        long start,
        long end) {

    /** The kinds of finding, in the order a report lists them. */
    public enum Kind {
        /** 502, 503 or 504: the upstream behind a proxy is down, refusing or slow. */
        UPSTREAM,
        /** nginx's 499: clients gave up waiting, most often for a slow upstream. */
        CLIENTS_GAVE_UP,
        /** 429 answered, most of them to one client. */
        RATE_LIMITED,
        /** Many 429s to one client within a few minutes: it does not honour Retry-After. */
        RATE_LIMIT_BURST,
        /** One client got a large part of the 404s: a scan for known paths rather than broken links. */
        SCANNER,
        /** Paths answered with a redirect very often: links to them should point to where they redirect. */
        REDIRECTED_OFTEN,
        /** Clients redirected again right after a redirect: a chain, whose first link should point to its end. */
        REDIRECT_CHAIN,
        /** 304s: conditional requests are answered from the client's cache, so caching works. */
        CACHING_WORKS
    }

    /** At least this many requests of a code before anything is said about it. */
    static final long MINIMUM = 10;

    /** The paths are copied. */
    public Finding {
        paths = List.copyOf(paths);
    }

    /** A finding without paths or window. */
    public Finding(Kind kind, int code, long count, double share, String client, long clientCount) {
        this(kind, code, count, share, client, clientCount, List.of(), 0, 0);
    }

    static Finding of(Kind kind, int code, long count, long counted) {
        return new Finding(kind, code, count, (double) count / counted, "", 0);
    }
}
