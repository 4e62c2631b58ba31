package dev.httpstatus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.httpstatus.HttpStatus;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class LookupTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aCodeShowsItsPhraseClassSummaryAndSpecLink() {
        Run run = Run.of("404");
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out())
                .startsWith("404 Not Found\n")
                .contains("4xx Client Error · permanent · RFC 9110 §15.5.5")
                .contains("https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5");
    }

    @Test
    void chineseShowsTheTitleBesideTheEnglishPhrase() {
        Run run = Run.of("404", "--lang", "zh");
        assertThat(run.out())
                .startsWith("404 Not Found · 未找到\n")
                .contains("客户端错误")
                .contains("找不到");
    }

    @Test
    void theLanguageComesFromTheEnvironmentWhenNotGiven() {
        assertThat(Run.in(Map.of("LANG", "zh_CN.UTF-8"), "404", "-f", "plain").out())
                .contains("未找到");
        assertThat(Run.in(Map.of("LC_ALL", "zh_TW.UTF-8", "LANG", "en_US"), "404", "-f", "plain")
                        .out())
                .contains("未找到");
        assertThat(Run.in(Map.of("LANG", "fr_FR.UTF-8"), "404", "-f", "plain").out())
                .doesNotContain("未找到");
        assertThat(Run.in(Map.of(), "404", "-f", "plain").out()).contains("Not Found");
    }

    @Test
    void aTemporaryRegistrationPastItsDateIsNotSaidToExpireThen() {
        LocalDate expiry = HttpStatus.of(104).registrationExpiry().orElseThrow();
        String facts = Run.of("104").out().lines().skip(1).findFirst().orElseThrow();
        if (expiry.isBefore(LocalDate.now())) {
            assertThat(facts).contains("temporary until " + expiry + " unless renewed");
            assertThat(Run.of("104", "--lang", "zh").out()).contains("有效期至 " + expiry + "，除非已续期");
        } else {
            assertThat(facts).contains("temporary, expires " + expiry);
        }
    }

    @Test
    void longAddsDescriptionCausesActionAndOldNames() {
        Run run = Run.of("413", "--long");
        assertThat(run.out())
                .contains("Typical causes:")
                .contains("What to do:")
                .contains("Old names: Payload Too Large, Request Entity Too Large");
        assertThat(Run.of("425", "-l").out()).contains("Also used by:").contains("Unordered Collection");
    }

    @Test
    void manyArgumentsMixCodesPatternsAndPhrasesInOrder() {
        Run run = Run.of("404", "418", "5xx", "41x", "500-504", "too many requests", "-f", "plain");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out().lines().map(line -> line.substring(0, 3)))
                .startsWith("404", "418", "500", "501")
                .contains("410", "429")
                .doesNotHaveDuplicates();
    }

    @Test
    void anUnassignedCodeSaysSoOffersTheClosestAndExitsOne() {
        Run run = Run.of("299");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("299 is not assigned").contains("226 IM Used");
        assertThat(Run.of("299", "--lang", "zh").err()).contains("299 尚未分配").contains("226 IM Used");
    }

    @Test
    void numbersOutsideTheRangeAreUnknownUnlessAVendorLogsThem() {
        assertThat(Run.of("600").exitCode()).isEqualTo(1);
        assertThat(Run.of("600").err()).contains("100 to 599");
        Run linkedIn = Run.of("999");
        assertThat(linkedIn.exitCode()).isZero();
        assertThat(linkedIn.out()).contains("999 Request denied").contains("LinkedIn");
    }

    @Test
    void malformedPatternsSayWhatIsWrongAndExitTwo() {
        Run run = Run.of("504-500");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("504-500").contains("backwards");
        assertThat(Run.of("45", "--lang", "zh").err()).contains("无法识别模式“45”");
        assertThat(Run.of("404", "4x4").exitCode()).isEqualTo(2);
    }

    @Test
    void wordsWithoutAMatchOfferTheClosestAndExitOne() {
        Run run = Run.of("unauthorised acess");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("no status code matches").contains("401 Unauthorized");
    }

    @Test
    void jsonIsAnObjectForOneCodeAndAnArrayOtherwise() throws Exception {
        JsonNode one = JSON.readTree(Run.of("404", "--format", "json").out());
        assertThat(one.get("code").asInt()).isEqualTo(404);
        assertThat(one.get("lang").asText()).isEqualTo("en");
        JsonNode many =
                JSON.readTree(Run.of("404", "418", "-f", "JSON", "--lang", "zh").out());
        assertThat(many.isArray()).isTrue();
        assertThat(many.get(1).get("title").asText())
                .isEqualTo(dev.httpstatus.HttpStatus.of(418)
                        .text(java.util.Locale.CHINA)
                        .title());
    }

    @Test
    void noArgumentsShowTheUsageAndExitTwo() {
        Run run = Run.of();
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).contains("Usage: httpstatus");
    }

    @Test
    void unknownOptionsGiveAShortUsageAndExitTwoWithoutAStackTrace() {
        Run run = Run.of("--frobnicate", "404");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err())
                .contains("Unknown option: '--frobnicate'")
                .contains("Usage: httpstatus")
                .contains("--help")
                .doesNotContain("at picocli");
        assertThat(Run.of("404", "--format", "yaml").exitCode()).isEqualTo(2);
        assertThat(Run.of("404", "--lang", "fr").err()).contains("use en or zh");
    }

    /** picocli's complaints are English; the common ones are said again in Chinese, an unknown option first. */
    @Test
    void theParsersComplaintsAreInTheCommandsLanguage() {
        Run unknown = Run.of("search", "--bogus");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err())
                .contains("httpstatus: Unknown option: '--bogus'")
                .doesNotContain("WORDS'");
        assertThat(Run.of("list", "extra").err()).contains("httpstatus: Unexpected argument: 'extra'");

        assertThat(Run.of("--lang", "zh", "search", "--bogus").err()).contains("httpstatus: 未知选项：--bogus");
        assertThat(Run.of("--lang", "zh", "list", "extra").err()).contains("httpstatus: 多余的参数：“extra”");
        assertThat(Run.of("--lang", "zh", "search").err()).contains("httpstatus: 缺少参数 WORDS");
        Run invalid = Run.of("--lang", "zh", "search", "-n", "abc", "x");
        assertThat(invalid.exitCode()).isEqualTo(2);
        assertThat(invalid.err()).contains("httpstatus: --limit 不接受“abc”").doesNotContain("Invalid value");
    }

    @Test
    void theQuickPathPrintsExactlyWhatPicocliPrints() {
        for (String[] args : new String[][] {
            {"404"},
            {"404", "5xx", "too many requests"},
            {"299"},
            {"45"},
            {"999"},
            {"search", "gateway", "timeout"},
            {"search", "qwxzv"}
        }) {
            Run quick = Run.main(Map.of("LANG", "en_US.UTF-8"), false, args);
            Run full = Run.of(args);
            assertThat(quick).as(String.join(" ", args)).isEqualTo(full);
        }
        assertThat(Main.isPlainLookup("404", "418")).isTrue();
        assertThat(Main.isPlainLookup("404", "--lang", "zh")).isFalse();
        assertThat(Main.isPlainLookup("search", "x")).isFalse();
        assertThat(Main.isPlainSearch("search", "x")).isTrue();
        assertThat(Main.isPlainSearch("search", "x", "-n", "2")).isFalse();
    }

    @Test
    void theQuickPathKnowsEverySubcommandPicocliKnows() {
        Context context =
                new Context(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), Map.of(), false);
        assertThat(Main.SUBCOMMANDS)
                .containsExactlyInAnyOrderElementsOf(new CommandLine(new HttpStatusCommand(context))
                        .getSubcommands()
                        .keySet());
    }

    @Test
    void colourOnlyOnATerminalAndNeverWithNoColor() {
        String coloured = "\u001b[";
        assertThat(Run.main(Map.of(), true, "404").out()).contains(coloured);
        assertThat(Run.main(Map.of(), false, "404").out()).doesNotContain(coloured);
        assertThat(Run.main(Map.of("NO_COLOR", "1"), true, "404").out()).doesNotContain(coloured);
        assertThat(Run.main(Map.of(), true, "404", "--no-color").out()).doesNotContain(coloured);
        assertThat(Run.main(Map.of(), true, "404", "-f", "plain").out()).doesNotContain(coloured);
    }
}
