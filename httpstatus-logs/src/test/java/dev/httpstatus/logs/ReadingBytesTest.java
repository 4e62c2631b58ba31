package dev.httpstatus.logs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command reads lines as bytes, keeps the last minute it read and makes one String per distinct text; a
 * library user reads each line into a {@link Request}. Both must count the same: these lines are the ones where
 * the shortcuts could go wrong.
 */
class ReadingBytesTest {
    @TempDir
    Path directory;

    private static String line(String client, String time, String target, int status) {
        return client + " - - [" + time + "] \"GET " + target + " HTTP/1.1\" " + status
                + " 12 \"https://r.example/\" \"t\"";
    }

    /** Times across every boundary the last minute could be wrongly kept over, in and out of order. */
    private static final List<String> TIMES = List.of(
            "06/Dec/2026:14:59:58 +0100",
            "06/Dec/2026:14:59:59 +0100",
            "06/Dec/2026:15:00:00 +0100", // a new hour
            "06/Dec/2026:14:59:30 +0100", // out of order, back into the minute before
            "06/Dec/2026:23:59:59 +0100",
            "07/Dec/2026:00:00:00 +0100", // a new day
            "07/Dec/2026:00:00:10 +0000", // the same minute's text in another zone
            "07/Dec/2026:00:00:20 -0130",
            "31/Dec/2026:23:59:60 +0000", // a leap second
            "01/Jan/2027:00:00:00 +0000", // a new year
            "01/Jan/2027:00:00:05 +0000",
            "01/Dec/2026:00:00:05 +0000"); // the same day and year a month earlier

    /** Targets whose path is cut from the bytes: queries, absolute forms, non-ASCII and invalid UTF-8. */
    private static final List<String> TARGETS = List.of(
            "/a?q=1",
            "/a",
            "http://example.com/x/y?z=1",
            "https://example.com",
            "https://example.com?x",
            "http://",
            "?only",
            "/café?x",
            "/Aa",
            "/BB", // the same hash as /Aa
            "/xxx",
            "/é");

    private static List<byte[]> lines() {
        List<byte[]> lines = new ArrayList<>();
        int[] codes = {200, 404, 301, 302, 429, 502, 304};
        for (int i = 0; i < 200; i++) {
            String time = TIMES.get(i % TIMES.size());
            String target = TARGETS.get(i % TARGETS.size());
            lines.add(line("192.0.2." + (i % 5), time, target, codes[i % codes.length])
                    .getBytes(StandardCharsets.UTF_8));
        }
        // Invalid UTF-8 in a path, twice, and right after a line with the same minute: a bad second.
        for (int i = 0; i < 2; i++) {
            String[] around = line("192.0.2.7", TIMES.get(0), "/bad@?q", 404).split("@");
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            bytes.writeBytes(around[0].getBytes(StandardCharsets.UTF_8));
            bytes.writeBytes(new byte[] {(byte) 0xc3, (byte) 0x28});
            bytes.writeBytes(around[1].getBytes(StandardCharsets.UTF_8));
            lines.add(bytes.toByteArray());
        }
        lines.add(line("192.0.2.7", "06/Dec/2026:14:59:61 +0100", "/", 200).getBytes(StandardCharsets.UTF_8));
        lines.add(line("192.0.2.7", "06/Dec/2026:14:59:5x +0100", "/", 200).getBytes(StandardCharsets.UTF_8));
        lines.add(line("192.0.2.7", "06/Dec/2026:14:59:59+0100", "/", 200).getBytes(StandardCharsets.UTF_8));
        lines.add(line("192.0.2.7", "06/Dec/2026:14:59:59 +0100", "/", 200).getBytes(StandardCharsets.UTF_8));
        // Many distinct paths, so that the table of Strings grows while it is used.
        for (int i = 0; i < 5000; i++) {
            lines.add(line("198.51.100." + (i % 250), TIMES.get(i % 3), "/p/" + i + "?n=" + i, 404)
                    .getBytes(StandardCharsets.UTF_8));
        }
        return lines;
    }

    /** The library's way: each line made into a Request, or counted unread, numbered from 1. */
    private static LogReport byRequests(String input, List<byte[]> lines) {
        LogFormat format = LogFormat.named("combined");
        Tally tally = new Tally();
        long number = 0;
        for (byte[] bytes : lines) {
            number++;
            String text = new String(bytes, StandardCharsets.UTF_8);
            Request request = format.parse(text);
            if (request == null) {
                tally.unread(input, number, text);
            } else {
                tally.add(request, Filter.ALL);
            }
        }
        return tally.report(0, 10);
    }

