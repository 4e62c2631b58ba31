package dev.httpstatus.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** An unexpected failure: one line for the user, the stack trace only with --debug. */
final class Failures implements IExecutionExceptionHandler {
    /** EX_SOFTWARE of sysexits.h: an internal error. */
    static final int INTERNAL_ERROR = 70;

    private final Messages messages;

    Failures(Messages messages) {
        this.messages = messages;
    }

    @Override
    public int handleExecutionException(Exception failure, CommandLine command, ParseResult parsed) {
        PrintWriter err = command.getErr();
        err.println("httpstatus: " + messages.get("error.internal", String.valueOf(failure)));
        Object root = command.getCommandSpec().root().userObject();
        if (root instanceof HttpStatusCommand top && top.debug) {
            failure.printStackTrace(err);
        } else {
            err.println(messages.get("error.debugHint"));
        }
        err.flush();
        return INTERNAL_ERROR;
    }
}
