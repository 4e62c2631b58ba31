package dev.httpstatus.junit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * docs/junit.md shows the code the projects under consumers/ run, to the character: every Java block is one whole
 * source file of a consumer, and the test of each client is shown. The README's JUnit example is a run of lines of
 * one of them.
 */
class ReadmeExamplesTest {
    private static final Path ROOT = Path.of("..");
    private static final Pattern JAVA_BLOCK = Pattern.compile("```java\\n(.*?)\\n```", Pattern.DOTALL);

    @Test
    void everyJavaBlockIsAWholeSourceFileOfAConsumer() throws IOException {
        Map<String, Path> sources = consumerSources();

        assertThat(javaBlocks())
                .isNotEmpty()
                .allSatisfy(block -> assertThat(sources)
                        .as("a consumer source file that is exactly this block of docs/junit.md:%n%s", block)
                        .containsKey(block));
    }

    @Test
    void theReadmesExampleIsAPartOfAConsumersTest() throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"));
        int start = readme.indexOf("**In JUnit tests**");
        Matcher block = JAVA_BLOCK.matcher(readme.substring(start));
        assertThat(start).as("the README's JUnit example").isNotNegative();
        assertThat(block.find()).as("a Java block after it").isTrue();

        assertThat(Files.readString(ROOT.resolve("consumers/jdk-client/src/test/java/example/PaymentClientTest.java")))
                .contains(block.group(1));
    }

    @Test
    void theTestOfEachClientIsShown() throws IOException {
        Map<String, Path> sources = consumerSources();
        List<Path> shown =
                javaBlocks().stream().map(sources::get).filter(Objects::nonNull).toList();

        assertThat(shown)
                .map(path -> ROOT.relativize(path).toString())
                .contains(
                        "consumers/jdk-client/src/test/java/example/PaymentClientTest.java",
                        "consumers/spring-client/src/test/java/example/PaymentClientTest.java",
                        "consumers/okhttp-retrofit/src/test/java/example/PaymentClientTest.java",
                        "consumers/okhttp-retrofit/src/main/java/example/PaymentApi.java");
    }

    @Test
    void theOldestJUnitNamedIsTheOneAConsumerRuns() throws IOException {
        assertThat(junitDocs()).contains("JUnit 5.10 and later, and JUnit 6");
        assertThat(Files.readString(ROOT.resolve("consumers/junit-5.10/pom.xml")))
                .contains("<version>5.10.");
        assertThat(Files.readString(ROOT.resolve("httpstatus-junit/pom.xml"))).contains("<junit.oldest.version>5.10.");
    }

    @Test
    void theStandaloneJarIsWhatSpringBoot3TakesWithNoOverride() throws IOException {
        String pom = Files.readString(ROOT.resolve("consumers/spring-boot-3/pom.xml"));

        assertThat(junitDocs()).contains("<artifactId>httpstatus-junit-standalone</artifactId>");
        assertThat(pom).contains("<artifactId>httpstatus-junit-standalone</artifactId>");
        assertThat(pom).doesNotContain("netty.version", "jackson");
    }

    private static String junitDocs() throws IOException {
        return Files.readString(ROOT.resolve("docs/junit.md"));
    }

    private static List<String> javaBlocks() throws IOException {
        List<String> blocks = new ArrayList<>();
        Matcher matcher = JAVA_BLOCK.matcher(junitDocs());
        while (matcher.find()) {
            blocks.add(matcher.group(1));
        }
        return blocks;
    }

    /** Every Java file of the consumers, by its content without the final line break. */
    private static Map<String, Path> consumerSources() throws IOException {
        try (Stream<Path> files = Files.walk(ROOT.resolve("consumers"))) {
            return files.filter(path -> path.toString().endsWith(".java"))
                    .filter(path -> !path.toString().contains("/target/"))
                    .collect(Collectors.toMap(ReadmeExamplesTest::contentOf, path -> path, (a, b) -> a));
        }
    }

    private static String contentOf(Path path) {
        try {
            return Files.readString(path).stripTrailing();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
