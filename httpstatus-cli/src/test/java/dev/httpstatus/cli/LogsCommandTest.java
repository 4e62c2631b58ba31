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
                .contains("5xx rose from 0.0% in the 14:15 bucket to 40.0% in the 14:20 bucket.")
                .contains("/api/orders");
        Run chinese = Run.of("logs", spiky.toString(), "--bucket", "5m", "--lang", "zh");
        assertThat(chinese.out()).contains("5xx 从 14:15 时间段的 0.0% 升至 14:20 时间段的 40.0%。");
    }

    @Test
    void theSpikeNamesTheRowsOfTheTimelineWhereTheShareRose() throws Exception {
        List<String> lines = new ArrayList<>();
        for (int minute = 20; minute < 30; minute++) {
            for (int i = 0; i < 10; i++) {
                lines.add(line("10.0.0." + i, minute, "/", minute >= 26 ? 404 : 200));
            }
        }
        Path log = Files.write(directory.resolve("rising.log"), lines);
        String out = Run.of("logs", log.toString(), "--bucket", "1m").out();
        java.util.regex.Matcher spike = java.util.regex.Pattern.compile(
                        "4xx rose from (\\S+) in the (\\d\\d:\\d\\d) bucket to (\\S+) in the (\\d\\d:\\d\\d) bucket\\.")
                .matcher(out);
        assertThat(spike.find()).as(out).isTrue();
        assertThat(spike.group(2)).isEqualTo("14:25");
        assertThat(spike.group(4)).isEqualTo("14:26");
        // Each time names the row of the over-time table whose 4xx column holds the share the sentence gives.
        assertThat(fourXx(out, spike.group(2))).isEqualTo(spike.group(1)).isEqualTo("0.0%");
        assertThat(fourXx(out, spike.group(4))).isEqualTo(spike.group(3)).isEqualTo("100.0%");
        JsonNode json = new ObjectMapper()
                .readTree(Run.of("logs", log.toString(), "--bucket", "1m", "--format", "json")
                        .out())
                .get("spikes")
                .get(0);
        assertThat(json.get("fromStart").asText()).isEqualTo("2026-12-06T14:25+08:00");
        assertThat(json.get("start").asText()).isEqualTo("2026-12-06T14:26+08:00");
    }

    /** The 4xx column of the over-time table's row for {@code time}. */
    private static String fourXx(String out, String time) {
        String row = out.lines()
                .filter(l -> l.startsWith("  " + time + " "))
                .findFirst()
                .orElseThrow();
        return row.trim().split(" +")[4];
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
                .contains("1 line could not be read:\n")
                // The unreadable line is shown with its control characters escaped, never sent to the terminal.
                .contains("vendors.log:6: \\x1b[31mnot a log line\\x07")
                .doesNotContain("\u001b");
    }

    @Test
    void codesOutsideTheFiveClassesHaveOneClassEverywhere() throws Exception {
        Path odd = Files.write(
                directory.resolve("odd.log"),
                List.of(
                        line("1.1.1.1", 0, "/", 200),
                        line("1.1.1.2", 1, "/", 999),
                        line("1.1.1.3", 2, "/", 999),
                        line("1.1.1.4", 3, "/x", 404)));
        String text = Run.of("logs", odd.toString()).out();
        assertThat(text).doesNotContain("???");
        String classes = text.substring(text.indexOf("By class"), text.indexOf("By code"));
        assertThat(classes).contains("  2xx          1   25.0%").contains("  other        2   50.0%");
        assertThat(Run.of("logs", odd.toString(), "--lang", "zh").out()).contains("  其他         2   50.0%");

        JsonNode json = new ObjectMapper()
                .readTree(Run.of("logs", odd.toString(), "--format", "json").out());
        long sum = 0;
        for (JsonNode count : json.get("classes")) {
            sum += count.asLong();
        }
        assertThat(sum).isEqualTo(json.get("counted").asLong()).isEqualTo(4);
        assertThat(json.get("classes").get("other").asLong()).isEqualTo(2);

        Path html = directory.resolve("odd.html");
        assertThat(Run.of("logs", odd.toString(), "--html", html.toString()).exitCode())
                .isZero();
        String page = Files.readString(html);
        assertThat(page)
                .doesNotContain("???")
                .contains("<rect class=\"f0\"")
                .contains("<li class=\"c0\"><span></span>other</li>")
                .contains("<td class=\"num\">other</td><td class=\"n\">2</td>");
        Path chinese = directory.resolve("odd-zh.html");
        Run.of("logs", odd.toString(), "--html", chinese.toString(), "--lang", "zh");
        assertThat(Files.readString(chinese)).contains("<li class=\"c0\"><span></span>其他</li>");
        // Without such codes, the legend names the five classes only.
        Path plain = directory.resolve("plain.html");
        Run.of("logs", spiky.toString(), "--html", plain.toString());
        assertThat(Files.readString(plain)).doesNotContain("<li class=\"c0\">");
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
        Run format = Run.of("logs", spiky.toString(), "--log-format", "%h %t");
        assertThat(format.exitCode()).isEqualTo(2);
        assertThat(format.err()).contains("cannot use the log format \"%h %t\"");
        Run since = Run.of("logs", spiky.toString(), "--since", "yesterday");
        assertThat(since.err()).contains("\"yesterday\" is not a time");
    }

    @Test
    void aNonPositiveTopIsAUsageError() {
        for (String top : List.of("0", "-1")) {
            Run run = Run.of("logs", spiky.toString(), "--top", top);
            assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
            assertThat(run.out()).isEmpty();
            assertThat(run.err()).contains("--top must be a whole number of at least 1, not " + top);
        }
        Run chinese = Run.of("logs", spiky.toString(), "--top", "0", "--lang", "zh");
        assertThat(chinese.exitCode()).isEqualTo(2);
        assertThat(chinese.err()).contains("--top 必须是不小于 1 的整数，而不是 0");
        assertThat(Run.of("logs", spiky.toString(), "--top", "1").exitCode()).isZero();
    }

    @Test
    void aMissingFileOrADirectoryExits66SayingWhich() {
        Run missing = Run.of("logs", directory.resolve("nothing.log").toString());
        assertThat(missing.exitCode()).isEqualTo(66);
        assertThat(missing.err()).contains("no such file: ").contains("nothing.log");
        Run folder = Run.of("logs", directory.toString());
        assertThat(folder.exitCode()).isEqualTo(66);
        assertThat(folder.err()).contains("is a directory, not a log file: " + directory);
        Run chinese = Run.of("logs", directory.toString(), "--lang", "zh");
        assertThat(chinese.err()).contains("这是一个目录，不是日志文件：");
        Run followed =
                Run.of("logs", "--follow", directory.resolve("nothing.log").toString());
        assertThat(followed.exitCode()).isEqualTo(66);
        assertThat(followed.err()).contains("no such file: ");
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
    void oneLineIsOneLine() throws Exception {
        Path single = Files.write(directory.resolve("single.log"), List.of(line("1.1.1.1", 0, "/", 200)));
        assertThat(Run.of("logs", single.toString()).out())
                .contains("1 line read: 1 counted, 0 left out by the filters, 0 unreadable.");
        Path html = directory.resolve("single.html");
        Run.of("logs", single.toString(), "--html", html.toString());
        assertThat(Files.readString(html)).contains("1 line read: 1 counted");
        Path notes = Files.writeString(directory.resolve("note.txt"), "hello\n");
        assertThat(Run.of("logs", notes.toString()).out()).contains("1 line could not be read:\n");
    }

    @Test
    void anEmptyLogIsAnEmptyReportNotAnUnknownFormat() throws Exception {
        Path empty = Files.write(directory.resolve("empty.log"), new byte[0]);
        Run run = Run.of("logs", empty.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .contains(empty + ": empty, no line to read")
                .contains("0 lines read: 0 counted")
                .doesNotContain("not recognised");
        assertThat(Run.of("logs", empty.toString(), "--lang", "zh").out()).contains("空文件，没有可读取的行");
        Path html = directory.resolve("empty.html");
        assertThat(Run.of("logs", empty.toString(), "--html", html.toString()).exitCode())
                .isZero();
        assertThat(Files.readString(html)).contains("empty, no line to read").doesNotContain("not recognised");
        // With another input that has lines, only the empty one is called empty.
        Run both = Run.of("logs", empty.toString(), vendors.toString());
        assertThat(both.out()).contains(empty + ": empty").contains(vendors + ": format combined");
    }

    @Test
    void anHtmlReportThatCannotBeWrittenSaysWhyAndExits73() {
        Path nowhere = directory.resolve("no/such/dir/r.html");
        Run run = Run.of("logs", spiky.toString(), "--html", nowhere.toString());
        assertThat(run.exitCode()).isEqualTo(73);
        assertThat(run.err())
                .contains("cannot write the HTML report " + nowhere + ": the folder " + nowhere.getParent()
                        + " does not exist");
        assertThat(Run.of("logs", spiky.toString(), "--html", nowhere.toString(), "--lang", "zh")
                        .err())
                .contains("目录 " + nowhere.getParent() + " 不存在");
        assertThat(Run.of("logs", "--help").out())
                .contains("66 when an input cannot be read")
                .contains("73 when");
        assertThat(Run.of("logs", "--help", "--lang", "zh").out()).contains("为 73");
        assertThat(Run.of("manpage").out()).contains(".B 73\n");
    }

    @Test
    void anUnrecognisedLogIsCountedAndExitsOne() throws Exception {
        Path text = Files.writeString(directory.resolve("notes.txt"), "hello\nworld\n");
        Run run = Run.of("logs", text.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("format not recognised").contains("2 lines could not be read");
    }
}
