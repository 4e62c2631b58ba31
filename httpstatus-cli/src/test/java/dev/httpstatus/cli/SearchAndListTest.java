package dev.httpstatus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SearchAndListTest {

    private static List<String> codes(Run run) {
        return run.out().lines().map(line -> line.substring(0, 3)).toList();
    }

    @Test
    void searchRanksChineseAndEnglishWords() {
        assertThat(codes(Run.of("search", "超时", "-f", "plain"))).startsWith("408", "504");
        assertThat(codes(Run.of("search", "not", "fund", "-f", "plain")))
                .first()
                .isEqualTo("404");
        assertThat(codes(Run.of("search", "teapot", "-f", "plain"))).first().isEqualTo("418");
    }

    @Test
    void searchHonoursItsLimitAndTheInheritedOptions() {
        Run run = Run.of("search", "timeout", "--limit", "2", "--lang", "zh", "-f", "plain");
        assertThat(run.out().lines()).hasSize(2);
        assertThat(run.out()).contains("请求超时");
    }

    @Test
    void theLimitHoldsForPatternsToo() {
        Run cut = Run.of("search", "4xx", "-n", "2", "-f", "plain");
        long clientErrors = dev.httpstatus.HttpStatus.registered().stream()
                .filter(status -> status.code() / 100 == 4)
                .count();
        assertThat(codes(cut)).containsExactly("400", "401");
        assertThat(cut.err()).contains("… " + (clientErrors - 2) + " more: -n " + clientErrors + " shows all of them");
        assertThat(Run.of("search", "4xx", "-n", "2", "--lang", "zh").err())
                .contains("… 还有 " + (clientErrors - 2) + " 条：用 -n " + clientErrors + " 显示全部");
        assertThat(Run.of("search", "4xx", "-n", "100").err()).isEmpty();
        assertThat(codes(Run.of("search", "500-504,429", "-n", "3", "-f", "plain")))
                .hasSize(3);
    }

    @Test
    void aLimitBelowOneIsAUsageError() {
        for (String limit : List.of("0", "-1")) {
            Run run = Run.of("search", "timeout", "-n", limit);
            assertThat(run.exitCode()).as(limit).isEqualTo(2);
            assertThat(run.out()).as(limit).isEmpty();
            assertThat(run.err()).as(limit).contains("--limit takes a number of results, 1 or more, not " + limit);
        }
        assertThat(Run.of("search", "timeout", "-n", "0", "--lang", "zh").err())
                .contains("--limit 只接受 1 或更大的结果数，而不是 0");
    }

    @Test
    void aBlankQueryIsAUsageErrorOnEveryPath() {
        Map<String, String> english = Map.of("LANG", "en_US.UTF-8");
        List<List<String>> blanks = List.of(
                List.of(""),
                List.of("   "),
                List.of("", "-f", "json"),
                List.of("404", " "),
                List.of("search", ""),
                List.of("search", "  ", "-f", "json"));
        for (List<String> args : blanks) {
            for (Run run : List.of(
                    Run.of(args.toArray(String[]::new)), Run.main(english, false, args.toArray(String[]::new)))) {
                assertThat(run.exitCode()).as("%s", args).isEqualTo(2);
                assertThat(run.out()).as("%s", args).isEmpty();
                assertThat(run.err()).as("%s", args).contains("the query is empty");
            }
        }
        assertThat(Run.of("", "--lang", "zh").err()).contains("查询为空");
    }

    @Test
    void redirectFindsTheRedirectsAndTheClassNameToo() {
        for (String word : List.of("redirect", "redirection", "redirects")) {
            Run run = Run.of("search", word, "-f", "plain");
            assertThat(run.exitCode()).as(word).isZero();
            assertThat(codes(run)).as(word).contains("301", "302", "303", "307", "308");
        }
    }

    @Test
    void searchWithoutAMatchExitsOne() {
        Run run = Run.of("search", "qwxzv");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("no status code matches \"qwxzv\"");
    }

    @Test
    void listShowsRegisteredUnofficialOrAll() {
        assertThat(codes(Run.of("list", "-f", "plain"))).hasSize(64);
        assertThat(codes(Run.of("list", "--class", "1", "-f", "plain")))
                .containsExactly("100", "101", "102", "103", "104");
        List<String> unofficial = codes(Run.of("list", "--unofficial", "-f", "plain"));
        assertThat(unofficial).hasSize(46).contains("499", "520", "999");
        assertThat(codes(Run.of("list", "--all", "-f", "plain")))
                .hasSize(64 + 46)
                .isSorted();
    }

    @Test
    void listRefusesAClassThatDoesNotExist() {
        Run run = Run.of("list", "--class", "9");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--class takes a digit from 1 to 5, not 9");
    }

    @Test
    void csvQuotesFieldsWithCommas() {
        Run run = Run.of("list", "--class", "4", "-f", "csv");
        assertThat(run.out()).startsWith("code,phrase,class,registration,title,summary,spec,url\r\n");
        assertThat(run.out().lines().skip(1))
                .allSatisfy(line -> assertThat(line).matches("\\d{3},.*"));
    }

    @Test
    void helpIsInTheChosenLanguage() {
        assertThat(Run.of("--help", "--lang", "zh").out()).contains("用法：").contains("查询、搜索、列出和检测");
        assertThat(Run.of("search", "--help", "--lang", "zh").out()).contains("按中文或英文词语搜索");
        assertThat(Run.of("check", "--help").out()).contains("Request each URL");
    }
}
