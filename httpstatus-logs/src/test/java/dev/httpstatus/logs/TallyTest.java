package dev.httpstatus.logs;

import static dev.httpstatus.logs.LogAnalysisTest.line;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A tally as a cluster job uses it: counted per partition, sent to another machine, merged in order. */
class TallyTest {
    /** Lines with a little of everything a tally keeps: errors, 429s, a redirect chain, unreadable lines. */
    private static List<String> lines() {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            lines.add(line("192.0.2." + (i % 3), i % 60, "/page/" + (i % 4), 200));
            lines.add(line("192.0.2.9", i % 60, "/missing/" + (i % 2), 404));
            lines.add(line("198.51.100.1", i % 60, "/api", 429));
            lines.add(line("203.0.113.5", i % 60, "/old", 301));
            lines.add(line("203.0.113.5", i % 60, "/new", 308));
            if (i % 7 == 0) {
                lines.add("not a log line " + i);
            }
        }
        return lines;
    }

    /** Counts {@code lines} as a job does: parse, add or count as unreadable, numbering from 1. */
    private static Tally tally(List<String> lines) {
        LogFormat format = LogFormat.named("combined");
        Tally tally = new Tally();
        long number = 0;
        for (String text : lines) {
            number++;
            Request request = format.parse(text);
            if (request == null) {
                tally.unread("access.log", number, text);
            } else {
                tally.add(request, Filter.ALL);
            }
        }
        return tally;
    }

    @Test
    void aTallySentToAnotherMachineReportsTheSame() throws Exception {
        Tally tally = tally(lines());

        Tally copy = (Tally) deserialize(serialize(tally));

        LogReport report = tally.report(0, 5);
        assertThat(report.codes()).containsEntry(404, 30L).containsEntry(429, 30L);
        assertThat(report.findings()).isNotEmpty();
        assertThat(copy.report(0, 5)).isEqualTo(report);
    }

    @Test
    void partsMergedInOrderReportAsTheWholeInputWithItsLineNumbers() {
        List<String> lines = lines();
        int cut = lines.size() / 2;
        Tally whole = tally(lines);

        Tally first = tally(lines.subList(0, cut));
        first.mergeFollowing(tally(lines.subList(cut, lines.size())));

        LogReport report = first.report(0, 5);
        assertThat(report).isEqualTo(whole.report(0, 5));
        assertThat(report.unreadSamples())
                .extracting(LogReport.Unread::lineNumber)
                .allSatisfy(number -> assertThat(lines.get((int) (number - 1))).startsWith("not a log line"))
                .anySatisfy(number -> assertThat(number).isGreaterThan(cut));
    }

    private static byte[] serialize(Object object) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(object);
        }
        return bytes.toByteArray();
    }

    private static Object deserialize(byte[] bytes) throws IOException, ClassNotFoundException {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
            return in.readObject();
        }
    }
}
