package dev.httpstatus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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
