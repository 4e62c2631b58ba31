package dev.httpstatus.server.conditional;

import java.util.Locale;

/** Reads the entity-tag lists of If-None-Match and If-Match (RFC 9110 §13.1). */
final class Validators {
    private Validators() {}

    /** Whether {@code header} (a list of tags, or *) names {@code etag}; weak comparison when {@code weak}. */
    static boolean matches(String header, String etag, boolean weak) {
        if (header.strip().equals("*")) {
            return true;
        }
        for (String candidate : header.split(",")) {
            String tag = candidate.strip();
            boolean isWeak = tag.toUpperCase(Locale.ROOT).startsWith("W/");
            if (isWeak && !weak) {
                continue;
            }
            if ((isWeak ? tag.substring(2) : tag).equals(etag)) {
                return true;
            }
        }
        return false;
    }
}
