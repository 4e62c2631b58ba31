package dev.httpstatus;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * A set of status codes written the way people write them: {@code 404}, {@code 4xx}, {@code 4??}, {@code 4*},
 * {@code 41x}, {@code 41?}, {@code 41*}, {@code 500-504}, or a comma-separated list of these. The question mark is
 * how log tools and some test suites write a wildcard digit.
 */
public final class StatusPattern {
    private static final Pattern CODE = Pattern.compile("\\d{3}");
    private static final Pattern WILDCARD = Pattern.compile("([1-5])(?:xx|\\?\\?|\\*)|([1-5]\\d)(?:x|\\?|\\*)");
    private static final Pattern RANGE = Pattern.compile("(\\d+)\\s*-\\s*(\\d+)");
    private static final Pattern SHAPE = Pattern.compile("[\\d\\s,xX*?-]+");

    private final String text;
    private final List<Term> terms;

    private record Term(int low, int high, boolean exact) {
        boolean contains(int code) {
            return code >= low && code <= high;
        }
    }

    private StatusPattern(String text, List<Term> terms) {
        this.text = text;
        this.terms = terms;
    }

    /**
     * Whether {@code text} is written like a pattern (digits, x, ?, *, dashes and commas) rather than words,
     * whether or not it is a valid one.
     */
    public static boolean looksLikePattern(String text) {
        return SHAPE.matcher(text).matches() && text.chars().anyMatch(Character::isDigit);
    }

    /**
     * Reads a pattern.
     *
     * @throws InvalidPatternException when it is malformed, with a message saying what is wrong
     */
    public static StatusPattern parse(String text) {
        if (text.isBlank()) {
            throw new InvalidPatternException(
                    InvalidPatternException.Problem.EMPTY,
                    text,
                    "empty status pattern: give a code such as 404, a class such as 4xx, "
                            + "a decade such as 41x or a range such as 500-504");
        }
        List<Term> terms = new ArrayList<>();
        for (String part : text.split(",", -1)) {
            terms.add(term(part.strip().toLowerCase(Locale.ROOT), text));
        }
        return new StatusPattern(text.strip(), List.copyOf(terms));
    }

    private static Term term(String part, String whole) {
        if (part.isEmpty()) {
            throw new InvalidPatternException(
                    InvalidPatternException.Problem.EMPTY_ITEM,
                    whole,
                    "empty item in status pattern \"" + whole + "\"");
        }
        if (CODE.matcher(part).matches()) {
            int code = inRange(Integer.parseInt(part), part);
            return new Term(code, code, true);
        }
        Matcher wildcard = WILDCARD.matcher(part);
        if (wildcard.matches()) {
            return wildcard.group(1) != null ? span(wildcard.group(1), 100) : span(wildcard.group(2), 10);
        }
        Matcher range = RANGE.matcher(part);
        if (range.matches()) {
            return range(range.group(1), range.group(2), part);
        }
        throw new InvalidPatternException(
                InvalidPatternException.Problem.NOT_A_PATTERN,
                part,
                "\"" + part + "\" is not a status code or pattern: use a code such as 404, "
                        + "a class such as 4xx or 4*, a decade such as 41x or a range such as 500-504");
    }

    private static Term span(String prefix, int width) {
        int low = Integer.parseInt(prefix) * width;
        return new Term(low, low + width - 1, false);
    }

    private static Term range(String from, String to, String part) {
        int low = inRange(parseCode(from, part), part);
        int high = inRange(parseCode(to, part), part);
        if (low > high) {
            throw new InvalidPatternException(
                    InvalidPatternException.Problem.BACKWARDS,
                    part,
                    "range \"" + part + "\" runs backwards: write " + high + "-" + low);
        }
        return new Term(low, high, false);
    }

    private static int parseCode(String digits, String part) {
        if (digits.length() != 3) {
            throw new InvalidPatternException(
                    InvalidPatternException.Problem.NOT_THREE_DIGITS,
                    part,
                    "\"" + digits + "\" in \"" + part + "\" is not a three-digit status code");
        }
        return Integer.parseInt(digits);
    }

    private static int inRange(int code, String part) {
        if (code < HttpStatus.MIN_CODE || code > HttpStatus.MAX_CODE) {
            throw new InvalidPatternException(
                    InvalidPatternException.Problem.OUT_OF_RANGE,
                    part,
                    "status code " + code + " in \"" + part + "\" is outside " + HttpStatus.MIN_CODE + ".."
                            + HttpStatus.MAX_CODE);
        }
        return code;
    }

    /** Whether {@code code} falls in any part of the pattern. */
    public boolean matches(int code) {
        return terms.stream().anyMatch(term -> term.contains(code));
    }

    /**
     * The statuses the pattern names, in code order without repeats: every code named on its own, and the
     * registered codes that a wildcard or range covers.
     */
    public List<HttpStatus> statuses() {
        return IntStream.rangeClosed(HttpStatus.MIN_CODE, HttpStatus.MAX_CODE)
                .filter(this::names)
                .mapToObj(HttpStatus::of)
                .toList();
    }

    private boolean names(int code) {
        for (Term term : terms) {
            if (term.contains(code) && (term.exact || HttpStatus.of(code).isRegistered())) {
                return true;
            }
        }
        return false;
    }

    /** The pattern as written. */
    @Override
    public String toString() {
        return text;
    }
}
