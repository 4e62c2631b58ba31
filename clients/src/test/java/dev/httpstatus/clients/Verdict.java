package dev.httpstatus.clients;

/**
 * What a case found a client to do: an outcome from the texts' table (outcomes.tsv), the detail that completes its
 * sentence (the error's name, the status seen), and whether a caller may rely on it.
 */
record Verdict(String outcome, String detail, boolean ok) {
    static Verdict ok(String outcome) {
        return new Verdict(outcome, "", true);
    }

    static Verdict bad(String outcome) {
        return new Verdict(outcome, "", false);
    }

    static Verdict bad(String outcome, String detail) {
        return new Verdict(outcome, detail == null ? "" : detail, false);
    }
}
