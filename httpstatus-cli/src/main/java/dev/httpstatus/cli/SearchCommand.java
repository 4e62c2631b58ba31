package dev.httpstatus.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code httpstatus search WORDS...}: ranked search over names and texts in English and Chinese. */
@Command(name = "search", mixinStandardHelpOptions = true, sortOptions = false)
final class SearchCommand implements Callable<Integer> {
    /** How many results a search shows unless --limit says otherwise. */
    static final String DEFAULT_LIMIT = "10";

    @ParentCommand
    HttpStatusCommand top;

    @Parameters(paramLabel = "WORDS", arity = "1..*", descriptionKey = "search.words")
    List<String> words;

    @Option(
            names = {"-n", "--limit"},
            descriptionKey = "search.limit",
            paramLabel = "N",
            defaultValue = DEFAULT_LIMIT)
    int limit;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        String query = String.join(" ", words);
        if (query.isBlank()) {
            throw new ParameterException(spec.commandLine(), top.messages().get("error.blank"));
        }
        if (limit < 1) {
            throw new ParameterException(spec.commandLine(), top.messages().get("error.limit", limit));
        }
        return top.printer().search(query, limit);
    }
}
