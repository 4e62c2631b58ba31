package dev.httpstatus.logs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogAnalysisTest {
    @TempDir
    Path directory;

    /** A combined line at {@code minute} past 14:00 on 6 December 2026 (UTC+1). */
    static String line(String client, int minute, String path, int status) {
        return String.format(
                "%s - - [06/Dec/2026:14:%02d:00 +0100] \"GET %s HTTP/1.1\" %d 512 \"-\" \"test\"",
                client, minute, path, status);
    }

    static LogReport analyze(List<LogInput> inputs, LogAnalysis.Options options) throws IOException {
        return LogAnalysis.analyze(inputs, options).report();
    }

    static LogInput bytes(String name, byte[] content) {
        return LogInput.stream(name, new ByteArrayInputStream(content));
    }

    @Test
    void hostileLinesAreCountedAndShownAndChangeNoOtherCount() throws IOException {
        List<String> good = List.of(
                line("10.0.0.1", 0, "/", 200),
                line("10.0.0.2", 1, "/missing", 404),
                line("10.0.0.3", 2, "/api", 502),
                line("10.0.0.1", 3, "/", 200));
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        write(log, good.get(0) + "\n");
        write(log, good.get(1).substring(0, 50) + "\n"); // truncated: line 2
        log.write(new byte[] {0, 1, 2, (byte) 0xff, (byte) 0xfe, '\n'}); // binary: line 3
        write(log, good.get(1) + "\r\n"); // CRLF: counts
        String[] around = line("10.0.0.9", 4, "/caf@", 404).split("@");
        write(log, around[0]);
        log.write(new byte[] {(byte) 0xc3, (byte) 0x28}); // invalid UTF-8 in a path: a request all the same
        write(log, around[1] + "\n");
        write(log, "x".repeat(300_000) + "\n"); // very long: line 6
        write(log, good.get(2).replace("06/Dec/2026", "06/Dcm/2026") + "\n"); // bad date: line 7
        write(log, good.get(2) + "\n");
        write(log, "\n"); // blank: line 9
        write(log, good.get(3)); // no final newline: counts
        LogReport report = analyze(
                List.of(bytes("hostile.log", log.toByteArray())),
                new LogAnalysis.Options(LogFormat.named("combined"), Filter.ALL, 0, 10));
        assertThat(report.codes()).isEqualTo(Map.of(200, 2L, 404, 2L, 502, 1L));
        assertThat(report.unread()).isEqualTo(5);
        assertThat(report.lines()).isEqualTo(10);
        assertThat(report.unreadSamples())
                .extracting(LogReport.Unread::lineNumber)
                .containsExactly(2L, 3L, 6L, 7L, 9L);
        assertThat(report.unreadSamples().get(2).text()).hasSizeLessThan(300);
    }

    @Test
    void errorCodesListTheirRequestsExactly() throws IOException {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            lines.add(line("10.0.0." + (i % 3), i % 60, "/p" + (i % 4) + "?q=" + i, i % 2 == 0 ? 404 : 503));
        }
        LogReport report = analyze(
                List.of(bytes("a.log", String.join("\n", lines).getBytes(StandardCharsets.UTF_8))),
                LogAnalysis.Options.defaults());
        assertThat(report.errors()).extracting(LogReport.ErrorCode::code).containsExactly(404, 503);
        LogReport.ErrorCode notFound = report.errors().get(0);
        assertThat(notFound.count()).isEqualTo(15);
        // i even: p0 for i%4==0 (8 values), p2 for i%4==2 (7 values).
        assertThat(notFound.paths()).containsExactly(new LogReport.Count("/p0", 8), new LogReport.Count("/p2", 7));
        assertThat(notFound.distinctClients()).isEqualTo(3);
        assertThat(notFound.methods()).containsExactly(new LogReport.Count("GET", 15));
    }

    @Test
    void filtersSelectByStatusTimePathAndHost() throws IOException {
        String log = String.join(
                "\n",
                "a.example " + line("1.1.1.1", 0, "/x/1", 200),
                "b.example " + line("1.1.1.1", 10, "/x/2", 500),
                "a.example " + line("1.1.1.1", 20, "/y/3", 503),
                "a.example " + line("1.1.1.1", 30, "/x/4", 429));
        Map<String, Filter> filters = Map.of(
                "status", Filter.ALL.statuses("5xx,429"),
                "time", Filter.ALL.since("2026-12-06T14:10").until("2026-12-06T14:30"),
                "absolute", Filter.ALL.since("2026-12-06T13:15:00Z"),
                "path", Filter.ALL.path("/x/*"),
                "host", Filter.ALL.host("A.example"));
        Map<String, Map<Integer, Long>> expected = Map.of(
                "status", Map.of(500, 1L, 503, 1L, 429, 1L),
                "time", Map.of(500, 1L, 503, 1L),
                "absolute", Map.of(503, 1L, 429, 1L),
                "path", Map.of(200, 1L, 500, 1L, 429, 1L),
                "host", Map.of(200, 1L, 503, 1L, 429, 1L));
        for (Map.Entry<String, Filter> filter : filters.entrySet()) {
            LogReport report = analyze(
                    List.of(bytes("v.log", log.getBytes(StandardCharsets.UTF_8))),
                    new LogAnalysis.Options(null, filter.getValue(), 0, 10));
            assertThat(report.codes()).as(filter.getKey()).isEqualTo(expected.get(filter.getKey()));
            assertThat(report.filteredOut()).isEqualTo(4 - report.counted());
        }
    }

    @Test
    void theTimelineNamesTheLargestRiseOfServerErrors() throws IOException {
        List<String> lines = new ArrayList<>();
        for (int minute = 0; minute < 60; minute++) {
            for (int i = 0; i < 100; i++) {
                boolean failing = minute >= 20 && minute < 25 && i < 40;
                lines.add(line("10.0.0." + i, minute, "/", failing ? 502 : 200));
            }
        }
        LogReport report = analyze(
                List.of(bytes("t.log", String.join("\n", lines).getBytes(StandardCharsets.UTF_8))),
                new LogAnalysis.Options(null, Filter.ALL, 300, 10));
        LogReport.Timeline timeline = report.timeline();
        assertThat(timeline.bucketSeconds()).isEqualTo(300);
        assertThat(timeline.buckets()).hasSize(12);
        assertThat(timeline.offsetSeconds()).isEqualTo(3600);
        assertThat(timeline.buckets().get(4).codes()).isEqualTo(Map.of(200, 300L, 502, 200L));
        assertThat(report.spikes()).hasSize(1);
        LogReport.Spike spike = report.spikes().get(0);
        assertThat(spike.classDigit()).isEqualTo(5);
        assertThat(spike.fromShare()).isZero();
        assertThat(spike.toShare()).isEqualTo(0.4);
        // 14:20 on the log's clock, UTC+1.
        assertThat(spike.start())
                .isEqualTo(java.time.OffsetDateTime.parse("2026-12-06T14:20:00+01:00")
                        .toEpochSecond());
        // An hour of minutes gets one-minute buckets when none is asked for.
        assertThat(analyze(
                                List.of(bytes("t.log", String.join("\n", lines).getBytes(StandardCharsets.UTF_8))),
                                LogAnalysis.Options.defaults())
                        .timeline()
                        .bucketSeconds())
                .isEqualTo(60);
    }

    @Test
    void rotatedSetsAreReadOldestFirstGzipIncluded() throws IOException {
        Files.writeString(directory.resolve("access.log"), line("3.3.3.3", 30, "/", 200) + "\n");
        Files.writeString(directory.resolve("access.log.1"), line("2.2.2.2", 20, "/", 404) + "\nbroken\n");
        try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(directory.resolve("access.log.2.gz")))) {
            gz.write((line("1.1.1.1", 10, "/", 500) + "\nbroken too\n").getBytes(StandardCharsets.UTF_8));
        }
        List<LogInput> inputs =
                LogInputs.expand(List.of(directory.resolve("access.log*").toString()), null);
        assertThat(inputs)
                .extracting(i -> Path.of(i.name()).getFileName().toString())
                .containsExactly("access.log.2.gz", "access.log.1", "access.log");
        LogReport report = analyze(inputs, LogAnalysis.Options.defaults());
        assertThat(report.codes()).isEqualTo(new TreeMap<>(Map.of(200, 1L, 404, 1L, 500, 1L)));
        assertThat(report.unreadSamples())
                .extracting(u -> Path.of(u.input()).getFileName() + ":" + u.lineNumber())
                .containsExactly("access.log.2.gz:2", "access.log.1:2");
        assertThat(LogInputs.inTimeOrder(List.of(
                        Path.of("x.log"), Path.of("x.log-20261202.gz"), Path.of("x.log-20261201"), Path.of("y"))))
                .extracting(Path::toString)
                .containsExactly("x.log-20261201", "x.log-20261202.gz", "x.log", "y");
    }

    @Test
    void aLargeFileReadInPartsCountsAsReadWhole() throws IOException {
        StringBuilder log = new StringBuilder();
        for (int i = 0; i < 5000; i++) {
            log.append(
                            i % 997 == 0
                                    ? "broken line " + i
                                    : line("10.0.0." + i % 50, i % 60, "/p" + i % 7, 200 + i % 4 * 100))
                    .append(i % 3 == 0 ? "\r\n" : "\n");
        }
        Path file = Files.writeString(directory.resolve("large.log"), log);
        List<LogInput> inputs = List.of(LogInput.file(file));
        LogReport whole = LogAnalysis.analyze(inputs, LogAnalysis.Options.defaults(), 1, 1)
                .report();
        LogReport parts = LogAnalysis.analyze(inputs, LogAnalysis.Options.defaults(), 7, 1000)
                .report();
        assertThat(FileParts.of(file, 7, 1000)).hasSize(7);
        assertThat(parts.codes()).isEqualTo(whole.codes());
        assertThat(parts.lines()).isEqualTo(5000);
        assertThat(parts.unread()).isEqualTo(6);
        assertThat(parts.unreadSamples()).isEqualTo(whole.unreadSamples());
        assertThat(parts.unreadSamples())
                .extracting(LogReport.Unread::lineNumber)
                .containsExactly(1L, 998L, 1995L, 2992L, 3989L, 4986L);
        assertThat(parts.errors()).isEqualTo(whole.errors());
        assertThat(parts.timeline()).isEqualTo(whole.timeline());
    }

    @Test
    void anInputThatCannotBeReadIsNamedInTheFailure() throws IOException {
        Path fake = Files.writeString(directory.resolve("fake.log.gz"), "not gzip\n");
        assertThatThrownBy(() -> analyze(List.of(LogInput.file(fake)), LogAnalysis.Options.defaults()))
                .isInstanceOf(IOException.class)
                .hasMessageStartingWith(fake + ": ");
    }

    @Test
    void findingsNeedTenRequestsOfTheirCode() throws IOException {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            lines.add(line("10.0.0." + i, i, "/", 504)); // nine: too few to say anything
        }
        for (int i = 0; i < 10; i++) {
            lines.add(line("10.0.0." + i, i, "/", 502));
            lines.add(line("10.0.0." + i, i, "/slow", 499));
            lines.add(line("9.9.9.9", i, "/api", 429));
            lines.add(line(i < 3 ? "6.6.6.6" : "10.0.0." + i, i, "/x" + i, 404)); // 3 of 10: not a third
        }
        for (int i = 0; i < 200; i++) {
            lines.add(line("10.0.1." + i % 9, i % 60, "/", 200));
        }
        LogReport report = analyze(
                List.of(bytes("f.log", String.join("\n", lines).getBytes(StandardCharsets.UTF_8))),
                LogAnalysis.Options.defaults());
        assertThat(report.findings())
                .extracting(Finding::kind, Finding::code, Finding::count, Finding::client, Finding::clientCount)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Finding.Kind.UPSTREAM, 502, 10L, "", 0L),
                        org.assertj.core.groups.Tuple.tuple(Finding.Kind.CLIENTS_GAVE_UP, 499, 10L, "", 0L),
                        org.assertj.core.groups.Tuple.tuple(Finding.Kind.RATE_LIMITED, 429, 10L, "9.9.9.9", 10L));
        lines.add(line("6.6.6.6", 59, "/x99", 404)); // 4 of 11: a third
        lines.addAll(java.util.Collections.nCopies(12, line("10.0.1.1", 0, "/", 304))); // 12 of 252: 4.8%
        report = analyze(
                List.of(bytes("f.log", String.join("\n", lines).getBytes(StandardCharsets.UTF_8))),
                LogAnalysis.Options.defaults());
        assertThat(report.findings()).extracting(Finding::kind).contains(Finding.Kind.SCANNER);
        assertThat(report.findings()).extracting(Finding::kind).doesNotContain(Finding.Kind.CACHING_WORKS);
    }

    @Test
    void standardInputIsADash() throws IOException {
        byte[] content = (line("1.1.1.1", 0, "/", 418) + "\n").getBytes(StandardCharsets.UTF_8);
        List<LogInput> inputs = LogInputs.expand(List.of("-"), new ByteArrayInputStream(content));
        assertThat(inputs).extracting(LogInput::name).containsExactly("-");
        assertThat(analyze(inputs, LogAnalysis.Options.defaults()).codes()).isEqualTo(Map.of(418, 1L));
    }

    @Test
    void anUnrecognisedInputIsCountedLineByLine() throws IOException {
        LogAnalysis.Result result = LogAnalysis.analyze(
                List.of(bytes("x", "hello\nworld\n".getBytes(StandardCharsets.UTF_8))), LogAnalysis.Options.defaults());
        assertThat(result.formats().get("x")).isEmpty();
        assertThat(result.report().unread()).isEqualTo(2);
    }

    private static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
    }
}
