package dev.httpstatus.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
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
        err.println("httpstatus: " + problem.getMessage());
        UnmatchedArgumentException.printSuggestions(problem, err);
        err.print(command.getHelp().synopsisHeading() + command.getHelp().synopsis(0));
        err.println(messages.get("error.tryHelp", command.getCommandSpec().qualifiedName()));
        err.flush();
        return ExitCodes.USAGE;
    }
}
