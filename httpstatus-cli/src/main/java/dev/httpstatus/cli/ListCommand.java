package dev.httpstatus.cli;

import dev.httpstatus.HttpStatus;
import dev.httpstatus.StatusClass;
import dev.httpstatus.UnofficialCode;
import dev.httpstatus.cli.output.Entry;
import java.util.Comparator;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code httpstatus list [--class N] [--unofficial] [--all]}: the registered codes, the vendors' or both. */
@Command(name = "list", mixinStandardHelpOptions = true, sortOptions = false)
final class ListCommand implements Callable<Integer> {
    @ParentCommand
    HttpStatusCommand top;

    @Spec
    CommandSpec spec;

    @Option(
            names = {"-c", "--class"},
            descriptionKey = "list.class",
            paramLabel = "1-5")
    Integer statusClass;

    @Option(
            names = {"-u", "--unofficial"},
            descriptionKey = "list.unofficial")
    boolean unofficial;

    @Option(
            names = {"-a", "--all"},
            descriptionKey = "list.all")
    boolean all;

    @Override
    public Integer call() {
        if (statusClass != null && (statusClass < 1 || statusClass > 5)) {
            throw new ParameterException(spec.commandLine(), top.messages().get("error.class", statusClass));
        }
        Lookup lookup = new Lookup(top.messages(), top.context().err());
        if (!unofficial || all) {
            lookup.addAll(HttpStatus.registered().stream()
                    .filter(s -> inClass(s.code()))
                    .toList());
        }
        if (unofficial || all) {
            lookup.addUses(
                    UnofficialCode.all().stream().filter(u -> inClass(u.code())).toList());
        }
        top.printer()
                .print(
                        lookup.entries().stream()
                                .sorted(Comparator.comparingInt(Entry::code))
                                .toList(),
                        false);
        return ExitCodes.OK;
    }

    private boolean inClass(int code) {
        return statusClass == null || StatusClass.of(code).digit() == statusClass;
    }
}
