package dev.httpstatus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Arguments that lost characters to an ASCII locale, read again from a command line's bytes. */
class ArgumentsTest {
    @TempDir
    Path dir;

    @Test
    void anArgumentThatLostItsCharactersIsReadAgainAsTyped() throws IOException {
        Path line = commandLine("java", "-jar", "httpstatus.jar", "search", "网关");

        assertThat(Arguments.fromCommandLine(new String[] {"search", "\uFFFD".repeat(6)}, line))
                .containsExactly("search", "网关");
    }

    @Test
    void theArgumentsStayAsTheyAreWhenTheCommandLineDisagreesOrIsNotUtf8() throws IOException {
        String[] lost = {"search", "a\uFFFD"};

        assertThat(Arguments.fromCommandLine(lost, commandLine("java", "search", "b网")))
                .isSameAs(lost);
        assertThat(Arguments.fromCommandLine(lost, commandLine("a\uFFFD"))).isSameAs(lost);
        Path gbk = dir.resolve("gbk");
        Files.write(gbk, "search\0a网\0".getBytes(java.nio.charset.Charset.forName("GBK")));
        assertThat(Arguments.fromCommandLine(lost, gbk)).isSameAs(lost);
        assertThat(Arguments.fromCommandLine(lost, dir.resolve("missing"))).isSameAs(lost);
    }

    @Test
    void argumentsThatLostNothingAreNotReadAgain() {
        String[] whole = {"search", "网关"};

        assertThat(Arguments.asTyped(whole)).isSameAs(whole);
    }

    private Path commandLine(String... entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (String entry : entries) {
            bytes.write(entry.getBytes(StandardCharsets.UTF_8));
            bytes.write(0);
        }
        Path file = dir.resolve("cmdline" + entries.length);
        Files.write(file, bytes.toByteArray());
        return file;
    }
}
