package dev.httpstatus.cli;

import dev.httpstatus.HttpStatus;
import dev.httpstatus.InvalidPatternException;
import dev.httpstatus.Registration;
import dev.httpstatus.StatusPattern;
import dev.httpstatus.UnofficialCode;
import dev.httpstatus.cli.output.Entry;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Resolves what was typed (codes, patterns, phrases or words) into entries to print, and says on the
 * error stream what could not be resolved. Plain Java, so the quick path can use it without picocli.
 */
final class Lookup {
    private static final int WORD_HITS = 3;

    private final Messages messages;
    private final PrintWriter err;
    private final Map<String, Entry> found = new LinkedHashMap<>();
    private int exitCode = ExitCodes.OK;

    Lookup(Messages messages, PrintWriter err) {
        this.messages = messages;
        this.err = err;
    }

    /** The entries, in the order asked, without repeats. */
    List<Entry> entries() {
        return List.copyOf(found.values());
    }

    /** 0 when everything was found, 1 when something was unknown, 2 when something was malformed. */
    int exitCode() {
        return exitCode;
    }

    /** Whether {@code queries} ask for exactly one code by number, which JSON prints as one object. */
    static boolean asksForOneCode(List<String> queries) {
        return queries.size() == 1 && queries.get(0).strip().matches("\\d{3}");
    }

    Lookup resolve(List<String> queries) {
        queries.forEach(query -> resolveOne(query.strip()));
        return this;
    }

    private void resolveOne(String query) {
        if (query.matches("\\d{3}")) {
            code(Integer.parseInt(query));
        } else if (query.matches("\\d{4,}")) {
            unknown(query);
        } else if (StatusPattern.looksLikePattern(query)) {
            pattern(query);
        } else if (!query.isEmpty()) {
            words(query);
        }
    }

    private void code(int code) {
        if (code < HttpStatus.MIN_CODE || code > HttpStatus.MAX_CODE) {
            outside(code);
        } else if (HttpStatus.of(code).registration() == Registration.UNASSIGNED) {
            HttpStatus status = HttpStatus.of(code);
            fail(
                    ExitCodes.NOT_FOUND,
                    messages.get(
                            "error.unassigned",
                            code,
                            status.statusClass().label(),
                            status.statusClass().digit() * 100,
                            names(HttpStatus.closest(code))));
        } else {
            add(HttpStatus.of(code));
        }
    }

    /** A number outside 100..599: unknown, unless some vendor logs it (AWS's 000, LinkedIn's 999). */
    private void outside(int code) {
        boolean logged = false;
        for (UnofficialCode use : UnofficialCode.all()) {
            if (use.code() == code) {
                add(use);
                logged = true;
            }
        }
        if (!logged) {
            unknown(Integer.toString(code));
        }
    }

    private void unknown(String number) {
        fail(ExitCodes.NOT_FOUND, messages.get("error.outOfRange", number));
    }

    private void pattern(String query) {
        try {
            List<HttpStatus> statuses = HttpStatus.match(query);
            if (statuses.isEmpty()) {
                fail(ExitCodes.NOT_FOUND, messages.get("error.patternEmpty", query));
            }
            statuses.forEach(this::add);
        } catch (InvalidPatternException e) {
            String why = messages.get("pattern." + e.problem().name(), e.item());
            fail(ExitCodes.USAGE, messages.get("error.pattern", query, why));
        }
    }

    private void words(String query) {
        var byName = HttpStatus.byPhrase(query);
        if (byName.isPresent()) {
            add(byName.get());
            return;
        }
        List<HttpStatus> hits = HttpStatus.search(query, messages.language().locale());
        if (hits.isEmpty()) {
            noMatch(query);
        }
        hits.stream().limit(WORD_HITS).forEach(this::add);
    }

    /** Reports that nothing matched {@code query}, offering the closest codes. */
    void noMatch(String query) {
        List<HttpStatus> closest = HttpStatus.closest(query);
        fail(
                ExitCodes.NOT_FOUND,
                closest.isEmpty()
                        ? messages.get("error.noMatch", query)
                        : messages.get("error.noMatchClosest", query, names(closest)));
    }

    private void add(HttpStatus status) {
        found.putIfAbsent(Integer.toString(status.code()), Entry.of(status, locale()));
    }

    private void add(UnofficialCode use) {
        found.putIfAbsent(use.code() + "/" + use.originId(), Entry.of(use, locale()));
    }

    private Locale locale() {
        return messages.language().locale();
    }

    private void fail(int code, String message) {
        err.println("httpstatus: " + message);
        exitCode = Math.max(exitCode, code);
    }

    private static String names(List<HttpStatus> statuses) {
        return statuses.stream().map(HttpStatus::toString).collect(Collectors.joining(", "));
    }

    /** Adds search results directly, for the search command. */
    Lookup addAll(List<HttpStatus> statuses) {
        statuses.forEach(this::add);
        return this;
    }

    /** Adds vendor entries directly, for the list command. */
    Lookup addUses(List<UnofficialCode> uses) {
        uses.forEach(this::add);
        return this;
    }
}
