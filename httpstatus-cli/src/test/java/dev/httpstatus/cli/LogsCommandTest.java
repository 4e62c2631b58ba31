package dev.httpstatus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogsCommandTest {
    @TempDir
    static Path directory;

    static Path spiky;
    static Path vendors;

    /** A combined line at {@code minute} past 14:00 on 6 December 2026, UTC+8. */
    static String line(String client, int minute, String path, int status) {
        return String.format(
                "%s - - [06/Dec/2026:14:%02d:00 +0800] \"GET %s HTTP/1.1\" %d 512 \"-\" \"test\"",
                client, minute, path, status);
    }

    @BeforeAll
    static void logs() throws Exception {
        List<String> lines = new ArrayList<>();
        for (int minute = 0; minute < 60; minute++) {
            for (int i = 0; i < 50; i++) {
                boolean failing = minute >= 20 && minute < 25 && i < 20;
                lines.add(line("10.0.0." + (i % 7), minute, failing ? "/api/orders" : "/", failing ? 502 : 200));
            }
        }
        spiky = Files.write(directory.resolve("spiky.log"), lines);
        vendors = Files.write(
                directory.resolve("vendors.log"),
                List.of(
                        line("1.1.1.1", 0, "/slow", 499),
                        line("1.1.1.2", 1, "/drop", 444),
                        line("1.1.1.3", 2, "/origin", 520),
                        line("1.1.1.4", 3, "/elb", 460),
                        line("1.1.1.5", 4, "/", 200),
                        "\u001b[31mnot a log line\u0007"));
    }

    /** The real log of httpstatus-logs' tests (see its README there); Maven runs tests in the module's folder. */
    static Path real() {
        Path path = Path.of("../httpstatus-logs/src/test/resources/real/elastic-apache-combined.log");
        assertThat(path).isRegularFile();
        return path;
    }

    @Test
    void explainsEveryCodeWithItsRequestsInEnglish() throws Exception {
        Run run = Run.of("logs", real().toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .contains("format combined (detected from its first lines")
                .contains("400 lines read: 400 counted, 0 left out by the filters, 0 unreadable.")
                .contains("Every figure below is an exact count.")
                .containsPattern("404 +12 +3\\.0% +Not Found")
                .contains("The server cannot find the requested resource")
                .contains("404 Not Found  requests: 12, distinct paths: 8, distinct clients: 9")
                .contains("/files/logstash/logstash-1.3.2-monolithic.jar")
                .contains("500 Internal Server Error");
    }

    @Test
    void explainsInChinese() throws Exception {
        Run run = Run.of("logs", real().toString(), "--lang", "zh");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .contains("共读取 400 行：统计 400 行")
                .contains("按类别")
                .contains("按状态码")
                .contains("未找到")
                .contains("以下所有数字都是精确计数。");
    }

    @Test
    void readsAnIisLogByItsFieldsDirective() {
        Path iis = Path.of("../httpstatus-logs/src/test/resources/w3c/iis.log");
        Run run = Run.of("logs", iis.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .contains("format w3c (detected from its first lines")
                .contains("14 lines read: 6 counted, 0 left out by the filters, 0 unreadable.")
                .contains("8 lines are directives of W3C files")
                .containsPattern("401 +1 +16\\.7% +Unauthorized");
        assertThat(Run.of("logs", iis.toString(), "--lang", "zh").out()).contains("其中 8 行是 W3C 日志的指令行");
    }

    @Test
    void namesTheSpikeInBothLanguages() {
        Run english = Run.of("logs", spiky.toString(), "--bucket", "5m");
        assertThat(english.out())
                .contains("Over time, in buckets of 5 min (UTC+08:00)")
                .contains("5xx rose from 0.0% to 40.0% between 14:20 and 14:25.")
                .contains("/api/orders");
        Run chinese = Run.of("logs", spiky.toString(), "--bucket", "5m", "--lang", "zh");
        assertThat(chinese.out()).contains("5xx 在 14:20 至 14:25 之间从 0.0% 升至 40.0%。");
    }

    @Test
    void findingsCarryTheRegistrysCauses() throws Exception {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            lines.add(line(i < 40 ? "6.6.6.6" : "10.0.0." + i, i % 60, "/wp-login.php?" + i, 404));
            lines.add(line("10.0.1." + i % 3, i % 60, "/", i % 5 == 0 ? 304 : 200));
        }
        Path scanned = Files.write(directory.resolve("scanned.log"), lines);
        assertThat(Run.of("logs", scanned.toString()).out())
                .contains("Findings")
                .contains("404 Not Found: 100 requests (50.0%), 40 of them from one client, 6.6.6.6: a scan")
                .contains("304 Not Modified: 20 requests (10.0%) answered from the caches of the clients")
                .contains("      Typical causes:\n        · ");
        assertThat(Run.of("logs", spiky.toString(), "--lang", "zh").out())
                .contains("发现")
                .contains("502 网关错误：100 个请求（3.3%）由代理替其上游作答")
                .contains("常见原因：");
    }

    @Test
    void burstsOf429sAndRedirectsCarryTheRegistrysAdvice() throws Exception {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            lines.add(line("6.6.6.6", 10 + i / 10, "/api/search", 429));
            lines.add(line("10.0.2." + i, 40 + i / 2, "/old", 301));
        }
        Path log = Files.write(directory.resolve("limited.log"), lines);
        assertThat(Run.of("logs", log.toString()).out())
                .contains("429 Too Many Requests: a burst of 20 to one client, 6.6.6.6, between 2026-12-06 14:10 and"
                        + " 14:15 (most on /api/search (20)): it did not wait as Retry-After says.")
                .contains("      What to do:\n        · Wait as long as Retry-After says")
                .contains("301 Moved Permanently: 20 requests (50.0%) answered with a redirect, most on /old (20)");
        assertThat(Run.of("logs", log.toString(), "--lang", "zh").out())
                .contains("2026-12-06 14:10 至 14:15 之间，同一个客户端 6.6.6.6 集中收到 20 个")
                .contains("应对方法：")
                .contains("被重定向，最多的路径：/old (20)");
        JsonNode json = new ObjectMapper()
                .readTree(Run.of("logs", log.toString(), "--format", "json").out());
        JsonNode burst = json.get("findings").get(1);
        assertThat(burst.get("kind").asText()).isEqualTo("rate-limit-burst");
        assertThat(burst.get("start").asText()).isEqualTo("2026-12-06T14:10+08:00");
        assertThat(burst.get("action").asText()).contains("Retry-After");
    }

    @Test
    void htmlReportIsWrittenInTheLanguageAsked() throws Exception {
        Path english = directory.resolve("report.html");
        Run run = Run.of("logs", spiky.toString(), "--html", english.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("HTML report written to " + english);
        assertThat(Files.readString(english))
                .startsWith("<!doctype html>")
                .contains("<html lang=\"en\">")
                .contains("<svg class=\"chart timeline\"")
                .contains("<span class=\"num\">502</span> Bad Gateway: 100 requests (3.3%)")
                .doesNotContain("<script")
                .doesNotContain("http://")
                .doesNotContain("https://");
        Path chinese = directory.resolve("报告.html");
        assertThat(Run.of("logs", spiky.toString(), "--html", chinese.toString(), "--lang", "zh")
                        .exitCode())
                .isZero();
        assertThat(Files.readString(chinese))
                .contains("<html lang=\"zh-Hans\">")
                .contains("访问日志中的状态码");
        Run refused = Run.of(
                "logs",
                spiky.toString(),
                "--html",
                directory.resolve("no/such/dir/r.html").toString());
        assertThat(refused.exitCode()).isEqualTo(73);
        assertThat(refused.err()).contains("cannot write the HTML report");
    }

    @Test
    void unofficialCodesAreExplainedFromTheRegistry() {
        Run run = Run.of("logs", vendors.toString());
        assertThat(run.out())
                .contains("499 Client Closed Request")
                .contains("444 No Response")
                .contains("520 Web Server Returned an Unknown Error")
                .contains("460 Client Closed Connection")
                .contains("1 lines could not be read; the first 1:")
                // The unreadable line is shown with its control characters escaped, never sent to the terminal.
                .contains("vendors.log:6: \\x1b[31mnot a log line\\x07")
                .doesNotContain("\u001b");
    }

    @Test
    void jsonCarriesTheSameCountsAndExplanations() throws Exception {
        Run run = Run.of("logs", spiky.toString(), "--format", "json", "--status", "5xx");
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.get("lines").asLong()).isEqualTo(3000);
        assertThat(json.get("counted").asLong()).isEqualTo(100);
        assertThat(json.get("filteredOut").asLong()).isEqualTo(2900);
        assertThat(json.get("exact").asBoolean()).isTrue();
        assertThat(json.get("codes").get(0).get("code").asInt()).isEqualTo(502);
        assertThat(json.get("codes").get(0).get("title").asText()).isEqualTo("Bad Gateway");
        assertThat(json.get("errors").get(0).get("paths").get(0).get("value").asText())
                .isEqualTo("/api/orders");
        assertThat(json.get("inputs").get(0).get("format").asText()).isEqualTo("combined");
    }

    @Test
    void csvAndMarkdownListTheCodes() {
        assertThat(Run.of("logs", vendors.toString(), "--format", "csv").out())
                .startsWith("code,count,share,title\r\n")
                .contains("499,1,20.0%,Client Closed Request\r\n");
        assertThat(Run.of("logs", vendors.toString(), "--format", "markdown", "--lang", "zh")
                        .out())
                .contains("| 499 | 1 | 20.0% |")
                .contains("### 520");
    }

    @Test
    void standardInputIsReadForADash() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        byte[] log = (line("9.9.9.9", 0, "/x", 429) + "\n").getBytes(StandardCharsets.UTF_8);
        Context context = new Context(
                new PrintWriter(out),
                new PrintWriter(err),
                new HashMap<>(Map.of("LANG", "en_US.UTF-8")),
                false,
                new ByteArrayInputStream(log));
        String[] args = {"logs", "-"};
        int exit = Cli.create(context, args).execute(args);
        context.out().flush();
        assertThat(exit).as(err.toString()).isZero();
        assertThat(out.toString()).contains("-: format combined").contains("429 Too Many Requests");
    }

    @Test
    void colourByClassOnlyOnATerminal() {
        Map<String, String> env = Map.of("LANG", "en_US.UTF-8");
        assertThat(Run.main(env, true, "logs", spiky.toString()).out()).contains("\u001b[1;31m502");
        assertThat(Run.main(env, false, "logs", spiky.toString()).out()).doesNotContain("\u001b");
    }

    @Test
    void longInputsShowProgressOnATerminalOnly() throws Exception {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 70_000; i++) {
            lines.add(line("10.0.0." + i % 9, i % 60, "/", 200));
        }
        Path large = Files.write(directory.resolve("progress.log"), lines);
        Map<String, String> env = Map.of("LANG", "en_US.UTF-8");
        Run watched = Run.main(env, true, "logs", large.toString());
        assertThat(watched.err()).contains("\rreading… 65,536 lines").endsWith("\r\u001b[K");
        assertThat(watched.out()).contains("70,000 lines read");
        assertThat(Run.main(env, false, "logs", large.toString()).err()).isEmpty();
        assertThat(Run.main(env, true, "logs", large.toString(), "--format", "json")
                        .err())
                .isEmpty();
    }

    @Test
    void badOptionsAreUsageErrorsInTheCommandsLanguage() {
        Run status = Run.of("logs", spiky.toString(), "--status", "5xz");
        assertThat(status.exitCode()).isEqualTo(2);
        assertThat(status.err()).contains("\"5xz\" is not a list of statuses");
        Run bucket = Run.of("logs", spiky.toString(), "--bucket", "5s", "--lang", "zh");
        assertThat(bucket.exitCode()).isEqualTo(2);
        assertThat(bucket.err()).contains("“5s”不是有效的时间段长度");
        Run missing = Run.of("logs", directory.resolve("nothing.log").toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("no such file: ").contains("nothing.log");
        Run format = Run.of("logs", spiky.toString(), "--log-format", "%h %t");
        assertThat(format.exitCode()).isEqualTo(2);
        assertThat(format.err()).contains("cannot use the log format \"%h %t\"");
        Run since = Run.of("logs", spiky.toString(), "--since", "yesterday");
        assertThat(since.err()).contains("\"yesterday\" is not a time");
    }

    @Test
    void aCustomFormatAndFiltersNarrowTheReport() {
        Run run = Run.of(
                "logs",
                spiky.toString(),
                "--log-format",
                "%h %l %u %t \"%r\" %>s %b \"%{Referer}i\" \"%{User-Agent}i\"",
                "--since",
                "2026-12-06T14:20",
                "--until",
                "2026-12-06T14:21",
                "--path",
                "/api/*");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .contains(": format apache:%h %l")
                .contains("3,000 lines read: 20 counted, 2,980 left out by the filters, 0 unreadable.");
    }

    @Test
    void anInputThatCannotBeReadExits66NamingIt() throws Exception {
        Path fake = Files.writeString(directory.resolve("fake.log.gz"), "not gzip\n");
        Run run = Run.of("logs", fake.toString(), "--lang", "zh");
        assertThat(run.exitCode()).isEqualTo(66);
        assertThat(run.err()).contains("无法读取输入：" + fake);
    }

    @Test
    void chineseLabelsKeepTheColumnsAligned() {
        String out = Run.of("logs", spiky.toString(), "--lang", "zh").out();
        // "路径" takes four columns on a terminal: the counts after it line up with those of the other lists.
        for (String label : List.of("  路径", "  方法")) {
            String row =
                    out.lines().filter(l -> l.startsWith(label)).findFirst().orElseThrow();
            assertThat(LogsOutput.columns(row.substring(0, row.indexOf("100"))))
                    .as(row)
                    .isEqualTo(18);
        }
        assertThat(LogsOutput.columns("路径")).isEqualTo(4);
        assertThat(LogsOutput.pad("路径", 10)).isEqualTo("路径      ");
    }

    @Test
    void anUnrecognisedLogIsCountedAndExitsOne() throws Exception {
        Path text = Files.writeString(directory.resolve("notes.txt"), "hello\nworld\n");
        Run run = Run.of("logs", text.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("format not recognised").contains("2 lines could not be read");
    }
}
