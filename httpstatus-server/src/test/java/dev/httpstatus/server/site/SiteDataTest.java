package dev.httpstatus.server.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.httpstatus.HttpStatus;
import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The data behind the pages: complete for every registered code, and the same words in both languages. */
class SiteDataTest {

    @Test
    void everyRegisteredCodeHasFactsThatAgreeWithTheRegistry() {
        assertThat(CodeFacts.all().keySet())
                .containsExactlyInAnyOrderElementsOf(
                        HttpStatus.registered().stream().map(HttpStatus::code).toList());
        for (CodeFacts facts : CodeFacts.all().values()) {
            assertThat(facts.related()).as("related to %d", facts.code()).doesNotContain(facts.code());
            assertThat(facts.related())
                    .as("related to %d", facts.code())
                    .allMatch(code -> HttpStatus.of(code).isRegistered());
            if (facts.code() != 306) {
                assertThat(facts.response())
                        .as("example of %d", facts.code())
                        .startsWith("HTTP/1.1 " + facts.code() + " ");
                assertThat(facts.request()).as("example of %d", facts.code()).contains("\nHost: ");
            }
        }
    }

    @Test
    void everyRegisteredCodeIsNamedByThisLibraryFirst() {
        for (HttpStatus status : HttpStatus.registered()) {
            assertThat(CodeReferences.of(status.code()).get(0).library())
                    .as("%d", status.code())
                    .isEqualTo("httpstatus");
        }
        assertThat(CodeReferences.of(413))
                .extracting(CodeReferences.Reference::expression)
                .contains(
                        "HttpStatus.CONTENT_TOO_LARGE",
                        "http.StatusRequestEntityTooLarge",
                        "HTTPStatus.CONTENT_TOO_LARGE");
    }

    @Test
    void bothLanguagesHaveTheSameWordsAndChineseIsWrittenInChinese() throws IOException {
        Properties english = load("site.properties");
        Properties chinese = load("site_zh.properties");

        assertThat(chinese.keySet()).isEqualTo(english.keySet());
        for (String key : english.stringPropertyNames()) {
            if (!english.getProperty(key).equals("JSON API") && !key.equals("switch")) {
                assertThat(chinese.getProperty(key)).as(key).containsPattern("\\p{IsHan}");
            }
        }
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Ui.class.getResourceAsStream(name)) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void theApiPageHasAChineseTextForEveryTextOfTheOpenApiDocument() {
        assertThat(ApiReference.chineseKeys()).containsExactlyInAnyOrderElementsOf(ApiReference.textKeys());
        assertThat(ApiReference.operations(dev.httpstatus.Language.ZH))
                .allSatisfy(operation -> assertThat(operation.summary()).containsPattern("\\p{IsHan}"));
    }
}
