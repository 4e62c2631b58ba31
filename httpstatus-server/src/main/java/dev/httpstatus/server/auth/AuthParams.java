package dev.httpstatus.server.auth;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the parameters of an Authorization header, {@code name=token} or {@code name="quoted string"}, separated by
 * commas (RFC 9110 §11.2, §5.6.1, §5.6.4). Names are kept in lower case, since they are read in any case.
 */
final class AuthParams {
    private final String text;
    private int at;

    private AuthParams(String text) {
        this.text = text;
    }

    /** The parameters in {@code text}, or empty when it is not a list of them or names one twice (RFC 7616 §3.4). */
    static Optional<Map<String, String>> parse(String text) {
        return new AuthParams(text).all();
    }

    private Optional<Map<String, String>> all() {
        Map<String, String> params = new HashMap<>();
        while (true) {
            while (at < text.length() && (isSpace(text.charAt(at)) || text.charAt(at) == ',')) {
                at++;
            }
            if (at == text.length()) {
                return Optional.of(params);
            }
            String name = token().toLowerCase(Locale.ROOT);
            skipSpace();
            if (name.isEmpty() || !next('=')) {
                return Optional.empty();
            }
            skipSpace();
            Optional<String> value = at < text.length() && text.charAt(at) == '"' ? quoted() : nonEmptyToken();
            if (value.isEmpty()) {
                return Optional.empty();
            }
            if (params.put(name, value.get()) != null) {
                return Optional.empty();
            }
            skipSpace();
            if (at < text.length() && text.charAt(at) != ',') {
                return Optional.empty();
            }
        }
    }

    private String token() {
        int start = at;
        while (at < text.length() && isTokenChar(text.charAt(at))) {
            at++;
        }
        return text.substring(start, at);
    }

    private Optional<String> nonEmptyToken() {
        String token = token();
        return token.isEmpty() ? Optional.empty() : Optional.of(token);
    }

    /** A quoted string without its quotes, a backslash taking the character after it as it is. */
    private Optional<String> quoted() {
        StringBuilder value = new StringBuilder();
        at++;
        while (at < text.length()) {
            char c = text.charAt(at++);
            if (c == '"') {
                return Optional.of(value.toString());
            }
            if (c == '\\') {
                if (at == text.length()) {
                    return Optional.empty();
                }
                c = text.charAt(at++);
            }
            value.append(c);
        }
        return Optional.empty();
    }

    private boolean next(char expected) {
        if (at < text.length() && text.charAt(at) == expected) {
            at++;
            return true;
        }
        return false;
    }

    private void skipSpace() {
        while (at < text.length() && isSpace(text.charAt(at))) {
            at++;
        }
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t';
    }

    /** RFC 9110 §5.6.2: tchar. */
    static boolean isTokenChar(char c) {
        return c > 0x20 && c < 0x7f && "\"(),/:;<=>?@[\\]{}".indexOf(c) < 0;
    }
}
