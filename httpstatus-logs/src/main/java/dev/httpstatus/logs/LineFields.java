package dev.httpstatus.logs;

import java.nio.charset.StandardCharsets;

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

    private String text(int from, int to) {
        return from == to ? "" : new String(bytes, from, to - from, StandardCharsets.UTF_8);
    }
}
