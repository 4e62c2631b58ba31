package dev.httpstatus.cli.output;

import dev.httpstatus.StatusClass;

/** ANSI colours for the text format, or none at all. */
public final class Style {
    private static final String RESET = "\u001b[0m";
    private final boolean enabled;

    public Style(boolean enabled) {
        this.enabled = enabled;
    }

    /** The code in its class's colour: 1xx blue, 2xx green, 3xx cyan, 4xx yellow, 5xx red. */
    public String code(String code, StatusClass statusClass) {
        String colour = switch (statusClass) {
            case INFORMATIONAL -> "34";
            case SUCCESSFUL -> "32";
            case REDIRECTION -> "36";
            case CLIENT_ERROR -> "33";
            case SERVER_ERROR -> "31";
            case UNKNOWN -> "35";
        };
        return wrap("1;" + colour, code);
    }

    public String bold(String text) {
        return wrap("1", text);
    }

    public String dim(String text) {
        return wrap("2", text);
    }

    private String wrap(String sgr, String text) {
        return enabled ? "\u001b[" + sgr + "m" + text + RESET : text;
    }
}
