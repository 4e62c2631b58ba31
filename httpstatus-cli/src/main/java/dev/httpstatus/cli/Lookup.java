package dev.httpstatus.cli;

import dev.httpstatus.HttpStatus;
import dev.httpstatus.InvalidPatternException;
import dev.httpstatus.StatusQuery;
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
        queries.forEach(query -> resolve(query, WORD_HITS));
        return this;
    }

    /**
     * Resolves one query the way every face does ({@link StatusQuery}), keeping at most {@code wordHits} of the
     * codes words match; an empty query asks for nothing.
     */
    Lookup resolve(String query, int wordHits) {
        if (query.isBlank()) {
            return this;
        }
        StatusQuery resolved = StatusQuery.resolve(query, messages.language());
        switch (resolved.kind()) {
            case CODE, PHRASE -> resolved.statuses().forEach(this::add);
            case WORDS -> resolved.statuses().stream().limit(wordHits).forEach(this::add);
            case PATTERN -> pattern(resolved);
            case UNOFFICIAL -> resolved.unofficial().forEach(this::add);
            case UNASSIGNED -> unassigned(resolved);
            case NOT_A_CODE -> fail(ExitCodes.NOT_FOUND, messages.get("error.outOfRange", resolved.query()));
            case INVALID_PATTERN -> invalidPattern(resolved);
            case NO_MATCH -> noMatch(resolved.query(), resolved.closest());
        }
        return this;
    }

    private void pattern(StatusQuery resolved) {
        if (resolved.statuses().isEmpty()) {
            fail(ExitCodes.NOT_FOUND, messages.get("error.patternEmpty", resolved.query()));
        }
        resolved.statuses().forEach(this::add);
    }

    private void unassigned(StatusQuery resolved) {
        HttpStatus status = HttpStatus.of(Integer.parseInt(resolved.query()));
        fail(
                ExitCodes.NOT_FOUND,
                messages.get(
                        "error.unassigned",
                        status.code(),
                        status.statusClass().label(),
                        status.statusClass().digit() * 100,
                        names(resolved.closest())));
    }

    private void invalidPattern(StatusQuery resolved) {
        InvalidPatternException e = resolved.invalidPattern().orElseThrow();
        String why = messages.get("pattern." + e.problem().name(), e.item());
        fail(ExitCodes.USAGE, messages.get("error.pattern", resolved.query(), why));
    }

    /** Reports that nothing matched {@code query}, offering the {@code closest} codes. */
    private void noMatch(String query, List<HttpStatus> closest) {
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

    /** Adds statuses directly, for the list command. */
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
