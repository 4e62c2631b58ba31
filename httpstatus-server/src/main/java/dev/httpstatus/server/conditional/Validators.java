package dev.httpstatus.server.conditional;

/**
 * Reads the entity-tag lists of If-None-Match and If-Match (RFC 9110 §13.1): {@code *}, or tags such as {@code
 * "v1"} and {@code W/"v1"}, separated by commas. What is not a tag (a value without quotes) names nothing.
 */
final class Validators {
    private Validators() {}

    /**
     * Whether {@code header} names {@code etag}, a strong tag in quotes: by weak comparison when {@code weak} (a weak
     * tag matches too, as If-None-Match compares), else by strong comparison (only the strong tag, as If-Match).
     */
    static boolean matches(String header, String etag, boolean weak) {
        if (header.strip().equals("*")) {
            return true;
        }
        int at = 0;
        while (at < header.length()) {
            char c = header.charAt(at);
            if (c == ' ' || c == '\t' || c == ',') {
                at++;
                continue;
            }
            boolean isWeak = header.startsWith("W/", at);
            int open = isWeak ? at + 2 : at;
            int close = open < header.length() && header.charAt(open) == '"' ? header.indexOf('"', open + 1) : -1;
            if (close < 0) {
                int comma = header.indexOf(',', at);
                at = comma < 0 ? header.length() : comma + 1;
                continue;
            }
            if ((weak || !isWeak)
                    && header.regionMatches(open, etag, 0, etag.length())
                    && close + 1 - open == etag.length()) {
                return true;
            }
            at = close + 1;
        }
        return false;
    }
}
