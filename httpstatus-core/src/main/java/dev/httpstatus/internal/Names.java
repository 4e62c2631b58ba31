package dev.httpstatus.internal;

import java.util.Locale;

/** Normalises names so that case, spacing and punctuation do not matter when comparing them. */
public final class Names {
    private Names() {}

    /** {@code "Request-URI Too Long"} and {@code "request uri too long"} both become "requesturitoolong". */
    public static String normalize(String name) {
        StringBuilder out = new StringBuilder(name.length());
        name.toLowerCase(Locale.ROOT)
                .codePoints()
                .filter(Character::isLetterOrDigit)
                .forEach(out::appendCodePoint);
        return out.toString();
    }
}
