package dev.httpstatus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.httpstatus.Language;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Properties;
import java.util.ResourceBundle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The command's words as the build compiled them into the classes: the source files, every key in each language. */
class MessagesTest {

    @ParameterizedTest
    @EnumSource(Language.class)
    void theBundledMessagesAreTheSourceFilesReadAsProperties(Language language) throws Exception {
        Properties source = new Properties();
        try (Reader in = Files.newBufferedReader(
                Path.of("src/main/texts", Messages.bundleName(language)), StandardCharsets.UTF_8)) {
            source.load(in);
        }
        ResourceBundle bundle = Messages.of(language).bundle();
        assertThat(source)
                .isNotEmpty()
                .allSatisfy((key, value) ->
                        assertThat(bundle.getString((String) key)).isEqualTo(value));
        assertThat(Collections.list(bundle.getKeys())).hasSameSizeAs(source.keySet());
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyLanguageHasEveryKeyOfEnglish(Language language) {
        var english = Collections.list(Messages.of(Language.EN).bundle().getKeys());
        assertThat(Collections.list(Messages.of(language).bundle().getKeys()))
                .containsExactlyInAnyOrderElementsOf(english);
    }
}
