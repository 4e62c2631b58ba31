package dev.httpstatus.clients;

/**
 * What a case found a client to do: an outcome from the texts' table (outcomes.tsv), the detail that completes its
 * sentence (the error's name, the status seen), whether a caller may rely on it, and whether the case applies to
 * the client at all. A case that the client never meets (it cannot speak HTTP/1.0, so a 1xx sent to HTTP/1.0 cannot
 * reach it) tested nothing: its fact is a third mark, neither ✔ nor ✘.
 */
record Verdict(String outcome, String detail, boolean ok, boolean applies) {
    Verdict(String outcome, String detail, boolean ok) {
        this(outcome, detail, ok, true);
    }

    static Verdict ok(String outcome) {
        return new Verdict(outcome, "", true);
    }

    static Verdict bad(String outcome) {
        return new Verdict(outcome, "", false);
    }

    static Verdict bad(String outcome, String detail) {
        return new Verdict(outcome, detail == null ? "" : detail, false);
    }

    /**
     * The case does not reach this client: nothing a caller could rely on or not was tested. Still "ok" for those
     * who read only that (nothing to warn of, no advice), with {@code applies} false.
     */
    static Verdict notApplicable(String outcome) {
        return new Verdict(outcome, "", true, false);
    }
}
