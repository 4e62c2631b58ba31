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
    private int lineFrom;
    private int lineTo;
    private String head;

    LineReader(InputStream in) {
        this.in = in;
    }

    /** The next line, or null at the end of the input. */
    String next() throws IOException {
        return advance() ? text() : null;
    }

    /**
     * Moves to the next line, whose bytes are then {@link #bytes()}[{@link #from()}, {@link #to()}) until the next
     * call; false at the end of the input.
     */
    boolean advance() throws IOException {
        tooLong = false;
        // How many bytes after start are known to hold no LF; filling moves start, never this.
        int searched = 0;
        while (true) {
            for (int i = start + searched; i < end; i++) {
                if (buffer[i] == '\n') {
                    line(start, i);
                    start = i + 1;
                    return true;
                }
            }
            searched = end - start;
            if (searched >= MAX_LINE) {
                overlong();
                return true;
            }
            if (eof) {
                if (start == end) {
                    return false;
                }
                line(start, end);
                start = end;
                return true;
            }
            fill();
        }
    }

    private void line(int from, int to) {
        lineFrom = from;
        lineTo = to > from && buffer[to - 1] == '\r' ? to - 1 : to;
        number++;
    }

    byte[] bytes() {
        return buffer;
    }

    int from() {
        return lineFrom;
    }

    int to() {
        return lineTo;
    }

    /** The current line as text: invalid UTF-8 as U+FFFD; an overlong line's first 200 bytes. */
    String text() {
        return tooLong ? head : new String(buffer, lineFrom, lineTo - lineFrom, StandardCharsets.UTF_8);
    }

    /** Whether the current line was cut short at {@link #MAX_LINE} bytes. */
    boolean tooLong() {
        return tooLong;
    }

    /** The number of the current line, from 1. */
    long lineNumber() {
        return number;
    }

    /** Keeps the first bytes of an overlong line and skips the rest of it. */
    private void overlong() throws IOException {
        head = new String(buffer, start, 200, StandardCharsets.UTF_8);
        tooLong = true;
        number++;
        lineFrom = lineTo = start;
        while (true) {
            for (int i = start; i < end; i++) {
                if (buffer[i] == '\n') {
                    start = i + 1;
                    return;
                }
            }
            start = end;
            if (eof) {
                return;
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
}
