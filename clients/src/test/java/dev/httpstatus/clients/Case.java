package dev.httpstatus.clients;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * One behaviour measured on every client: the request it makes (built for one client, since some need a key of their
 * own) and how what the client did is read. Cases of one family (every {@code status-NNN}) share their texts.
 */
record Case(
        String name,
        String family,
        List<Integer> codes,
        Function<Origins, Request> request,
        Function<Seen, Verdict> reading) {

    Case(String name, List<Integer> codes, Function<Origins, Request> request, Function<Seen, Verdict> reading) {
        this(name, name, codes, request, reading);
    }

    /**
     * The server, at the origin the cases start from and at another one (the same port, another host name), and how
     * many requests for a path it has received (from its journal).
     */
    record Origins(String here, String elsewhere, String client, ToIntFunction<String> arrivals) {}

    /**
     * A request for a probe: the method, URL, headers and content (the text {@code repeat} times), a URL to get
     * with the same client afterwards, or null, and options that ask the probe to use its client another way than
     * plain HTTP/1.1 (each probe reads the ones it knows; see {@link #option}).
     */
    record Request(
            String method,
            String url,
            Map<String, String> headers,
            String body,
            int repeat,
            String then,
            Map<String, String> options) {
        Request(String method, String url, Map<String, String> headers, String body, int repeat, String then) {
            this(method, url, headers, body, repeat, then, Map.of());
        }

        static Request get(String url) {
            return new Request("GET", url, Map.of(), null, 1, null);
        }

        Request with(Map<String, String> headers) {
            return new Request(method, url, headers, body, repeat, then, options);
        }

        Request then(String next) {
            return new Request(method, url, headers, body, repeat, next, options);
        }

        /** The request with one more option: a name and a value without spaces, which every probe receives. */
        Request option(String name, String value) {
            Map<String, String> more = new TreeMap<>(options);
            more.put(name, value);
            return new Request(method, url, headers, body, repeat, then, Map.copyOf(more));
        }
    }

    Verdict read(Seen seen) {
        return seen.noAnswer() ? Verdict.bad("no-answer") : reading.apply(seen);
    }
}
