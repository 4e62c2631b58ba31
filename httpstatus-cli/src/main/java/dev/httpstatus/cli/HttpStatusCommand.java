package dev.httpstatus.cli;

import dev.httpstatus.Language;
import dev.httpstatus.cli.output.Format;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** {@code httpstatus [CODE|PATTERN|PHRASE...]}: looks codes up; the subcommands do the rest. */
@Command(
        name = "httpstatus",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        sortOptions = false,
        usageHelpAutoWidth = true,
        subcommands = {
            SearchCommand.class,
            ListCommand.class,
            CheckCommand.class,
            LogsCommand.class,
            ServeCommand.class,
            CompletionCommand.class,
            ManPageCommand.class,
            HelpCommand.class
        })
final class HttpStatusCommand implements Callable<Integer> {
    private final Context context;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "CODE|PATTERN|PHRASE", arity = "0..*", descriptionKey = "queries")
    List<String> queries = new ArrayList<>();

    @Option(
            names = "--lang",
            descriptionKey = "lang",
            paramLabel = "en|zh",
            completionCandidates = LanguageNames.class,
            scope = ScopeType.INHERIT,
            converter = LanguageConverter.class)
    Language language;

    @Option(
            names = {"-f", "--format"},
            descriptionKey = "format",
            paramLabel = "FORMAT",
            completionCandidates = FormatNames.class,
            scope = ScopeType.INHERIT)
    Format format = Format.TEXT;

    @Option(
            names = {"-l", "--long"},
            descriptionKey = "long",
            scope = ScopeType.INHERIT)
    boolean verbose;

    @Option(names = "--clients", descriptionKey = "clients")
    boolean clients;

    @Option(names = "--no-color", descriptionKey = "noColor", scope = ScopeType.INHERIT)
    boolean noColour;

    @Option(names = "--debug", descriptionKey = "debug", scope = ScopeType.INHERIT)
    boolean debug;

    /** The values of --lang, as completion offers them. */
    static final class LanguageNames implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return List.of("en", "zh").iterator();
        }
    }

    /** The values of --format, in lower case as people type them. */
    static final class FormatNames implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(Format.values())
                    .map(f -> f.name().toLowerCase(Locale.ROOT))
                    .iterator();
        }
    }

    HttpStatusCommand(Context context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        if (queries.isEmpty()) {
            spec.commandLine().usage(context.out());
            return ExitCodes.USAGE;
        }
        if (queries.stream().anyMatch(String::isBlank)) {
            throw new ParameterException(spec.commandLine(), messages().get("error.blank"));
        }
        return clients ? printer().clients(queries) : printer().lookup(queries);
    }

    Context context() {
        return context;
    }

    /** The printer for the options given here or on a subcommand (they are inherited). */
    Printer printer() {
        Language chosen = language != null ? language : Language.fromPosix(context.env());
        return new Printer(context, chosen, format, verbose, noColour);
    }

    Messages messages() {
        return printer().messages();
    }
}
