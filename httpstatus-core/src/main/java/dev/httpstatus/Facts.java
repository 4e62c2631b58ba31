package dev.httpstatus;

import java.util.Set;

/** The sets of codes RFC 9110 states facts about. */
final class Facts {
    /**
     * Codes a cache may store without explicit freshness information: RFC 9110 §15.1's list, and 451, which RFC 7725
     * §3 defines as cacheable by default (§15.1's list gives examples; a code's own definition can add to it).
     */
    static final Set<Integer> HEURISTICALLY_CACHEABLE =
            Set.of(200, 203, 204, 206, 300, 301, 308, 404, 405, 410, 414, 451, 501);

    /** RFC 9110 §15.4: codes that send the client to another URI. */
    static final Set<Integer> REDIRECTS = Set.of(300, 301, 302, 303, 307, 308);

    private Facts() {}
}
