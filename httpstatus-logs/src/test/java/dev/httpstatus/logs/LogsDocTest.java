package dev.httpstatus.logs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/logs.md shows the Spark job that bin/test-consumers builds and tests, not a copy that may drift from it. */
class LogsDocTest {
    private static final Path ROOT = Path.of("..");

    @Test
    void theSparkExampleIsTheTestedJob() throws IOException {
        String doc = Files.readString(ROOT.resolve("docs/logs.md"));
        int section = doc.indexOf("## Beyond one machine: a Spark job");
        assertThat(section).as("the Spark section of docs/logs.md").isNotNegative();
        int start = doc.indexOf("```java\n", section) + "```java\n".length();
        int end = doc.indexOf("\n```", start);

        assertThat(doc.substring(start, end))
                .isEqualTo(
                        Files.readString(ROOT.resolve("consumers/spark-logs/src/main/java/example/LogReportJob.java"))
                                .stripTrailing());
    }
}
