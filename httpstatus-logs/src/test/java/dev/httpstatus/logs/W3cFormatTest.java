package dev.httpstatus.logs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class W3cFormatTest {
    @TempDir
    Path directory;

    private static String fixture(String name) throws IOException {
        try (InputStream in = W3cFormatTest.class.getResourceAsStream("/w3c/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static LogAnalysis.Result analyze(String name, byte[] content, LogFormat format) throws IOException {
        return LogAnalysis.analyze(
                List.of(LogInput.stream(name, new ByteArrayInputStream(content))),
                new LogAnalysis.Options(format, Filter.ALL, 0, 10));
    }

    private static long epoch(String iso) {
        return OffsetDateTime.parse(iso).toEpochSecond();
    }

    @Test
    void iisFieldsDirectiveDrivesThePositions() {
        LogFormat iis = LogFormat.named("w3c");
        assertThat(iis.parse("#Fields: date time c-ip cs-method cs-uri-stem cs-uri-query sc-status cs(Referer)"))
                .isNull();
        Request request = iis.parse("2026-12-06 14:05:09 203.0.113.7 GET /a.aspx id=1 404 https://r.example/");
        assertThat(request.client()).isEqualTo("203.0.113.7");
        assertThat(request.method()).isEqualTo("GET");
        assertThat(request.target()).isEqualTo("/a.aspx?id=1");
        assertThat(request.path()).isEqualTo("/a.aspx");
        assertThat(request.status()).isEqualTo(404);
        assertThat(request.referrer()).isEqualTo("https://r.example/");
        assertThat(request.epochSecond()).isEqualTo(epoch("2026-12-06T14:05:09Z"));
        assertThat(request.offsetSeconds()).isZero();
    }

    @Test
    void aLaterFieldsDirectiveChangesTheLayout() throws IOException {
        LogAnalysis.Result result = analyze("iis.log", fixture("iis.log").getBytes(StandardCharsets.UTF_8), null);
        LogReport report = result.report();
        assertThat(result.formats().get("iis.log")).map(LogFormat::name).contains("w3c");
        // The time-taken of 404 on the fourth request is not a 404: positions come from #Fields.
        assertThat(report.codes()).isEqualTo(Map.of(200, 2L, 404, 1L, 500, 1L, 301, 1L, 401, 1L));
        assertThat(report.directives()).isEqualTo(8);
        assertThat(report.unread()).isZero();
        assertThat(report.counted()).isEqualTo(6);
        LogReport.ErrorCode unauthorized = report.errors().stream()
                .filter(e -> e.code() == 401)
                .findFirst()
                .orElseThrow();
        assertThat(unauthorized.paths()).extracting(LogReport.Count::value).containsExactly("/login");
        assertThat(unauthorized.clients()).extracting(LogReport.Count::value).containsExactly("198.51.100.2");
    }

    @Test
    void iisHostFilterReadsCsHostWithoutItsPort() throws IOException {
        LogReport report = LogAnalysis.analyze(
                        List.of(LogInput.stream(
                                "iis.log",
                                new ByteArrayInputStream(fixture("iis.log").getBytes(StandardCharsets.UTF_8)))),
                        new LogAnalysis.Options(null, Filter.ALL.host("www.example.com"), 0, 10))
                .report();
        assertThat(report.codes()).isEqualTo(Map.of(301, 1L, 401, 1L));
    }

    @Test
    void cloudFrontIsDetectedAndReadByItsTabs() throws IOException {
        LogAnalysis.Result result = analyze("cf.log", fixture("cloudfront.log").getBytes(StandardCharsets.UTF_8), null);
        LogReport report = result.report();
        assertThat(result.formats().get("cf.log")).map(LogFormat::name).contains("cloudfront");
        assertThat(report.codes()).isEqualTo(Map.of(200, 1L, 502, 1L, 503, 1L));
        assertThat(report.directives()).isEqualTo(2);
        LogReport.ErrorCode badGateway = report.errors().get(0);
        assertThat(badGateway.code()).isEqualTo(502);
        assertThat(badGateway.paths()).extracting(LogReport.Count::value).containsExactly("/api/items");
        assertThat(badGateway.referrers())
                .extracting(LogReport.Count::value)
                .containsExactly("https://www.example.com/");
        assertThat(report.timeline().buckets().get(0).start()).isEqualTo(epoch("2026-12-06T14:05:00Z"));
    }

    @Test
    void cloudFrontHostIsTheViewersHostHeader() {
        LogFormat cloudFront = LogFormat.named("cloudfront");
        String line = "2026-12-06\t14:05:09\tFRA56-P1\t2390\t192.0.2.10\tGET\td1.cloudfront.net\t/x\t200\t-\tua\t-\t-"
                + "\tHit\tid\twww.example.com\thttps\t96\t0.004\t-\tTLSv1.3\tc\tHit\tHTTP/2.0\t-\t-";
        // Without a header: CloudFront's documented layout (older logs have 26 fields).
        Request request = cloudFront.parse(line);
        assertThat(request.host()).isEqualTo("www.example.com");
        assertThat(request.client()).isEqualTo("192.0.2.10");
        assertThat(request.status()).isEqualTo(200);
    }

    @Test
    void hostileW3cLinesAreUnreadableAndChangeNoOtherCount() throws IOException {
        String good = "2026-12-06 14:00:01 10.0.0.5 GET /a - 443 - 203.0.113.7 ua - 200 0 0 15";
        List<String> lines = new ArrayList<>();
        lines.add("#Fields: date time s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip"
                + " cs(User-Agent) cs(Referer) sc-status sc-substatus sc-win32-status time-taken");
        lines.add(good);
        lines.add(good.substring(0, 40)); // truncated
        lines.add(good.replace("2026-12-06", "2026-13-45")); // bad date
        lines.add(good.replace(" 200 ", " 2x0 ")); // bad status
        lines.add(good + " extra"); // a field more than the header says
        lines.add("\u0000\u0001\u00ff binary"); // binary
        lines.add("x".repeat(70_000)); // overlong
        lines.add("#Fields: nonsense"); // a directive without status: the layout stays
        lines.add(good + "\r"); // CRLF
        lines.add("");
        byte[] content = String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
        LogReport report =
                analyze("hostile.log", content, LogFormat.named("w3c")).report();
        assertThat(report.codes()).isEqualTo(Map.of(200, 2L));
        assertThat(report.directives()).isEqualTo(2);
        assertThat(report.unread()).isEqualTo(6);
        assertThat(report.unreadSamples())
                .extracting(LogReport.Unread::lineNumber)
                .containsExactly(3L, 4L, 5L, 6L, 7L, 8L);
    }

    @Test
    void aLargeW3cFileIsReadWholeSoItsDirectivesApplyEverywhere() throws IOException {
        StringBuilder log = new StringBuilder("#Fields: date time c-ip cs-method cs-uri-stem sc-status\n");
        for (int i = 0; i < 2000; i++) {
            log.append("2026-12-06 14:00:0").append(i % 10).append(" 10.0.0.1 GET /p 404\n");
        }
        Path file = directory.resolve("u_ex261206.log");
        Files.writeString(file, log);
        // Parts of 4 KiB would cut the file in two; the second part would never see the directive.
        LogReport report = LogAnalysis.analyze(
                        List.of(LogInput.file(file)), new LogAnalysis.Options(null, Filter.ALL, 0, 10), 2, 4096)
                .report();
        assertThat(report.codes()).isEqualTo(Map.of(404, 2000L));
        assertThat(report.unread()).isZero();
    }

    @Test
    void combinedLinesAreNotTakenForW3c() {
        String combined = "203.0.113.9 - - [10/Oct/2000:13:55:36 -0700] \"GET / HTTP/1.0\" 200 2326 \"-\" \"a b c d\"";
        assertThat(LogFormat.named("w3c").parse(combined)).isNull();
        assertThat(LogFormat.named("cloudfront").parse(combined)).isNull();
        assertThat(LogFormat.detect(List.of(combined))).map(LogFormat::name).contains("combined");
    }
}
