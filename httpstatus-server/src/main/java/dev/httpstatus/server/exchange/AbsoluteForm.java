package dev.httpstatus.server.exchange;

import java.util.Locale;

/**
 * A request target in absolute form, {@code http://host:port/path?query} (RFC 9112 §3.2.2): what a client sends
 * to a proxy. A server must accept it, and answers it by its path; its authority names the host instead of the
 * Host header. So a client whose proxy is this server reaches it whatever host its URLs name.
 *
 * @param scheme "http" or "https", in lower case
 * @param authority the host and optional port the target names
 * @param originForm the path and query, "/" when the target has no path
 */
record AbsoluteForm(String scheme, String authority, String originForm) {
    /**
     * Whether {@code target} starts with a scheme and a colon (RFC 3986 §3.1), which no origin-form target
     * (a path) and no asterisk-form does.
     */
    static boolean is(String target) {
        if (target.isEmpty() || !isLetter(target.charAt(0))) {
            return false;
        }
        for (int i = 1; i < target.length(); i++) {
            char c = target.charAt(i);
            if (c == ':') {
                return true;
            }
            if (!(isLetter(c) || (c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.')) {
                return false;
            }
        }
        return false;
    }

    /**
     * Reads {@code target}, which {@link #is} absolute.
     *
     * @throws Problem 400 for a scheme other than http and https, or an authority that is missing, carries user
     *     information (RFC 9110 §4.2.4), or is not a host with an optional port
     */
    static AbsoluteForm parse(String target) {
        int colon = target.indexOf(':');
        String scheme = target.substring(0, colon).toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw Problem.badRequest("target.scheme", scheme);
        }
        if (!target.startsWith("//", colon + 1)) {
            throw Problem.badRequest("target.authority");
        }
        int start = colon + 3;
        int end = start;
        while (end < target.length() && "/?#".indexOf(target.charAt(end)) < 0) {
            end++;
        }
        String authority = target.substring(start, end);
        if (authority.isEmpty()
                || authority.startsWith(":")
                || authority.indexOf('@') >= 0
                || !HostHeader.isValid(authority)) {
            throw Problem.badRequest("target.authority");
        }
        String rest = target.substring(end);
        return new AbsoluteForm(scheme, authority, rest.startsWith("/") ? rest : "/" + rest);
    }

    private static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
