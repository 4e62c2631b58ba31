package dev.httpstatus.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code httpstatus completion bash|zsh|fish}: prints a completion script built from the command's model. */
@Command(name = "completion", mixinStandardHelpOptions = true)
final class CompletionCommand implements Callable<Integer> {
    /** The shells a script can be printed for. */
    enum Shell {
        bash,
        zsh,
        fish
    }

    @ParentCommand
    HttpStatusCommand top;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SHELL", descriptionKey = "completion.shell")
    Shell shell;

    @Override
    public Integer call() {
        var root = spec.parent().commandLine();
        String script = switch (shell) {
            case bash -> AutoComplete.bash("httpstatus", root);
            // zsh runs the bash script through its bash-completion emulation.
            case zsh ->
                "autoload -U +X compinit && compinit\nautoload -U +X bashcompinit && bashcompinit\n"
                        + AutoComplete.bash("httpstatus", root);
            case fish -> FishCompletion.script(spec.parent());
        };
        top.context().out().print(script);
        top.context().out().flush();
        return ExitCodes.OK;
    }
}
