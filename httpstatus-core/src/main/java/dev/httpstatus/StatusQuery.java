package dev.httpstatus;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a query a person typed names, decided by one rule for every face (the command line, the API and the
 * site's search): a three-digit number is that code; something written like a pattern ({@code 5xx},
 * {@code 500-504,429}) is that pattern; a reason phrase or old name ({@code "payload too large"}) is its code;
 * anything else is words, searched in both languages and ranked. A query that names nothing says why, and
 * offers the closest codes where there are any.
 *
 * <pre>{@code
 * StatusQuery.resolve("5xx", Language.EN).statuses();     // the 11 registered server errors
 * StatusQuery.resolve("299", Language.EN).kind();         // UNASSIGNED, with closest() 200, 204, 206…
 * StatusQuery.resolve("超时", Language.ZH).statuses();     // 408, 504, … best first
 * }</pre>
 */
public final class StatusQuery {
    private static final Pattern THREE_DIGITS = Pattern.compile("\\d{3}");
    private static final Pattern LONGER_NUMBER = Pattern.compile("\\d{4,}");

    /** What a query turned out to be. */
    public enum Kind {
        /** A registered code, or one in unofficial use, given by number. */
        CODE,
        /** A number outside 100..599 that vendors nevertheless log, such as 000 or 999: {@link #unofficial()}. */
        UNOFFICIAL,
        /** A pattern, valid; {@link #statuses()} may be empty when it names no known code. */
        PATTERN,
        /** A reason phrase or an old name of one code. */
        PHRASE,
        /** Words, with the codes whose texts match them, best first. */
        WORDS,
        /** A number within 100..599 that nobody uses; {@link #closest()} offers the nearest registered codes. */
        UNASSIGNED,
        /** A number that is no status code at all: outside 100..599 and logged by no vendor. */
        NOT_A_CODE,
        /** Written like a pattern but malformed: {@link #invalidPattern()} says what is wrong. */
        INVALID_PATTERN,
        /** Words that match nothing; {@link #closest()} offers the loosest matches, if any. */
        NO_MATCH
    }

    private final String query;
    private final Kind kind;
    private final List<HttpStatus> statuses;
    private final List<UnofficialCode> unofficial;
    private final List<HttpStatus> closest;
    private final InvalidPatternException invalidPattern;

    private StatusQuery(
            String query,
            Kind kind,
            List<HttpStatus> statuses,
            List<UnofficialCode> unofficial,
            List<HttpStatus> closest,
            InvalidPatternException invalidPattern) {
        this.query = query;
        this.kind = kind;
        this.statuses = List.copyOf(statuses);
        this.unofficial = List.copyOf(unofficial);
        this.closest = List.copyOf(closest);
        this.invalidPattern = invalidPattern;
    }

    private static StatusQuery found(String query, Kind kind, List<HttpStatus> statuses) {
        return new StatusQuery(query, kind, statuses, List.of(), List.of(), null);
    }

    private static StatusQuery missed(String query, Kind kind, List<HttpStatus> closest) {
        return new StatusQuery(query, kind, List.of(), List.of(), closest, null);
    }

    /**
     * Resolves {@code query}, stripped of surrounding space.
     *
     * @param language the language whose texts count a little more when words are ranked
     */
    public static StatusQuery resolve(String query, Language language) {
        String q = query.strip();
        if (q.isEmpty()) {
            return missed(q, Kind.NO_MATCH, List.of());
        }
        if (THREE_DIGITS.matcher(q).matches()) {
            return number(q);
        }
        if (LONGER_NUMBER.matcher(q).matches()) {
            return missed(q, Kind.NOT_A_CODE, List.of());
        }
        if (StatusPattern.looksLikePattern(q)) {
            return pattern(q);
        }
        return words(q, language);
    }

    private static StatusQuery number(String q) {
        int code = Integer.parseInt(q);
        Optional<HttpStatus> status = HttpStatus.find(code);
        if (status.isEmpty()) {
            List<UnofficialCode> logged = UnofficialCode.all().stream()
                    .filter(use -> use.code() == code)
                    .toList();
            return logged.isEmpty()
                    ? missed(q, Kind.NOT_A_CODE, List.of())
                    : new StatusQuery(q, Kind.UNOFFICIAL, List.of(), logged, List.of(), null);
        }
        return status.get().registration() == Registration.UNASSIGNED
                ? missed(q, Kind.UNASSIGNED, HttpStatus.closest(code))
                : found(q, Kind.CODE, List.of(status.get()));
    }

    private static StatusQuery pattern(String q) {
        try {
            return found(q, Kind.PATTERN, HttpStatus.match(q));
        } catch (InvalidPatternException e) {
            return new StatusQuery(q, Kind.INVALID_PATTERN, List.of(), List.of(), List.of(), e);
        }
    }

    private static StatusQuery words(String q, Language language) {
        Optional<HttpStatus> named = HttpStatus.byPhrase(q);
        if (named.isPresent()) {
            return found(q, Kind.PHRASE, List.of(named.get()));
        }
        List<HttpStatus> hits = HttpStatus.search(q, language.locale());
        return hits.isEmpty() ? missed(q, Kind.NO_MATCH, HttpStatus.closest(q)) : found(q, Kind.WORDS, hits);
    }

    /** The query as resolved, stripped. */
    public String query() {
        return query;
    }

    /** What the query turned out to be. */
    public Kind kind() {
        return kind;
    }

    /** The codes the query names, in code order for a pattern and best first for words; empty when it names none. */
    public List<HttpStatus> statuses() {
        return statuses;
    }

    /** The unofficial uses of a number outside 100..599 ({@link Kind#UNOFFICIAL}); empty otherwise. */
    public List<UnofficialCode> unofficial() {
        return unofficial;
    }

    /** For a query that names nothing, the codes closest to it; empty otherwise or when none is close. */
    public List<HttpStatus> closest() {
        return closest;
    }

    /** For a malformed pattern, what is wrong with it. */
    public Optional<InvalidPatternException> invalidPattern() {
        return Optional.ofNullable(invalidPattern);
    }

    /** Whether the query names at least one code or unofficial use. */
    public boolean isFound() {
        return !statuses.isEmpty() || !unofficial.isEmpty();
    }

    @Override
    public String toString() {
        return kind + " " + query + " " + (isFound() ? statuses + "" + unofficial : closest);
    }
}
