package dev.httpstatus.server.inspect;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A header value made of a type and parameters, a Content-Type ({@code multipart/form-data; boundary=x}) or a
 * Content-Disposition ({@code form-data; name="file"; filename="a.txt"}), read as strictly as Go's
 * mime.ParseMediaType reads it, since go-httpbin refuses what that refuses.
 *
 * @param type the type in lower case
 * @param parameters the parameters by name in lower case, their values unquoted
 */
record HeaderValue(String type, Map<String, String> parameters) {
    private static final String SEPARATORS = "()<>@,;:\\\"/[]?= \t";

    /** {@code text} read, or empty when it is malformed: no type, a parameter without a value, one given twice. */
    static Optional<HeaderValue> parse(String text) {
        int semicolon = text.indexOf(';');
        String type =
                (semicolon < 0 ? text : text.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
        if (!isType(type)) {
            return Optional.empty();
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        Cursor cursor = new Cursor(text, semicolon < 0 ? text.length() : semicolon);
        while (cursor.more()) {
            if (!cursor.parameter(parameters)) {
                return Optional.empty();
            }
        }
        return Optional.of(new HeaderValue(type, parameters));
    }

    /** A token, or two separated by a slash. */
    private static boolean isType(String type) {
        int slash = type.indexOf('/');
        return slash < 0 ? isToken(type) : isToken(type.substring(0, slash)) && isToken(type.substring(slash + 1));
    }

    private static boolean isToken(String text) {
        return !text.isEmpty() && text.chars().allMatch(HeaderValue::isTokenChar);
    }

    private static boolean isTokenChar(int c) {
        return c > 0x20 && c < 0x7f && SEPARATORS.indexOf(c) < 0;
    }

    /** A position in the text, at a semicolon or the end, from which the parameters are read one by one. */
    private static final class Cursor {
        private final String text;
        private int at;

        Cursor(String text, int at) {
            this.text = text;
            this.at = at;
        }

        /** Whether a parameter may follow: the cursor is at a semicolon with more than blanks after it. */
        boolean more() {
            if (at < text.length() && text.charAt(at) == ';') {
                at = skipBlanks(at + 1);
            }
            return at < text.length();
        }

        /** Reads {@code name=value} up to the next semicolon; false when it is malformed or a repeat. */
        boolean parameter(Map<String, String> parameters) {
            int nameEnd = tokenEnd(at);
            String name = text.substring(at, nameEnd).toLowerCase(Locale.ROOT);
            at = skipBlanks(nameEnd);
            if (name.isEmpty() || at >= text.length() || text.charAt(at) != '=') {
                return false;
            }
            at = skipBlanks(at + 1);
            Optional<String> value = at < text.length() && text.charAt(at) == '"' ? quoted() : token();
            at = skipBlanks(at);
            boolean ends = at == text.length() || text.charAt(at) == ';';
            return value.isPresent() && ends && parameters.putIfAbsent(name, value.get()) == null;
        }

        private Optional<String> token() {
            int end = tokenEnd(at);
            String token = text.substring(at, end);
            at = end;
            return token.isEmpty() ? Optional.empty() : Optional.of(token);
        }

        /** A quoted string, a backslash taking the next character as it is. */
        private Optional<String> quoted() {
            StringBuilder value = new StringBuilder();
            for (int i = at + 1; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '"') {
                    at = i + 1;
                    return Optional.of(value.toString());
                }
                if (c == '\\' && i + 1 < text.length()) {
                    c = text.charAt(++i);
                }
                value.append(c);
            }
            return Optional.empty();
        }

        private int tokenEnd(int from) {
            int end = from;
            while (end < text.length() && isTokenChar(text.charAt(end))) {
                end++;
            }
            return end;
        }

        private int skipBlanks(int from) {
            int end = from;
            while (end < text.length() && (text.charAt(end) == ' ' || text.charAt(end) == '\t')) {
                end++;
            }
            return end;
        }
    }
}
