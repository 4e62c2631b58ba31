package dev.httpstatus.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The entry point. A plain lookup ({@code httpstatus 404}) or search ({@code httpstatus search timeout})
 * takes a path that never loads picocli, so the commands most often typed start fastest; everything else
 * goes through picocli.
 */
public final class Main {
    /** The subcommands, which picocli knows too: a test holds the two lists together. */
    static final Set<String> SUBCOMMANDS =
            Set.of("search", "list", "check", "logs", "serve", "completion", "manpage", "help");

    private Main() {}

    public static void main(String[] typed) {
        String[] args = Arguments.asTyped(typed);
        Map<String, String> env = System.getenv();
        Context context = new Context(writer(FileDescriptor.out), writer(FileDescriptor.err), env, isTerminal(env));
        int exitCode = run(context, args);
        context.out().flush();
        context.err().flush();
        System.exit(exitCode);
    }

    /** Runs the command and returns its exit code. */
    static int run(Context context, String... args) {
        if (isPlainLookup(args)) {
            return Printer.defaults(context).lookup(List.of(args));
        }
        if (isPlainSearch(args)) {
            return Printer.defaults(context)
                    .search(
                            String.join(" ", List.of(args).subList(1, args.length)),
                            Integer.parseInt(SearchCommand.DEFAULT_LIMIT));
        }
        return Cli.create(context, args).execute(args);
    }

    /**
     * Whether every argument is a code, pattern or phrase: no option and no subcommand. A blank argument is left to
     * picocli, which reports it as a usage error.
     */
    static boolean isPlainLookup(String... args) {
        if (args.length == 0 || SUBCOMMANDS.contains(args[0])) {
            return false;
        }
        for (String arg : args) {
            if (arg.startsWith("-") || arg.isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** Whether this is {@code search} followed by words only, which the quick path can also serve. */
    static boolean isPlainSearch(String... args) {
        if (args.length < 2 || !args[0].equals("search")) {
            return false;
        }
        for (String arg : args) {
            if (arg.startsWith("-") || arg.isBlank()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether standard output is a terminal. The launcher knows for sure ({@code test -t 1}) and says so
     * in HTTPSTATUS_TTY; without it, the JVM's console is the best guess.
     */
    private static boolean isTerminal(Map<String, String> env) {
        String told = env.get("HTTPSTATUS_TTY");
        return told != null ? told.equals("1") : System.console() != null;
    }

    private static PrintWriter writer(FileDescriptor descriptor) {
        return new PrintWriter(new OutputStreamWriter(new FileOutputStream(descriptor), StandardCharsets.UTF_8), false);
    }
}
