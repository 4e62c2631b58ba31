package dev.httpstatus.logs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Real logs (see resources/real/README.md) counted here and by awk, which must agree exactly. */
class RealLogsTest {

    static Path resource(String name) throws URISyntaxException {
        return Path.of(RealLogsTest.class.getResource(name).toURI());
    }

    /** awk's count of a field, run as a separate process on the same file. */
    static Map<Integer, Long> awk(String program, Path file) throws IOException, InterruptedException {
        Process awk = new ProcessBuilder("awk", program, file.toString())
                .redirectErrorStream(true)
                .start();
        String output = new String(awk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(awk.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(awk.exitValue()).as(output).isZero();
        Map<Integer, Long> counts = new TreeMap<>();
        for (String line : output.split("\n")) {
            if (!line.isBlank()) {
                String[] parts = line.trim().split(" ");
                counts.put(Integer.parseInt(parts[0]), Long.parseLong(parts[1]));
            }
        }
        return counts;
    }

    @Test
    void theElasticApacheExcerptCountsAsAwkCountsIt() throws Exception {
        Path file = resource("/real/elastic-apache-combined.log");
        LogAnalysis.Result result = LogAnalysis.analyze(List.of(LogInput.file(file)), LogAnalysis.Options.defaults());
        assertThat(result.formats().get(file.toString()).orElseThrow().name()).isEqualTo("combined");
        LogReport report = result.report();
        assertThat(report.unread()).isZero();
        assertThat(report.lines()).isEqualTo(400);
        assertThat(report.codes()).isEqualTo(awk("{ c[$9]++ } END { for (k in c) print k, c[k] }", file));
        // The 404s' paths, counted by awk too.
        Map<Integer, Long> notFoundByPathLength =
                awk("$9 == 404 { split($7, p, \"?\"); c[length(p[1])]++ } END { for (k in c) print k, c[k] }", file);
        Map<Integer, Long> ours = new TreeMap<>();
        LogReport.ErrorCode notFound = report.errors().stream()
                .filter(e -> e.code() == 404)
                .findFirst()
                .orElseThrow();
        LogAnalysis.Result all = LogAnalysis.analyze(
                List.of(LogInput.file(file)), new LogAnalysis.Options(null, Filter.ALL.statuses("404"), 0, 1000));
        for (LogReport.Count path : all.report().errors().get(0).paths()) {
            ours.merge(path.value().length(), path.count(), Long::sum);
        }
        assertThat(ours).isEqualTo(notFoundByPathLength);
        assertThat(notFound.count()).isEqualTo(report.codes().get(404));
    }
}
