package dev.httpstatus.logs;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A line format as the literals and fields it writes, in order: a line is read by walking its bytes once, each
 * field ending where the literal after it begins. The status is therefore the field in the status's place, whatever
 * else on the line looks like a code. Text after the last literal is allowed (lines with extra trailing fields).
 *
 * <p>It reads bytes, not characters: the literals are ASCII in every format, and in UTF-8 no byte of a multi-byte
 * character can be mistaken for an ASCII one, so a line need not be decoded to be read.
 */
final class PositionalParser {
    /** One step of a format: a literal to find, then the field that follows it (null after the last literal). */
    record Step(String literal, Field field) {}

    private final List<Step> steps;
    private final byte[][] literals;
    private final Field[] fields;
    private final boolean[] enclosed;

    /** @param steps the literals and fields in line order; the first literal may be empty */
    PositionalParser(List<Step> steps) {
        this.steps = List.copyOf(steps);
        int count = steps.size();
        literals = new byte[count][];
        fields = new Field[count];
        enclosed = new boolean[count];
        for (int i = 0; i < count; i++) {
            String literal = steps.get(i).literal();
            literals[i] = literal.getBytes(StandardCharsets.UTF_8);
            fields[i] = steps.get(i).field();
            enclosed[i] = literal.endsWith("\"") || literal.endsWith("[");
        }
    }

    List<Step> steps() {
        return steps;
    }

    /** The request on {@code line}, or null when the line does not have this format. */
    Request parse(String line) {
        byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
        LineFields fields = new LineFields();
        return read(bytes, 0, bytes.length, fields) ? fields.request() : null;
    }

    /** Reads the line in {@code bytes[from, to)} into {@code into}; false when it does not have this format. */
    boolean read(byte[] bytes, int from, int to, LineFields into) {
        into.clear(bytes);
        int at = from;
        for (int s = 0; s < literals.length; s++) {
            byte[] literal = literals[s];
            if (!startsWith(bytes, at, to, literal)) {
                return false;
            }
            at += literal.length;
            Field field = fields[s];
            if (field == null) {
                break;
            }
            byte[] next = s + 1 < literals.length ? literals[s + 1] : EMPTY;
            int end = fieldEnd(bytes, at, to, next, enclosed[s]);
            if (end < 0) {
                return false;
            }
            switch (field) {
                case CLIENT -> {
                    into.clientFrom = at;
                    into.clientTo = end;
                }
                case CLIENT_AND_PORT -> {
                    into.clientFrom = at;
                    int colon = end - 1;
                    while (colon > at && bytes[colon] != ':') {
                        colon--;
                    }
                    into.clientTo = colon > at ? colon : end;
                }
                case HOST -> {
                    into.hostFrom = at;
                    into.hostTo = end;
                }
                case TIME_COMMON -> {
                    long time = LogTime.common(bytes, at, end, into.lastMinute);
                    if (time == LogTime.INVALID) {
                        return false;
                    }
                    into.time = time;
                    into.offset = into.lastMinute.lastOffset;
                }
                case TIME_ISO, TIME_EPOCH -> {
                    int[] offset = into.isoOffset;
                    offset[0] = 0;
                    long time = field == Field.TIME_ISO
                            ? LogTime.iso(bytes, at, end, offset)
                            : LogTime.epoch(bytes, at, end);
                    if (time == LogTime.INVALID) {
                        return false;
                    }
                    into.time = time;
                    into.offset = offset[0];
                }
                case METHOD -> {
                    into.methodFrom = at;
                    into.methodTo = end;
                }
                case TARGET -> {
                    into.targetFrom = at;
                    into.targetTo = end;
                }
                case STATUS -> {
                    into.status = status(bytes, at, end);
                    if (into.status < 0) {
                        return false;
                    }
                }
                case REFERRER -> {
                    into.referrerFrom = at;
                    into.referrerTo = end;
                }
                case REQUEST -> request(bytes, at, end, into);
                case OTHER -> {}
            }
            at = end;
        }
        return into.status >= 0;
    }

    private static final byte[] EMPTY = {};

    /** Method and target from a request line; "-" or a TLS handshake sent to the plain port is all target. */
    private static void request(byte[] bytes, int from, int to, LineFields into) {
        int space = from;
        while (space < to && bytes[space] != ' ') {
            space++;
        }
        if (space >= to) {
            into.targetFrom = from;
            into.targetTo = to;
            return;
        }
        into.methodFrom = from;
        into.methodTo = space;
        int last = to - 1;
        while (last > space && bytes[last] != ' ') {
            last--;
        }
        into.targetFrom = space + 1;
        into.targetTo = last > space ? last : to;
    }

    private static boolean startsWith(byte[] bytes, int at, int to, byte[] literal) {
        if (to - at < literal.length) {
            return false;
        }
        for (int i = 0; i < literal.length; i++) {
            if (bytes[at + i] != literal[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Where the field starting at {@code from} ends: at the next literal. Inside quotes or brackets a backslash
     * escapes the byte after it; a bare field holds no space. With no literal after it, a field runs to the next
     * space or the end of the line. -1 when the line ends first.
     */
    private static int fieldEnd(byte[] bytes, int from, int to, byte[] next, boolean enclosed) {
        if (next.length == 0) {
            int i = from;
            while (i < to && bytes[i] != ' ') {
                i++;
            }
            return i;
        }
        // Two loops rather than one that asks which kind of field it is at every byte: the quoted fields (the
        // request line, the referrer, the user agent) are most of a line's bytes.
        byte first = next[0];
        // Most literals between fields are one byte (a space, a quote): found when that byte is.
        boolean single = next.length == 1;
        if (enclosed) {
            for (int i = from; i < to; i++) {
                byte b = bytes[i];
                if (b == '\\') {
                    i++;
                } else if (b == first && (single || startsWith(bytes, i, to, next))) {
                    return i;
                }
            }
        } else {
            for (int i = from; i < to; i++) {
                byte b = bytes[i];
                if (b == first && (single || startsWith(bytes, i, to, next))) {
                    return i;
                } else if (b == ' ') {
                    return -1;
                }
            }
        }
        return -1;
    }

    /** The status in three digits, or -1 when the field is anything else. */
    private static int status(byte[] bytes, int from, int to) {
        if (to - from != 3) {
            return -1;
        }
        int value = 0;
        for (int i = from; i < to; i++) {
            int digit = bytes[i] - '0';
            if (digit < 0 || digit > 9) {
                return -1;
            }
            value = value * 10 + digit;
        }
        return value;
    }
}
