package dev.httpstatus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompletionAndManPageTest {

    @Test
    void bashCompletionLoadsInBashAndCompletesTheSubcommands(@TempDir Path dir) throws Exception {
        Run run = Run.of("completion", "bash");
        assertThat(run.exitCode()).isZero();
        Path script = Files.writeString(dir.resolve("httpstatus.bash"), run.out());
        Process bash = new ProcessBuilder("bash", "-c", "source " + script + " && complete -p httpstatus")
                .redirectErrorStream(true)
                .start();
        String output = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(bash.waitFor()).as(output).isZero();
        assertThat(output).contains("httpstatus");
        assertThat(run.out()).contains("search").contains("check").contains("--max-redirects");
    }

    @Test
    void zshUsesTheBashScriptThroughBashcompinit() {
        assertThat(Run.of("completion", "zsh").out())
                .startsWith("autoload -U +X compinit")
                .contains("bashcompinit");
    }

    @Test
    void fishCompletesSubcommandsAndTheirOptionsWithDescriptions() {
        String fish = Run.of("completion", "fish").out();
        assertThat(fish)
                .contains("complete -c httpstatus -n __fish_use_subcommand -a search")
                .contains("complete -c httpstatus -n '__fish_seen_subcommand_from check' -s X -l method -r")
                .contains("-l lang -r -a 'en zh' -d 'Language of the output")
                .contains("-l format -r -a 'text json markdown csv plain'")
                .contains("-a 'bash zsh fish'");
        assertThat(Run.of("completion", "fish", "--lang", "zh").out()).contains("输出语言");
    }

    @Test
    void anUnknownShellIsAUsageError() {
        Run run = Run.of("completion", "powershell");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("powershell");
    }

    @Test
    void theManPageDocumentsEveryCommandOptionAndExitCode() throws IOException {
        String man = Run.of("manpage").out();
        assertThat(man).startsWith(".TH HTTPSTATUS 1").contains(".SH NAME").contains(".SH EXIT STATUS");
        for (String name : new String[] {"search", "list", "check", "completion"}) {
            assertThat(man).contains(".SS " + name);
        }
        for (String option : new String[] {
            "\\-\\-lang", "\\-\\-format", "\\-\\-max\\-redirects", "\\-\\-insecure", "\\-\\-unofficial", "\\-\\-limit"
        }) {
            assertThat(man).contains(option);
        }
        assertThat(man).contains(".B 6").contains(".B 69");
        assertThat(man.indexOf("\\-\\-shutdown\\-grace"))
                .as("serve's settings, before its --help as in serve --help")
                .isPositive()
                .isLessThan(man.indexOf("\\-\\-version", man.indexOf(".SS serve")));
        assertThat(Run.of("manpage", "--lang", "zh").out()).contains(".SH 退出状态");
    }
}
