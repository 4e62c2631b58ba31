package dev.httpstatus;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which status codes a well-known HTTP client retries by default. Retrying is a choice of the client,
 * not a fact of the code, so these are presets named after the clients they come from.
 */
public enum RetryPolicy {
    /** npm {@code statuses.retry}: the gateway and availability errors. */
    NPM_STATUSES("npm statuses", 502, 503, 504),
    /** Apache HttpClient 5 {@code DefaultHttpRequestRetryStrategy}: rate limiting and unavailability. */
    APACHE_HTTPCLIENT5("Apache HttpClient 5", 429, 503),
    /** ky (JavaScript): time-outs, size and rate limits, and most server errors. */
    KY("ky", 408, 413, 429, 500, 502, 503, 504),
    /** got (Node.js): ky's set plus Cloudflare's origin errors 521, 522 and 524. */
    GOT("got", 408, 413, 429, 500, 502, 503, 504, 521, 522, 524),
    /** urllib3 (Python) {@code Retry.RETRY_AFTER_STATUS_CODES}: the codes whose Retry-After it honours. */
    URLLIB3_RETRY_AFTER("urllib3", 413, 429, 503);

    private final String client;
    private final Set<Integer> codes;

    RetryPolicy(String client, Integer... codes) {
        this.client = client;
        this.codes = Set.of(codes);
    }

    /** The name of the client this preset comes from. */
    public String client() {
        return client;
    }

    /** The codes this client retries, in ascending order. */
    public List<Integer> codes() {
        return codes.stream().sorted().toList();
    }

    /** Whether this client retries a response with {@code status}. */
    public boolean retries(HttpStatus status) {
        return codes.contains(status.code());
    }

    /** The name of the client and its codes: "ky [408, 413, 429, 500, 502, 503, 504]". */
    @Override
    public String toString() {
        return client + " " + codes().stream().map(String::valueOf).collect(Collectors.joining(", ", "[", "]"));
    }
}
