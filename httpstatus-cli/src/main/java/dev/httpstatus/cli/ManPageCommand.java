package dev.httpstatus.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code httpstatus manpage}: prints the manual page in roff, built from the same model as --help. */
@Command(name = "manpage", mixinStandardHelpOptions = true)
final class ManPageCommand implements Callable<Integer> {
    @ParentCommand
    HttpStatusCommand top;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        top.context().out().print(ManPage.roff(spec.parent(), top.messages()));
        top.context().out().flush();
        return ExitCodes.OK;
    }
}
