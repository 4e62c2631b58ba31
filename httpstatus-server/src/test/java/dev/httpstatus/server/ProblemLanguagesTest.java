package dev.httpstatus.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.httpstatus.HttpStatus;
import java.net.http.HttpResponse;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A real server explains a problem in the language the client asks for, as text and as problem+json. */
class ProblemLanguagesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BAD_SLEEP = "/status/200?sleep=abc";
    private static final String ENGLISH_DETAIL =
            "sleep=abc is not a duration: write 500 (milliseconds), 500ms, 2s or 1m";
    private static final String CHINESE_DETAIL = "sleep=abc 不是时长：请写成 500（毫秒）、500ms、2s 或 1m";

    @RegisterExtension
    static final TestServer server = TestServer.perClass();

    @Test
    void explainsABadOptionInChineseToAChineseClient() throws Exception {
        HttpResponse<String> response = server.get(BAD_SLEEP, "Accept-Language", "zh-CN");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Language")).hasValue("zh");
        assertThat(response.body()).isEqualTo("400 Bad Request: " + CHINESE_DETAIL + "\n");
    }

    @Test
    void givesProblemJsonTheChineseTitleAndDetail() throws Exception {
        HttpResponse<String> response = server.get(BAD_SLEEP, "Accept-Language", "zh-CN", "Accept", "application/json");
        JsonNode problem = JSON.readTree(response.body());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.headers().firstValue("Content-Language")).hasValue("zh");
        assertThat(problem.get("title").asText())
                .isEqualTo(
                        HttpStatus.BAD_REQUEST.text(Locale.SIMPLIFIED_CHINESE).title())
                .containsPattern("\\p{IsHan}");
        assertThat(problem.get("detail").asText()).isEqualTo(CHINESE_DETAIL);
        assertThat(problem.get("status").asInt()).isEqualTo(400);
    }

    @Test
    void explainsTheSameProblemInEnglishToAnEnglishClient() throws Exception {
        HttpResponse<String> text = server.get(BAD_SLEEP, "Accept-Language", "en-GB");
        JsonNode json = JSON.readTree(
                server.get(BAD_SLEEP, "Accept", "application/json").body());

        assertThat(text.statusCode()).isEqualTo(400);
        assertThat(text.headers().firstValue("Content-Language")).hasValue("en");
        assertThat(text.body()).isEqualTo("400 Bad Request: " + ENGLISH_DETAIL + "\n");
        assertThat(json.get("title").asText()).isEqualTo("Bad Request");
        assertThat(json.get("detail").asText()).isEqualTo(ENGLISH_DETAIL);
    }

    @Test
    void explainsAnUnknownLangInTheNegotiatedLanguage() throws Exception {
        HttpResponse<String> english = server.get("/nothing-here?lang=fr");
        HttpResponse<String> chinese = server.get("/nothing-here?lang=fr", "Accept-Language", "zh-CN");

        assertThat(english.statusCode()).isEqualTo(400);
        assertThat(english.headers().firstValue("Content-Language")).hasValue("en");
        assertThat(english.body())
                .isEqualTo("400 Bad Request: lang=fr is not a language of this server: use en or zh\n");
        assertThat(chinese.statusCode()).isEqualTo(400);
        assertThat(chinese.headers().firstValue("Content-Language")).hasValue("zh");
        assertThat(chinese.body()).isEqualTo("400 Bad Request: lang=fr 不是本服务器提供的语言：请使用 en 或 zh\n");
    }
}
