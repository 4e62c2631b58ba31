package dev.httpstatus.cli;

import dev.httpstatus.Language;
import java.util.Optional;
import picocli.CommandLine;

/** Builds the picocli command line around a context, with texts in the language asked for. */
final class Cli {
    private Cli() {}

    /** The command line for {@code args}: its usage texts follow --lang when given, else the environment. */
    static CommandLine create(Context context, String... args) {
        Language language = languageArgument(args).orElseGet(() -> Language.fromPosix(context.env()));
        Messages messages = Messages.of(language);
        CommandLine commandLine = new CommandLine(new HttpStatusCommand(context));
        commandLine.setResourceBundle(messages.bundle());
        // serve's flags are made from the server's settings, with help in the language chosen here.
        SettingFlags.addTo(commandLine.getSubcommands().get("serve").getCommandSpec(), messages);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setOut(context.out());
        commandLine.setErr(context.err());
        commandLine.setParameterExceptionHandler(new UsageErrors(messages));
        commandLine.setExecutionExceptionHandler(new Failures(messages));
        return commandLine;
    }

    /** The --lang value among {@code args}, read before parsing so the help itself is in that language. */
    static Optional<Language> languageArgument(String... args) {
        for (int i = 0; i < args.length; i++) {
            String value = args[i].startsWith("--lang=")
                    ? args[i].substring("--lang=".length())
                    : args[i].equals("--lang") && i + 1 < args.length ? args[i + 1] : null;
            if (value != null) {
                return Language.parse(value);
            }
        }
        return Optional.empty();
    }
}
