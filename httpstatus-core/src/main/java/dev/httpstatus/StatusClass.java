package dev.httpstatus;

import dev.httpstatus.internal.Texts;
import java.util.Locale;

/** The class of a status code, given by its first digit (RFC 9110 §15). */
public enum StatusClass {
    /** 1xx: an interim response; the final response is still to come. */
    INFORMATIONAL(1),
    /** 2xx: the request was received, understood and accepted. */
    SUCCESSFUL(2),
    /** 3xx: the client must take further action to complete the request. */
    REDIRECTION(3),
    /** 4xx: the request is at fault. */
    CLIENT_ERROR(4),
    /** 5xx: the server failed to fulfil an apparently valid request. */
    SERVER_ERROR(5),
    /** Any number outside 100..599. */
    UNKNOWN(0);

    private final int digit;
    private final String label;

    StatusClass(int digit) {
        this.digit = digit;
        this.label = digit == 0 ? "unknown" : digit + "xx";
    }

    /** The class of {@code code}; {@link #UNKNOWN} outside 100..599. */
    public static StatusClass of(int code) {
        if (code < HttpStatus.MIN_CODE || code > HttpStatus.MAX_CODE) {
            return UNKNOWN;
        }
        return values()[code / 100 - 1];
    }

    /** The first digit of the codes in this class, 0 for {@link #UNKNOWN}. */
    public int digit() {
        return digit;
    }

    /** The label used in the RFCs and in logs, such as {@code "4xx"}. */
    public String label() {
        return label;
    }

    /** Whether {@code code} belongs to this class. */
    public boolean contains(int code) {
        return of(code) == this;
    }

    /**
     * The code a client treats an unrecognised code of this class as (RFC 9110 §15: the x00 code of its
     * class).
     *
     * @throws IllegalStateException for {@link #UNKNOWN}, which has no such code
     */
    public HttpStatus baseStatus() {
        if (this == UNKNOWN) {
            throw new IllegalStateException("the unknown class has no base status");
        }
        return HttpStatus.of(digit * 100);
    }

    /**
     * The explanation of this class in {@code locale}'s language, or in English where there is none.
     *
     * @throws IllegalStateException for {@link #UNKNOWN}, which is not a class of the RFC
     */
    public StatusText text(Locale locale) {
        if (this == UNKNOWN) {
            throw new IllegalStateException("the unknown class has no text");
        }
        return Texts.of(locale).entry("class." + digit);
    }

    @Override
    public String toString() {
        return label;
    }
}
