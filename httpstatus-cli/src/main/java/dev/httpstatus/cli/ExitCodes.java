package dev.httpstatus.cli;

/** What the command's exit status means, so that scripts can branch on it. */
final class ExitCodes {
    /** Everything asked for was found; for check, the final status was 1xx, 2xx or 3xx. */
    static final int OK = 0;
    /** A code is unassigned or unknown, or nothing matched a search. */
    static final int NOT_FOUND = 1;
    /** The command line was wrong: a malformed pattern, an unknown option, a bad value. */
    static final int USAGE = 2;
    /** check: no response at all (connection refused, time-out, TLS failure). */
    static final int NO_RESPONSE = 3;
    /** check: the final status was a client error. */
    static final int CLIENT_ERROR = 4;
    /** check: the final status was a server error. */
    static final int SERVER_ERROR = 5;
    /** check: the redirect limit was reached before a final status. */
    static final int TOO_MANY_REDIRECTS = 6;
    /** logs: an input could not be read (a file vanished or is not gzip); sysexits' EX_NOINPUT. */
    static final int NO_INPUT = 66;
    /** logs: the HTML report could not be written; sysexits' EX_CANTCREAT. */
    static final int CANNOT_CREATE = 73;
    /** serve: the server cannot start (the port is taken, say); sysexits' EX_UNAVAILABLE. */
    static final int UNAVAILABLE = 69;

    private ExitCodes() {}
}
