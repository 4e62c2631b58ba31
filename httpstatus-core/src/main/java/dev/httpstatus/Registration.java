package dev.httpstatus;

import java.util.Locale;

/** Where a code stands in the IANA HTTP Status Code Registry. */
public enum Registration {
    /** A permanent registration. */
    PERMANENT,
    /** A temporary registration with an expiry date ({@link HttpStatus#registrationExpiry()}). */
    TEMPORARY,
    /** Registered as "(Unused)": reserved so that nobody assigns it again (306, 418). */
    UNUSED,
    /** Registered, but its specification has been obsoleted (510). */
    OBSOLETED,
    /** Not registered, but used by some vendor or convention ({@link HttpStatus#unofficialMeanings()}). */
    UNOFFICIAL,
    /** Neither registered nor in common use. */
    UNASSIGNED;

    private final String id = name().toLowerCase(Locale.ROOT);

    /** Whether IANA lists the code with a meaning of its own, whatever its standing. */
    public boolean isRegistered() {
        return this != UNOFFICIAL && this != UNASSIGNED;
    }

    /** The lower-case name used in JSON, such as {@code "permanent"}. */
    public String id() {
        return id;
    }
}