    private Path write(List<byte[]> lines) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] line : lines) {
            out.writeBytes(line);
            out.write('\n');
        }
        Path file = directory.resolve("access.log");
        Files.write(file, out.toByteArray());
        return file;
    }

    @Test
    void theCommandsReadingCountsAsRequestsDo() throws IOException {
        List<byte[]> lines = lines();
        Path file = write(lines);
        LogAnalysis.Options options = new LogAnalysis.Options(LogFormat.named("combined"), Filter.ALL, 0, 10);

        LogReport read = LogAnalysis.analyze(List.of(LogInput.file(file)), options, 1, Long.MAX_VALUE)
                .report();

        assertThat(read).usingRecursiveComparison().isEqualTo(byRequests(file.toString(), lines));
        assertThat(read.unread()).isEqualTo(3);
        assertThat(read.unreadSamples())
                .extracting(LogReport.Unread::lineNumber)
                .containsExactly(203L, 204L, 205L);
        // Every seventh of the first 200 lines, and the last line.
        assertThat(read.codes()).containsEntry(200, 30L);
    }

    @Test
    void partsReadOnTwoThreadsCountAsOneReader() throws IOException {
        List<byte[]> lines = lines();
        Path file = write(lines);
        LogAnalysis.Options options = new LogAnalysis.Options(LogFormat.named("combined"), Filter.ALL, 0, 10);

        LogReport parts = LogAnalysis.analyze(List.of(LogInput.file(file)), options, 2, 1024)
                .report();

        assertThat(parts).usingRecursiveComparison().isEqualTo(byRequests(file.toString(), lines));
    }

    @Test
    void aTimeIsReadTheSameWithTheLastMinuteKeptOrNot() {
        LogTime.LastMinute last = new LogTime.LastMinute();
        Random random = new Random(22);
        String[] zones = {"+0000", "+0100", "-0130", "+0545"};
        for (int i = 0; i < 20_000; i++) {
            // Few distinct minutes, so that most reads hit the kept one, and each field changes now and then.
            String time = String.format(
                    "%02d/%s/%d:%02d:%02d:%02d %s",
                    1 + random.nextInt(2),
                    random.nextInt(5) == 0 ? "Jan" : "Dec",
                    2026 + random.nextInt(2),
                    22 + random.nextInt(2),
                    59 - random.nextInt(2),
                    random.nextInt(63), // 61 and 62 are no seconds
                    random.nextInt(8) == 0 ? zones[1 + random.nextInt(3)] : zones[0]);
            byte[] bytes = time.getBytes(StandardCharsets.US_ASCII);
            int[] offset = new int[1];
            long fresh = LogTime.common(bytes, 0, bytes.length, offset);
            long kept = LogTime.common(bytes, 0, bytes.length, last);
            assertThat(kept).as(time).isEqualTo(fresh);
            if (fresh != LogTime.INVALID) {
                assertThat(last.lastOffset).as(time).isEqualTo(offset[0]);
            }
        }
    }

    @Test
    void oneStringForEachTextAndTheDecodedTextForEveryByte() {
        Interner strings = new Interner();
        byte[] line = "GET /Aa /BB /é /xxx \u00c3(".getBytes(StandardCharsets.UTF_8);
        byte[] invalid = {'/', (byte) 0xc3, '('};

        String first = strings.text(line, 4, 7);
        assertThat(strings.text("x/Aa".getBytes(StandardCharsets.UTF_8), 1, 4)).isSameAs(first);
        assertThat(strings.text(line, 8, 11)).isEqualTo("/BB").isNotSameAs(first);
        assertThat(strings.text(line, 12, 15)).isEqualTo("/é");
        assertThat(strings.text(line, 16, 20)).isEqualTo("/xxx");
        assertThat(strings.text(invalid, 0, 3)).isEqualTo(new String(invalid, StandardCharsets.UTF_8));
        assertThat(strings.text(invalid, 0, 0)).isEmpty();
        for (int i = 0; i < 10_000; i++) {
            byte[] bytes = ("/p/" + i).getBytes(StandardCharsets.UTF_8);
            assertThat(strings.text(bytes, 0, bytes.length)).isEqualTo("/p/" + i);
        }
        assertThat(strings.size()).isEqualTo(5 + 10_000);
        assertThat(strings.text(line, 4, 7)).isSameAs(first);
    }

    @Test
    void theTopOfAListIsTheStartOfItAllSorted() {
        Counter counter = new Counter();
        Random random = new Random(9);
        for (int i = 0; i < 50_000; i++) {
            counter.add("v" + (int) Math.sqrt(random.nextInt(1_000_000)) % 700);
        }
        List<LogReport.Count> all = counter.top(Integer.MAX_VALUE);
        assertThat(all).hasSize(counter.distinct());
        for (int limit : new int[] {0, 1, 10, 699, 700, 701}) {
            assertThat(counter.top(limit)).as("top %d", limit).isEqualTo(all.subList(0, Math.min(limit, all.size())));
        }
        assertThat(all)
                .isSortedAccordingTo((a, b) -> a.count() != b.count()
                        ? Long.compare(b.count(), a.count())
                        : a.value().compareTo(b.value()));
    }
}
