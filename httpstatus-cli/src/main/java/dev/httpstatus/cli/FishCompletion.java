package dev.httpstatus.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** Writes fish completions from the command model, which picocli's generator does not cover. */
final class FishCompletion {
    private FishCompletion() {}

    static String script(CommandSpec root) {
        List<String> lines = new ArrayList<>();
        lines.add("# fish completion for httpstatus; save as ~/.config/fish/completions/httpstatus.fish");
        lines.add("complete -c httpstatus -f");
        for (OptionSpec option : root.options()) {
            lines.add(option(option, ""));
        }
        root.subcommands().forEach((name, sub) -> {
            lines.add("complete -c httpstatus -n __fish_use_subcommand -a " + name + " -d "
                    + quote(first(sub.getCommandSpec().usageMessage().description())));
            for (OptionSpec option : sub.getCommandSpec().options()) {
                if (!option.inherited()) {
                    lines.add(option(option, " -n '__fish_seen_subcommand_from " + name + "'"));
                }
            }
        });
        lines.add("complete -c httpstatus -n '__fish_seen_subcommand_from completion' -a 'bash zsh fish'");
        return String.join("\n", lines) + "\n";
    }

    private static String option(OptionSpec option, String condition) {
        StringBuilder line = new StringBuilder("complete -c httpstatus" + condition);
        for (String name : option.names()) {
            line.append(name.startsWith("--") ? " -l " + name.substring(2) : " -s " + name.substring(1));
        }
        if (option.arity().max() > 0) {
            line.append(" -r");
            Iterable<String> candidates = option.completionCandidates();
            if (candidates != null) {
                line.append(" -a ").append(quote(String.join(" ", candidates)));
            }
        }
        return line.append(" -d ").append(quote(first(option.description()))).toString();
    }

    private static String first(String[] lines) {
        return lines.length == 0 ? "" : lines[0].replace("%n", " ");
    }

    private static String quote(String text) {
        return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}
