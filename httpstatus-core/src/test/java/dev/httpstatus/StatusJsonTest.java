package dev.httpstatus;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class StatusJsonTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final List<String> FIELDS = List.of(
            "code",
            "phrase",
            "class",
            "registration",
            "expires",
            "spec",
            "aliases",
            "cacheableByDefault",
            "contentAllowed",
            "redirect",
            "error",
            "lang",
            "title",
            "summary",
            "description",
            "causes",
            "clientAction",
            "unofficial");

    @Test
    void aRegisteredCodeHasTheSharedShape() throws Exception {
        JsonNode json = MAPPER.readTree(StatusJson.of(HttpStatus.NOT_FOUND, Locale.ENGLISH));
        assertThat(json.fieldNames()).toIterable().containsExactlyElementsOf(FIELDS);
        assertThat(json.get("code").asInt()).isEqualTo(404);
        assertThat(json.get("phrase").asText()).isEqualTo("Not Found");
        assertThat(json.get("class").asText()).isEqualTo("4xx");
        assertThat(json.get("registration").asText()).isEqualTo("permanent");
        assertThat(json.get("spec").get("url").asText())
                .isEqualTo("https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5");
        assertThat(json.get("spec").get("section").asText()).isEqualTo("15.5.5");
        assertThat(json.get("cacheableByDefault").asBoolean()).isTrue();
        assertThat(json.get("lang").asText()).isEqualTo("en");
        assertThat(json.get("causes").size()).isGreaterThan(1);
    }

    @Test
    void textsFollowTheLanguageAndVendorMeaningsAreListed() throws Exception {
        JsonNode json = MAPPER.readTree(StatusJson.of(HttpStatus.TOO_EARLY, Locale.CHINA));
        assertThat(json.get("lang").asText()).isEqualTo("zh");
        assertThat(json.get("unofficial").get(0).get("phrase").asText()).isEqualTo("Unordered Collection");
        JsonNode temporary = MAPPER.readTree(StatusJson.of(HttpStatus.UPLOAD_RESUMPTION_SUPPORTED, Locale.ENGLISH));
        assertThat(temporary.get("expires").asText()).isEqualTo("2026-11-13");
        assertThat(temporary.get("spec").get("section").isNull()).isTrue();
    }

    @Test
    void listsAreArraysAndUnofficialValuesShareTheShape() throws Exception {
        JsonNode list = MAPPER.readTree(StatusJson.of(HttpStatus.match("5xx"), Locale.ENGLISH));
        assertThat(list.isArray()).isTrue();
        assertThat(list.size()).isEqualTo(11);
        UnofficialCode linkedIn = UnofficialCode.all().get(UnofficialCode.all().size() - 1);
        JsonNode json = MAPPER.readTree(StatusJson.of(linkedIn, Locale.ENGLISH));
        assertThat(json.get("code").asInt()).isEqualTo(999);
        assertThat(json.get("registration").asText()).isEqualTo("unofficial");
        assertThat(json.get("spec").isNull()).isTrue();
    }

    @Property
    void everyCodeInBothLanguagesIsValidJson(@ForAll @IntRange(min = 100, max = 599) int code) throws Exception {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.CHINA)) {
            JsonNode json = MAPPER.readTree(StatusJson.of(HttpStatus.of(code), locale));
            assertThat(json.get("code").asInt()).isEqualTo(code);
            assertThat(json.get("title").asText())
                    .isEqualTo(HttpStatus.of(code).text(locale).title());
            assertThat(json.get("description").asText())
                    .isEqualTo(HttpStatus.of(code).text(locale).description());
        }
    }
}
