package dev.httpstatus.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.Map;

/** One run of the command with captured output, as tests see it. */
record Run(int exitCode, String out, String err) {

    /** Runs through picocli's {@code execute}, as every command does, in English unless --lang says otherwise. */
    static Run of(String... args) {
        return in(Map.of("LANG", "en_US.UTF-8"), args);
    }

    /** Runs with the given environment. */
    static Run in(Map<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Context context = new Context(new PrintWriter(out), new PrintWriter(err), new HashMap<>(env), false);
        int exitCode = Cli.create(context, args).execute(args);
        context.out().flush();
        context.err().flush();
        return new Run(exitCode, out.toString(), err.toString());
    }

    /** Runs the way {@code main} does, taking the quick path for plain lookups. */
    static Run main(Map<String, String> env, boolean terminal, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Context context = new Context(new PrintWriter(out), new PrintWriter(err), new HashMap<>(env), terminal);
        int exitCode = Main.run(context, args);
        context.out().flush();
        context.err().flush();
        return new Run(exitCode, out.toString(), err.toString());
    }
}
