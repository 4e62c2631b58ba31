package dev.httpstatus.logs;

/**
 * Something in a report an operator would act on, with the figures that show it. The words and advice are the
 * printer's (the registry explains each code); this says only what was found.
 *
 * @param kind what was found
 * @param code the status code it is about
 * @param count how many requests got that code
 * @param share their share of the requests counted, from 0 to 1
 * @param client for {@link Kind#SCANNER} and {@link Kind#RATE_LIMITED}, the client with most of them; else empty
 * @param clientCount how many of them that client got
 */
public record Finding(Kind kind, int code, long count, double share, String client, long clientCount) {

    /** The kinds of finding, in the order a report lists them. */
    public enum Kind {
        /** 502, 503 or 504: the upstream behind a proxy is down, refusing or slow. */
        UPSTREAM,
        /** nginx's 499: clients gave up waiting, most often for a slow upstream. */
        CLIENTS_GAVE_UP,
        /** 429 answered, most of them to one client. */
        RATE_LIMITED,
        /** One client got a large part of the 404s: a scan for known paths rather than broken links. */
        SCANNER,
        /** 304s: conditional requests are answered from the client's cache, so caching works. */
        CACHING_WORKS
    }

    /** At least this many requests of a code before anything is said about it. */
    static final long MINIMUM = 10;

    static Finding of(Kind kind, int code, long count, long counted) {
        return new Finding(kind, code, count, (double) count / counted, "", 0);
    }
}
