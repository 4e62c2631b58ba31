package dev.httpstatus.cli;

import dev.httpstatus.server.config.ServerConfig;
import dev.httpstatus.server.config.Setting;
import dev.httpstatus.server.config.Settings;
import java.util.List;
import java.util.stream.Stream;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;

/**
 * The flags of {@code serve}, one for each of the server's {@link Settings}: named, labelled and described from
 * the setting, so that a setting declared there is a flag here, with its help in the chosen language.
 */
final class SettingFlags {
    /**
     * Below picocli's default order, -1, which --help and the inherited options keep: the settings come first, as
     * fields declared in the command would.
     */
    private static final int FIRST = -1 - Settings.all().size();

    private SettingFlags() {}

    /** Adds a flag for every setting to {@code serve}, described in the language of {@code messages}. */
    static void addTo(CommandSpec serve, Messages messages) {
        List<Setting<?>> settings = Settings.all();
        for (int i = 0; i < settings.size(); i++) {
            serve.addOption(option(settings.get(i), messages, FIRST + i));
        }
    }

    private static OptionSpec option(Setting<?> setting, Messages messages, int order) {
        String[] names = Stream.concat(setting.shortFlag().stream(), Stream.of(setting.flag()))
                .toArray(String[]::new);
        OptionSpec.Builder option =
                OptionSpec.builder(names).description(help(setting, messages)).order(order);
        setting.label()
                .ifPresentOrElse(
                        label -> option.paramLabel(label)
                                .arity("1")
                                .type(setting.repeatable() ? String[].class : String.class),
                        () -> option.arity("0").type(boolean.class));
        return option.build();
    }

    /**
     * The help of a setting's flag: the sentence the bundle holds for it, then its environment variable and its
     * default, if one is written, in the same form in every language.
     */
    static String help(Setting<?> setting, Messages messages) {
        String sentence = messages.get("setting." + setting.name());
        String variable = setting.environmentVariable();
        return setting.writtenDefault()
                .map(written -> messages.get("serve.settingWithDefault", sentence, variable, written))
                .orElseGet(() -> messages.get("serve.setting", sentence, variable));
    }

    /**
     * Sets on {@code config} what the flags given say, each read as its setting reads text: a value replaces
     * the environment's, or adds to it for a repeatable flag.
     *
     * @throws IllegalArgumentException naming the flag when a value cannot be read
     */
    static void applyTo(ServerConfig.Builder config, ParseResult given) {
        for (Setting<?> setting : Settings.all()) {
            OptionSpec flag = given.matchedOption(setting.flag());
            if (flag != null) {
                // A flag without a value is matched as "true", which reads as yes.
                flag.stringValues().forEach(text -> config.read(setting, setting.flag(), text));
            }
        }
    }
}
