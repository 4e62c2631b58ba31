package dev.httpstatus;

/**
 * A status pattern that cannot be read. The message says what is wrong in English; {@link #problem()}
 * and {@link #item()} let a caller say it in another language.
 */
public final class InvalidPatternException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** What is wrong with a pattern. */
    public enum Problem {
        /** Nothing was given. */
        EMPTY,
        /** A comma-separated list has an empty item. */
        EMPTY_ITEM,
        /** An item is not a code, class, decade or range. */
        NOT_A_PATTERN,
        /** A code lies outside 100..599. */
        OUT_OF_RANGE,
        /** A range's end comes before its start. */
        BACKWARDS,
        /** A range's end is not a three-digit number. */
        NOT_THREE_DIGITS
    }

    private final Problem problem;
    private final String item;

    InvalidPatternException(Problem problem, String item, String message) {
        super(message);
        this.problem = problem;
        this.item = item;
    }

    /** What is wrong. */
    public Problem problem() {
        return problem;
    }

    /** The part of the pattern that is wrong (the whole pattern for {@link Problem#EMPTY_ITEM}). */
    public String item() {
        return item;
    }
}
