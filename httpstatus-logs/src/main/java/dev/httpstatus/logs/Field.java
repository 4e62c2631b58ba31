package dev.httpstatus.logs;

/** What a field of a positional format holds, as far as the report cares. */
enum Field {
    CLIENT,
    /** A client's address and port, {@code 192.0.2.1:5678}: the client is the address. */
    CLIENT_AND_PORT,
    HOST,
    /** Apache's %t or nginx's $time_local: {@code 10/Oct/2000:13:55:36 -0700}. */
    TIME_COMMON,
    /** nginx's $time_iso8601. */
    TIME_ISO,
    /** nginx's $msec: seconds since the epoch with milliseconds. */
    TIME_EPOCH,
    /** The request line: method, target and protocol. */
    REQUEST,
    METHOD,
    TARGET,
    STATUS,
    REFERRER,
    /** Anything else: read past, never looked at. */
    OTHER
}
