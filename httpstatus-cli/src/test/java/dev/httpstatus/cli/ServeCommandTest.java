package dev.httpstatus.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.httpstatus.Language;
import dev.httpstatus.server.StatusServer;
import dev.httpstatus.server.config.ServerConfig;
import dev.httpstatus.server.config.Setting;
import dev.httpstatus.server.config.Settings;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;

/**
 * {@code serve}'s flags and the settings table they come from: every setting is a flag read into the
 * configuration, described in both languages, and listed in docs/server.md; the server is started only to see
 * what happens when it cannot be.
 */
class ServeCommandTest {
    private static final Path README = Path.of("../docs/server.md");

    /** The configuration {@code serve} would start with, given these flags and this environment. */
    private static ServerConfig configOf(Map<String, String> env, String... flags) {
        String[] args = Stream.concat(Stream.of("serve"), Stream.of(flags)).toArray(String[]::new);
        CommandLine cli = Cli.create(context(env), args);
        cli.parseArgs(args);
        return ((ServeCommand) cli.getSubcommands().get("serve").getCommand()).config();
    }

    private static Context context(Map<String, String> env) {
        return new Context(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), env, false);
    }

    @Test
    void everySettingIsAFlagOfServeReadIntoTheConfiguration() {
        List<String> flags = new ArrayList<>();
        for (Setting<?> setting : Settings.all()) {
            flags.add(setting.flag());
            setting.label().ifPresent(label -> flags.add(setting.example()));
        }
        ServerConfig config = configOf(Map.of(), flags.toArray(String[]::new));
        for (Setting<?> setting : Settings.all()) {
            assertThat(config.get(setting))
                    .as(setting.flag())
                    .isEqualTo(setting.read("test", setting.example()))
                    .isNotEqualTo(setting.defaultValue());
        }
        assertThat(config.journal()).as("journal").isFalse();
    }

    @Test
    void withoutFlagsServeRunsWithTheDefaultsButNoJournal() {
        assertThat(configOf(Map.of()))
                .isEqualTo(ServerConfig.defaults().toBuilder().journal(false).build());
    }

    @Test
    void flagsWinOverTheEnvironmentAndRedirectHostsAddToIt() {
        ServerConfig config = configOf(
                Map.of(
                        "HTTPSTATUS_MAX_BODY", "1m",
                        "HTTPSTATUS_PORT", "9000",
                        "HTTPSTATUS_ALLOW_REDIRECT_HOSTS", "a.example"),
                "--max-body=2m",
                "--allow-redirect-host",
                "B.example",
                "--allow-redirect-host=c.example,d.example");
        assertThat(config.maxBody()).isEqualTo(2 << 20);
        assertThat(config.port()).isEqualTo(9000);
        assertThat(config.redirectHosts())
                .containsExactlyInAnyOrder("a.example", "b.example", "c.example", "d.example");
    }

    @Test
    void theSpecialFlagsKeepTheirMeaning() {
        assertThat(configOf(Map.of(), "-q").accessLog()).isFalse();
        assertThat(configOf(Map.of("HTTPSTATUS_QUIET", "no")).accessLog()).isTrue();
        assertThat(configOf(Map.of(), "-p", "0", "--host", "::1"))
                .extracting(ServerConfig::host, ServerConfig::port)
                .containsExactly("::1", 0);
        ServerConfig certified = configOf(Map.of(), "--cert", "chain.pem", "--key", "key.pem");
        assertThat(certified.tls()).as("a certificate implies --tls").isTrue();
        assertThat(certified.privateKey()).contains(Path.of("key.pem"));
        assertThat(configOf(Map.of(), "--tls").certificate()).isEmpty();
        assertThatThrownBy(() -> configOf(Map.of(), "--cert", "chain.pem"))
                .isInstanceOf(ParameterException.class)
                .hasMessageContaining("go together");
    }

    @Test
    void badValuesAreUsageErrorsNamingTheFlagOrTheVariable() {
        Run flag = Run.of("serve", "--max-body", "lots");
        assertThat(flag.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(flag.err())
                .startsWith("httpstatus: --max-body=lots cannot be read: \"lots\" is not a size")
                .contains("Try \"httpstatus serve --help\"");
        Run variable = Run.in(Map.of("HTTPSTATUS_MAX_DELAYED", "0"), "serve");
        assertThat(variable.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(variable.err())
                .startsWith("httpstatus: HTTPSTATUS_MAX_DELAYED=0 cannot be read: max-delayed must be at least 1");
        assertThat(Run.of("serve", "--port", "70000").err()).contains("--port=70000 cannot be read: port 70000");
        assertThat(Run.of("serve", "--threads", "x").err()).contains("--threads=x cannot be read");
    }

    @Test
    void aPortInUseIsItsOwnExitStatus() {
        try (StatusServer running = StatusServer.start(
                ServerConfig.builder().address("127.0.0.1", 0).accessLog(false).build())) {
            Run run = Run.of("serve", "--quiet", "--port", Integer.toString(running.port()));
            assertThat(run.exitCode()).isEqualTo(ExitCodes.UNAVAILABLE).isEqualTo(69);
            assertThat(run.err()).startsWith("httpstatus: cannot listen on 127.0.0.1:" + running.port());
            assertThat(run.out()).isEmpty();
        }
        assertThat(Run.of("serve", "--help").out()).contains("69 when the server cannot start");
        assertThat(Run.of("serve", "--help", "--lang", "zh").out()).contains("为 69");
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyFlagIsDescribedByItsSentenceThenItsVariableAndDefault(Language language) {
        Messages messages = Messages.of(language);
        CommandLine serve = Cli.create(
                        context(Map.of()), "--lang", language.locale().getLanguage())
                .getSubcommands()
                .get("serve");
        String help = Run.of("serve", "--help", "--lang", language.locale().getLanguage())
                .out();
        for (Setting<?> setting : Settings.all()) {
            OptionSpec option = serve.getCommandSpec().findOption(setting.flag());
            String description = String.join(" ", option.description());
            assertThat(description)
                    .as(setting.flag())
                    .isEqualTo(SettingFlags.help(setting, messages))
                    .startsWith(messages.get("setting." + setting.name()))
                    .contains(setting.environmentVariable())
                    .contains(setting.writtenDefault().orElse(""));
            assertThat(option.paramLabel()).isEqualTo(setting.label().orElse(option.paramLabel()));
            assertThat(withoutSpaces(help)).contains(withoutSpaces(description));
        }
        assertThat(help.indexOf("--host")).as("settings before --help").isLessThan(help.indexOf("--help"));
    }

    @Test
    void theVariableAndDefaultAreAppendedTheSameWayInBothLanguages() {
        assertThat(SettingFlags.help(Settings.MAX_BODY, Messages.of(Language.EN)))
                .isEqualTo("Largest request content; larger gets 413 (HTTPSTATUS_MAX_BODY, default 10m).");
        assertThat(SettingFlags.help(Settings.MAX_BODY, Messages.of(Language.ZH)))
                .isEqualTo("请求内容的最大长度；超出时返回 413（HTTPSTATUS_MAX_BODY，默认 10m）。");
        assertThat(SettingFlags.help(Settings.TLS, Messages.of(Language.EN))).endsWith(" (HTTPSTATUS_TLS).");
        assertThat(SettingFlags.help(Settings.TLS, Messages.of(Language.ZH))).endsWith("（HTTPSTATUS_TLS）。");
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void eachBundleHasASentenceForEverySettingAndNoOther(Language language) {
        List<String> keys = Collections.list(Messages.of(language).bundle().getKeys());
        assertThat(keys.stream().filter(key -> key.startsWith("setting.")))
                .containsExactlyInAnyOrderElementsOf(
                        Settings.all().stream().map(s -> "setting." + s.name()).toList());
        assertThat(keys.stream().filter(key -> key.startsWith("serve.")))
                .as("serve's own texts; a setting's sentence is under setting.")
                .containsExactlyInAnyOrder("serve.listening", "serve.setting", "serve.settingWithDefault");
    }

    @Test
    void theReadmeTableListsEverySettingInOrderWithItsFlagVariableAndDefault() throws IOException {
        List<List<String>> rows = readmeSettingRows();
        assertThat(rows.stream().map(row -> row.get(0)))
                .as("the flag column")
                .containsExactlyElementsOf(Settings.all().stream()
                        .map(s -> backticked(Stream.concat(Stream.of(s.flag()), s.shortFlag().stream())
                                .toList()))
                        .toList());
        for (int i = 0; i < rows.size(); i++) {
            Setting<?> setting = Settings.all().get(i);
            List<String> row = rows.get(i);
            assertThat(row.get(1)).as(setting.name()).startsWith("`" + setting.environmentVariable() + "`");
            String defaultColumn = row.get(2);
            if (setting.writtenDefault().isPresent()) {
                assertThat(defaultColumn)
                        .as(setting.name())
                        .startsWith("`" + setting.writtenDefault().get() + "`");
            } else if (setting.label().isEmpty()) {
                assertThat(defaultColumn).as(setting.name()).startsWith("off");
            } else {
                assertThat(defaultColumn)
                        .as(setting.name() + ", described in words")
                        .doesNotStartWith("`");
            }
        }
    }

    /** The rows of docs/server.md's settings table, as the backticked flags, the variable and the default. */
    private static List<List<String>> readmeSettingRows() throws IOException {
        List<String> lines = Files.readAllLines(README);
        int header = lines.indexOf("| flag | environment | default |");
        assertThat(header).as("the settings table in " + README).isPositive();
        List<List<String>> rows = new ArrayList<>();
        for (String line : lines.subList(header + 2, lines.size())) {
            if (!line.startsWith("|")) {
                break;
            }
            String[] cells = line.split("\\|");
            rows.add(List.of(backticked(codeIn(cells[1])), cells[2].strip(), cells[3].strip()));
        }
        return rows;
    }

    private static List<String> codeIn(String cell) {
        List<String> code = new ArrayList<>();
        Matcher m = Pattern.compile("`([^`]+)`").matcher(cell);
        while (m.find()) {
            code.add(m.group(1));
        }
        return code;
    }

    private static String backticked(List<String> names) {
        return String.join(", ", names.stream().map(n -> "`" + n + "`").toList());
    }

    private static String withoutSpaces(String text) {
        return text.replaceAll("\\s+", "");
    }
}
