package dev.httpstatus.cli;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** Renders the command model as a roff manual page, section 1. */
final class ManPage {
    private ManPage() {}

    static String roff(CommandSpec root, Messages messages) {
        StringBuilder man = new StringBuilder();
        man.append(".TH HTTPSTATUS 1 \"\" \"httpstatus\" \"")
                .append(messages.get("man.manual"))
                .append("\"\n");
        man.append(".SH ")
                .append(messages.get("man.name"))
                .append("\nhttpstatus \\- ")
                .append(escape(first(root.usageMessage().description())))
                .append('\n');
        man.append(".SH ").append(messages.get("man.synopsis")).append('\n');
        man.append(".B httpstatus\n[\\fIOPTIONS\\fR] [\\fICODE|PATTERN|PHRASE\\fR...]\n.br\n");
        root.subcommands()
                .keySet()
                .forEach(name -> man.append(".B httpstatus ").append(name).append("\n.br\n"));
        man.append(".SH ").append(messages.get("man.description")).append('\n');
        man.append(escape(String.join(" ", root.usageMessage().description()))).append('\n');
        man.append(".SH ").append(messages.get("man.options")).append('\n');
        root.options().forEach(option -> option(man, option));
        man.append(".SH ").append(messages.get("man.commands")).append('\n');
        root.subcommands().forEach((name, sub) -> command(man, name, sub.getCommandSpec()));
        man.append(".SH ").append(messages.get("man.exit")).append('\n');
        for (String line : messages.get("man.exitCodes").split("\\|")) {
            String[] parts = line.split("=", 2);
            man.append(".TP\n.B ")
                    .append(parts[0].strip())
                    .append('\n')
                    .append(escape(parts[1].strip()))
                    .append('\n');
        }
        man.append(".SH ")
                .append(messages.get("man.environment"))
                .append('\n')
                .append(escape(messages.get("man.environmentText")))
                .append('\n');
        return man.toString();
    }

    private static void command(StringBuilder man, String name, CommandSpec command) {
        String params =
                command.positionalParameters().stream().map(ArgSpec::paramLabel).collect(Collectors.joining(" "));
        man.append(".SS ")
                .append(name)
                .append(params.isEmpty() ? "" : " " + escape(params))
                .append('\n');
        man.append(escape(String.join(" ", command.usageMessage().description())))
                .append('\n');
        // In the order --help shows them: serve's setting flags are added last but ordered first.
        command.options().stream()
                .filter(o -> !o.inherited())
                .sorted(Comparator.comparingInt(OptionSpec::order))
                .forEach(option -> option(man, option));
    }

    private static void option(StringBuilder man, OptionSpec option) {
        String names = Stream.of(option.names()).map(ManPage::escape).collect(Collectors.joining(", "));
        String label = option.arity().max() > 0 ? " \\fI" + escape(option.paramLabel()) + "\\fR" : "";
        man.append(".TP\n\\fB").append(names).append("\\fR").append(label).append('\n');
        man.append(escape(String.join(" ", List.of(option.description())).replace("%n", " ")))
                .append('\n');
    }

    private static String first(String[] lines) {
        return lines.length == 0 ? "" : lines[0];
    }

    private static String escape(String text) {
        String escaped = text.replace("\\", "\\e").replace("-", "\\-");
        return escaped.startsWith(".") || escaped.startsWith("'") ? "\\&" + escaped : escaped;
    }
}
