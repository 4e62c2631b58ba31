package dev.httpstatus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The output of a few codes in both languages and every format, byte for byte, against files under
 * {@code src/test/resources/golden}. A change in wording or layout shows up here as a diff to review.
 */
class GoldenOutputTest {

    @ParameterizedTest
    @CsvSource({
        "en, text", "en, json", "en, markdown", "en, csv", "en, plain",
        "zh, text", "zh, json", "zh, markdown", "zh, csv", "zh, plain"
    })
    void threeCodesInEveryFormat(String language, String format) throws IOException {
        Run run = Run.of("404", "418", "503", "--lang", language, "--format", format);
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo(golden("404-418-503." + language + "." + format));
    }

    @ParameterizedTest
    @CsvSource({"en", "zh"})
    void theLongTextOfOneCode(String language) throws IOException {
        assertThat(Run.of("404", "--long", "--lang", language).out())
                .isEqualTo(golden("404." + language + ".long.text"));
    }

    private static String golden(String name) throws IOException {
        try (InputStream in = GoldenOutputTest.class.getResourceAsStream("/golden/" + name)) {
            assertThat(in).as("golden file %s", name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
