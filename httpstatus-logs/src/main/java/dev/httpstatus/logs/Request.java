package dev.httpstatus.logs;

/**
 * One line of an access log, read for what the report needs. Text fields the format does not carry are empty.
 *
 * @param client the client's address, as logged
 * @param host the virtual host or Host header, as logged
 * @param epochSecond when the request was logged, in seconds since the epoch; {@link #NO_TIME} when the format
 *     has no time
 * @param offsetSeconds the offset from UTC the log wrote the time in, so that reports show the log's own clock
 * @param method the request method
 * @param target the request target as logged, query string included
 * @param status the status code: three digits, 000 to 999
 * @param referrer the Referer header, as logged
 */
public record Request(
        String client,
        String host,
        long epochSecond,
        int offsetSeconds,
        String method,
        String target,
        int status,
        String referrer) {

    /** The {@link #epochSecond} of a request whose format logs no time. */
    public static final long NO_TIME = Long.MIN_VALUE;

    /**
     * The target without its query string, and without scheme and host when it is absolute (as proxies and load
     * balancers log it): what the report groups requests by.
     */
    public String path() {
        int from = 0;
        if (target.startsWith("http://") || target.startsWith("https://")) {
            int slash = target.indexOf('/', target.indexOf("//") + 2);
            from = slash < 0 ? target.length() : slash;
        }
        int query = target.indexOf('?', from);
        String path = target.substring(from, query < 0 ? target.length() : query);
        return path.isEmpty() ? "/" : path;
    }

    /** Whether the format logged a time for this request. */
    public boolean hasTime() {
        return epochSecond != NO_TIME;
    }
}
