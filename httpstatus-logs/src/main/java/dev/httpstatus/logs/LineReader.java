package dev.httpstatus.logs;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Lines of bytes read as UTF-8, without trusting them: a line ends at LF (a CR before it is dropped), invalid
 * UTF-8 becomes U+FFFD, and a line longer than {@link #MAX_LINE} bytes is returned cut short and flagged, so
 * that one hostile line can neither exhaust memory nor swallow its neighbours.
 */
final class LineReader {
    /** The longest line read whole: real log lines are far shorter; a longer one is counted as unreadable. */
    static final int MAX_LINE = 64 * 1024;

    private final InputStream in;
    private byte[] buffer = new byte[64 * 1024];
    private int start;
    private int end;
    private boolean eof;
    private boolean tooLong;
    private long number;

    LineReader(InputStream in) {
        this.in = in;
    }

    /** The next line, or null at the end of the input. */
    String next() throws IOException {
        tooLong = false;
        // How many bytes after start are known to hold no LF; filling moves start, never this.
        int searched = 0;
        while (true) {
            for (int i = start + searched; i < end; i++) {
                if (buffer[i] == '\n') {
                    String line = decode(start, i);
                    start = i + 1;
                    number++;
                    return line;
                }
            }
            searched = end - start;
            if (searched >= MAX_LINE) {
                return overlong();
            }
            if (eof) {
                if (start == end) {
                    return null;
                }
                String line = decode(start, end);
                start = end;
                number++;
                return line;
            }
            fill();
        }
    }

    /** Whether the line last returned was cut short at {@link #MAX_LINE} bytes. */
    boolean tooLong() {
        return tooLong;
    }

    /** The number of the line last returned, from 1. */
    long lineNumber() {
        return number;
    }

    /** Returns the first bytes of an overlong line and skips the rest of it. */
    private String overlong() throws IOException {
        String head = decode(start, start + 200);
        tooLong = true;
        number++;
        while (true) {
            for (int i = start; i < end; i++) {
                if (buffer[i] == '\n') {
                    start = i + 1;
                    return head;
                }
            }
            start = end;
            if (eof) {
                return head;
            }
            fill();
        }
    }

    private void fill() throws IOException {
        if (start > 0) {
            System.arraycopy(buffer, start, buffer, 0, end - start);
            end -= start;
            start = 0;
        }
        if (end == buffer.length) {
            buffer = Arrays.copyOf(buffer, buffer.length * 2);
        }
        int read = in.read(buffer, end, buffer.length - end);
        if (read < 0) {
            eof = true;
        } else {
            end += read;
        }
    }

    private String decode(int from, int to) {
        int stop = to > from && buffer[to - 1] == '\r' ? to - 1 : to;
        return new String(buffer, from, stop - from, StandardCharsets.UTF_8);
    }
}
