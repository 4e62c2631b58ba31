package dev.httpstatus.logs;

import java.util.List;

/**
 * A line format as the literals and fields it writes, in order: a line is read by walking it once, each field
 * ending where the literal after it begins. The status is therefore the field in the status's place, whatever
 * else on the line looks like a code. Text after the last literal is allowed (lines with extra trailing fields).
 */
final class PositionalParser {
    /** One step of a format: a literal to find, then the field that follows it (null after the last literal). */
    record Step(String literal, Field field) {}

    private final List<Step> steps;

    /** @param steps the literals and fields in line order; the first literal may be empty */
    PositionalParser(List<Step> steps) {
        this.steps = List.copyOf(steps);
    }

    List<Step> steps() {
        return steps;
    }

    /** The request on {@code line}, or null when the line does not have this format. */
    Request parse(String line) {
        int at = 0;
        int length = line.length();
        String client = "";
        String host = "";
        long time = Request.NO_TIME;
        int[] offset = {0};
        String method = "";
        String target = "";
        int status = -1;
        String referrer = "";
        for (int s = 0; s < steps.size(); s++) {
            Step step = steps.get(s);
            if (!line.startsWith(step.literal, at)) {
                return null;
            }
            at += step.literal.length();
            if (step.field == null) {
                break;
            }
            String next = s + 1 < steps.size() ? steps.get(s + 1).literal : "";
            boolean enclosed = step.literal.endsWith("\"") || step.literal.endsWith("[");
            int end = fieldEnd(line, at, next, enclosed);
            if (end < 0) {
                return null;
            }
            switch (step.field) {
                case CLIENT -> client = line.substring(at, end);
                case HOST -> host = line.substring(at, end);
                case TIME_COMMON -> time = LogTime.common(line, at, end, offset);
                case TIME_ISO -> time = LogTime.iso(line, at, end, offset);
                case TIME_EPOCH -> time = LogTime.epoch(line, at, end);
                case METHOD -> method = line.substring(at, end);
                case TARGET -> target = line.substring(at, end);
                case STATUS -> status = status(line, at, end);
                case REFERRER -> referrer = line.substring(at, end);
                case REQUEST -> {
                    int space = line.indexOf(' ', at);
                    if (space < 0 || space >= end) {
                        // "-", or a TLS handshake sent to the plain port: a request all the same, with a status.
                        target = line.substring(at, end);
                    } else {
                        method = line.substring(at, space);
                        int second = line.lastIndexOf(' ', end - 1);
                        target = line.substring(space + 1, second > space ? second : end);
                    }
                }
                case OTHER -> {}
            }
            if (time == LogTime.INVALID || status == -2) {
                return null;
            }
            at = end;
        }
        if (status < 0) {
            return null;
        }
        return new Request(client, host, time, offset[0], method, target, status, referrer);
    }

    /**
     * Where the field starting at {@code from} ends: at the next literal. Inside quotes or brackets a backslash
     * escapes the character after it; a bare field holds no space. With no literal after it, a field runs to the
     * next space or the end of the line. -1 when the line ends first.
     */
    private static int fieldEnd(String line, int from, String next, boolean enclosed) {
        int length = line.length();
        if (next.isEmpty()) {
            int space = line.indexOf(' ', from);
            return space < 0 ? length : space;
        }
        char first = next.charAt(0);
        for (int i = from; i < length; i++) {
            char c = line.charAt(i);
            if (c == '\\' && enclosed) {
                i++;
            } else if (c == first && line.startsWith(next, i)) {
                return i;
            } else if (c == ' ' && !enclosed) {
                return -1;
            }
        }
        return -1;
    }

    /** The status in three digits, or -2 when the field is anything else. */
    private static int status(String line, int from, int to) {
        if (to - from != 3) {
            return -2;
        }
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = line.charAt(i);
            if (c < '0' || c > '9') {
                return -2;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
