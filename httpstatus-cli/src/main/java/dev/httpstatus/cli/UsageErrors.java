package dev.httpstatus.cli;

import dev.httpstatus.Language;
import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/** A mistake on the command line: what was wrong, the short usage, exit 2. */
final class UsageErrors implements IParameterExceptionHandler {
    private final Messages messages;

    UsageErrors(Messages messages) {
        this.messages = messages;
    }

    @Override
    public int handleParseException(ParameterException problem, String[] args) {
        CommandLine command = problem.getCommandLine();
        PrintWriter err = command.getErr();
        err.println("httpstatus: " + describe(problem, command));
        UnmatchedArgumentException.printSuggestions(problem, err);
        err.print(command.getHelp().synopsisHeading() + command.getHelp().synopsis(0));
        err.println(messages.get("error.tryHelp", command.getCommandSpec().qualifiedName()));
        err.flush();
        return ExitCodes.USAGE;
    }

    /**
     * What was wrong, in the command's language. picocli's own sentences are English: the parser's commonest
     * complaints are said again in Chinese, and an unknown option is named first, where picocli would complain of
     * the parameter it then missed ({@code search --bogus}: "missing WORDS").
     */
    private String describe(ParameterException problem, CommandLine command) {
        List<String> unmatched = problem instanceof UnmatchedArgumentException unknown
                ? unknown.getUnmatched()
                : command.getUnmatchedArguments();
        if (!unmatched.isEmpty()
                && (problem instanceof UnmatchedArgumentException || problem instanceof MissingParameterException)) {
            String first = unmatched.get(0);
            return messages.get(first.startsWith("-") ? "error.unknownOption" : "error.unexpectedArgument", first);
        }
        if (messages.language() == Language.EN) {
            return problem.getMessage();
        }
        if (problem instanceof MissingParameterException missing
                && !missing.getMissing().isEmpty()) {
            return messages.get(
                    "error.missing",
                    missing.getMissing().stream().map(UsageErrors::name).collect(Collectors.joining("、")));
        }
        // A value picocli could not convert; the command's own checks say their own words, in the language.
        if (problem.getClass() == ParameterException.class
                && problem.getArgSpec() != null
                && problem.getValue() != null) {
            return messages.get("error.invalidValue", name(problem.getArgSpec()), problem.getValue());
        }
        return problem.getMessage();
    }

    private static String name(ArgSpec arg) {
        return arg instanceof OptionSpec option ? option.longestName() : arg.paramLabel();
    }
}
