package dev.httpstatus.logs;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The fields of one line as places in its bytes, reused from line to line: most lines are only counted by code
 * and minute, so their text fields are never made into strings. {@link #request()} makes them when a line needs
 * them (an error code's lists, a path or host filter).
 */
final class LineFields {
    byte[] bytes;
    int clientFrom;
    int clientTo;
    int hostFrom;
    int hostTo;
    int methodFrom;
    int methodTo;
    int targetFrom;
    int targetTo;
    int referrerFrom;
    int referrerTo;
    int status;
    long time;
    int offset;
    /** The request already made, by a format that reads whole strings (JSON); null for positional formats. */
    Request made;
    /** Whether the line was a directive of a W3C file ({@code #Fields:}...): neither a request nor unreadable. */
    boolean directive;
    /** The last minute read by this reader, kept from line to line (logs repeat a minute for many lines). */
    final LogTime.LastMinute lastMinute = new LogTime.LastMinute();
    /** Where an ISO time's offset is written, kept rather than made for every line. */
    final int[] isoOffset = new int[1];

    void clear(byte[] line) {
        bytes = line;
        clientFrom = clientTo = hostFrom = hostTo = methodFrom = methodTo = 0;
        targetFrom = targetTo = referrerFrom = referrerTo = 0;
        status = -1;
        time = Request.NO_TIME;
        offset = 0;
        made = null;
        directive = false;
    }

    void made(Request request) {
        made = request;
        status = request.status();
        time = request.epochSecond();
        offset = request.offsetSeconds();
    }

    Request request() {
        if (made == null) {
            made = new Request(
                    text(clientFrom, clientTo),
                    text(hostFrom, hostTo),
                    time,
                    offset,
                    text(methodFrom, methodTo),
                    text(targetFrom, targetTo),
                    status,
                    text(referrerFrom, referrerTo));
        }
        return made;
    }

    /** The client, from {@code strings}. */
    String client(Interner strings) {
        return strings.text(bytes, clientFrom, clientTo);
    }

    /** The method, from {@code strings}. */
    String method(Interner strings) {
        return strings.text(bytes, methodFrom, methodTo);
    }

    /** The referrer, from {@code strings}. */
    String referrer(Interner strings) {
        return strings.text(bytes, referrerFrom, referrerTo);
    }

    /**
     * The target's path from {@code strings}, as {@link Request#path()} reads it: without the query string, and
     * without scheme and host when absolute. Cut at ASCII bytes, which UTF-8 never uses inside a character, so
     * decoding the cut bytes gives what cutting the decoded target gives.
     */
    String path(Interner strings) {
        int from = targetFrom;
        int to = targetTo;
        int scheme = startsWith(from, to, HTTP) ? HTTP.length : startsWith(from, to, HTTPS) ? HTTPS.length : 0;
        if (scheme > 0) {
            int slash = from + scheme;
            while (slash < to && bytes[slash] != '/') {
                slash++;
            }
            from = slash;
        }
        int query = from;
        while (query < to && bytes[query] != '?') {
            query++;
        }
        return query == from ? "/" : strings.text(bytes, from, query);
    }

    private static final byte[] HTTP = "http://".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] HTTPS = "https://".getBytes(StandardCharsets.US_ASCII);

    private boolean startsWith(int from, int to, byte[] prefix) {
        return to - from >= prefix.length && Arrays.equals(bytes, from, from + prefix.length, prefix, 0, prefix.length);
    }

    private String text(int from, int to) {
        return from == to ? "" : new String(bytes, from, to - from, StandardCharsets.UTF_8);
    }
}
