package example;

import static org.assertj.core.api.Assertions.assertThat;

import dev.httpstatus.logs.Filter;
import dev.httpstatus.logs.LogAnalysis;
import dev.httpstatus.logs.LogFormat;
import dev.httpstatus.logs.LogInput;
import dev.httpstatus.logs.LogReport;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job in Spark's local mode, on a seeded log (bench/logs_gen.py, 3,000 lines, seed 22) with hostile lines put
 * in: its report must be the one LogAnalysis gives on one machine, and its counts the generator's.
 */
class LogReportJobTest {
    private static final int PARTITIONS = 4;
    private static final int TOP = 5;

    /** Lines no format reads, put in after these line numbers of the generated log. */
    private static final Map<Integer, String> HOSTILE = Map.of(
            10, "",
            700, "203.0.113.7 - - [06/Dec/2025:10:00:00 +0000] \"GET /cut",
            1500, "203.0.113.7 - - [99/Foo/2025:10:00:00 +0000] \"GET / HTTP/1.1\" 404 1 \"-\" \"x\"",
            2200, "\u001b[31mnot a log line\u001b[0m \u0000\u00ff",
            2999, "203.0.113.7 - - [06/Dec/2025:10:00:00 +0000] \"GET / HTTP/1.1\" 2000 1 \"-\" \"x\"");

    private static JavaSparkContext spark;

    @TempDir
    static Path directory;

    private static Path log;

    @BeforeAll
    static void start() throws IOException {
        log = directory.resolve("access.log");
        List<String> lines = new ArrayList<>();
        try (InputStream in = LogReportJobTest.class.getResourceAsStream("/access.log")) {
            int number = 0;
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                lines.add(line);
                String hostile = HOSTILE.get(++number);
                if (hostile != null) {
                    lines.add(hostile);
                }
            }
        }
        Files.write(log, lines, StandardCharsets.UTF_8);
        spark = new JavaSparkContext(new SparkConf()
                .setMaster("local[2]")
                .setAppName("LogReportJobTest")
                .set("spark.ui.enabled", "false")
                .set("spark.driver.host", "127.0.0.1")
                .set("spark.driver.bindAddress", "127.0.0.1"));
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.close();
        }
    }

    @Test
    void theJobReportsWhatOneMachineReports() throws IOException {
        assertThat(spark.textFile(log.toString(), PARTITIONS).getNumPartitions())
                .as("the log is cut into partitions, so that tallies are merged")
                .isGreaterThanOrEqualTo(PARTITIONS);

        LogReport job = LogReportJob.report(spark, log.toString(), "combined", PARTITIONS, TOP);
        LogReport oneMachine = LogAnalysis.analyze(
                        List.of(LogInput.file(log)),
                        new LogAnalysis.Options(LogFormat.named("combined"), Filter.ALL, 0, TOP))
                .report();

        assertThat(job.codes()).isEqualTo(oneMachine.codes()).isEqualTo(generated());
        for (int digit = 1; digit <= 5; digit++) {
            assertThat(job.ofClass(digit)).as("%dxx", digit).isEqualTo(oneMachine.ofClass(digit));
        }
        assertThat(job.unread()).isEqualTo(oneMachine.unread()).isEqualTo(HOSTILE.size());
        assertThat(job.unreadSamples()).isEqualTo(oneMachine.unreadSamples());
        assertThat(job.unreadSamples().get(1).lineNumber()).isEqualTo(700 + 2);
        assertThat(errorCode(job, 404).paths())
                .hasSize(TOP)
                .isEqualTo(errorCode(oneMachine, 404).paths());
        // And everything else: lists of every error code, timeline, spikes, findings.
        assertThat(job).isEqualTo(oneMachine);
    }

    private static LogReport.ErrorCode errorCode(LogReport report, int code) {
        return report.errors().stream().filter(e -> e.code() == code).findFirst().orElseThrow();
    }

    /** The true counts the generator wrote beside the log. */
    private static Map<Integer, Long> generated() throws IOException {
        Map<Integer, Long> counts = new TreeMap<>();
        try (InputStream in = LogReportJobTest.class.getResourceAsStream("/access.log.counts.json")) {
            Matcher entry = Pattern.compile("\"(\\d{3})\": (\\d+)")
                    .matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            while (entry.find()) {
                counts.put(Integer.parseInt(entry.group(1)), Long.parseLong(entry.group(2)));
            }
        }
        return counts;
    }
}
