package dev.httpstatus.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Map;

/**
 * What a run of the command works with: where it writes, the environment it reads, and whether its
 * output goes to a terminal. Tests build one around captured writers.
 */
record Context(PrintWriter out, PrintWriter err, Map<String, String> env, boolean terminal, InputStream in) {

    /** A context reading the process's standard input, which only {@code logs -} reads. */
    Context(PrintWriter out, PrintWriter err, Map<String, String> env, boolean terminal) {
        this(out, err, env, terminal, System.in);
    }

    /** Whether the text format may use colour: on a terminal, unless NO_COLOR is set to anything. */
    boolean colourAllowed() {
        String noColour = env.get("NO_COLOR");
        return terminal && (noColour == null || noColour.isEmpty());
    }
}
