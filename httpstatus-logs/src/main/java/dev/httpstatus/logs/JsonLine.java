package dev.httpstatus.logs;

import java.util.HashMap;
import java.util.Map;

/**
 * A JSON log line read into its scalar values by path: {@code {"request":{"method":"GET"}}} gives
 * {@code request.method → GET}, the first element of an array is {@code .0}. Small and strict: anything that is
 * not one well-formed object, or nests deeper than a log line should, is refused with null.
 */
final class JsonLine {
    private static final int MAX_DEPTH = 16;

    private final String text;
    private final Map<String, String> values = new HashMap<>();
    private int at;

    private JsonLine(String text) {
        this.text = text;
    }

    /** The values of the object on {@code line}, or null when it is not a JSON object. */
    static Map<String, String> read(String line) {
        JsonLine reader = new JsonLine(line);
        try {
            reader.skipSpace();
            if (!reader.peek('{')) {
                return null;
            }
            reader.object("", 0);
            reader.skipSpace();
            return reader.at == line.length() ? reader.values : null;
        } catch (IllegalStateException | IndexOutOfBoundsException | NumberFormatException e) {
            return null;
        }
    }

    private void object(String prefix, int depth) {
        expect('{');
        skipSpace();
        if (peek('}')) {
            at++;
            return;
        }
        while (true) {
            skipSpace();
            String key = string();
            skipSpace();
            expect(':');
            value(prefix.isEmpty() ? key : prefix + "." + key, depth + 1);
            skipSpace();
            if (peek(',')) {
                at++;
            } else {
                expect('}');
                return;
            }
        }
    }

    private void array(String prefix, int depth) {
        expect('[');
        skipSpace();
        if (peek(']')) {
            at++;
            return;
        }
        for (int index = 0; ; index++) {
            value(prefix + "." + index, depth + 1);
            skipSpace();
            if (peek(',')) {
                at++;
            } else {
                expect(']');
                return;
            }
        }
    }

    private void value(String path, int depth) {
        if (depth > MAX_DEPTH) {
            throw new IllegalStateException("too deep");
        }
        skipSpace();
        char c = text.charAt(at);
        if (c == '{') {
            object(path, depth);
        } else if (c == '[') {
            array(path, depth);
        } else if (c == '"') {
            values.put(path, string());
        } else {
            int start = at;
            while (at < text.length() && ",}] \t".indexOf(text.charAt(at)) < 0) {
                at++;
            }
            if (start == at) {
                throw new IllegalStateException("no value");
            }
            values.put(path, text.substring(start, at));
        }
    }

    private String string() {
        expect('"');
        int start = at;
        // Most strings have no escapes: take them whole.
        while (true) {
            char c = text.charAt(at);
            if (c == '"') {
                return text.substring(start, at++);
            }
            if (c == '\\') {
                break;
            }
            at++;
        }
        StringBuilder out = new StringBuilder(text.substring(start, at));
        while (true) {
            char c = text.charAt(at++);
            if (c == '"') {
                return out.toString();
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char escaped = text.charAt(at++);
            switch (escaped) {
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'r' -> out.append('\r');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'u' -> {
                    out.append((char) Integer.parseInt(text, at, at + 4, 16));
                    at += 4;
                }
                default -> out.append(escaped);
            }
        }
    }

    private boolean peek(char c) {
        return at < text.length() && text.charAt(at) == c;
    }

    private void expect(char c) {
        if (!peek(c)) {
            throw new IllegalStateException("expected " + c);
        }
        at++;
    }

    private void skipSpace() {
        while (at < text.length() && (text.charAt(at) == ' ' || text.charAt(at) == '\t')) {
            at++;
        }
    }
}
