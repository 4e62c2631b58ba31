package dev.httpstatus.clients;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

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

    /** The server, at the origin the cases start from and at another one (the same port, another host name). */
    record Origins(String here, String elsewhere, String client) {}

    /**
     * A request for a probe: the method, URL, headers and content (the text {@code repeat} times), and a URL to get
     * with the same client afterwards, or null.
     */
    record Request(String method, String url, Map<String, String> headers, String body, int repeat, String then) {
        static Request get(String url) {
            return new Request("GET", url, Map.of(), null, 1, null);
        }

        Request with(Map<String, String> headers) {
            return new Request(method, url, headers, body, repeat, then);
        }

        Request then(String next) {
            return new Request(method, url, headers, body, repeat, next);
        }
    }

    Verdict read(Seen seen) {
        return seen.noAnswer() ? Verdict.bad("no-answer") : reading.apply(seen);
    }
}
