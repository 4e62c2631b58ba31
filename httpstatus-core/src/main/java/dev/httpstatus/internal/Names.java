package dev.httpstatus.internal;

import java.util.Locale;

/** Normalises names so that case, spacing and punctuation do not matter when comparing them. */
public final class Names {
    private Names() {}

    /** {@code "Request-URI Too Long"} and {@code "request uri too long"} both become "requesturitoolong". */
    public static String normalize(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(lower.length());
        for (int i = 0; i < lower.length(); i += Character.charCount(lower.codePointAt(i))) {
            int c = lower.codePointAt(i);
            if (Character.isLetterOrDigit(c)) {
                out.appendCodePoint(c);
            }
        }
        return out.toString();
    }

    /** Whether {@code name} is a single word, such as "Redirect", rather than a phrase. */
    public static boolean isOneWord(String name) {
        String stripped = name.strip();
        for (int i = 0; i < stripped.length(); i++) {
            if (!Character.isLetterOrDigit(stripped.charAt(i))) {
                return false;
            }
        }
        return !stripped.isEmpty();
    }
}
