package dev.httpstatus.server.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.httpstatus.HttpStatus;
import dev.httpstatus.Language;
import dev.httpstatus.StatusQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MatchReasonTest {
    private static MatchReason why(int code, String query, Language language) {
        StatusQuery resolved = StatusQuery.resolve(query, language);
        assertThat(resolved.statuses()).as(query).contains(HttpStatus.of(code));
        return MatchReason.of(HttpStatus.of(code), resolved, language);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "404, 404, why.code, ''",
        "503, 5xx, why.pattern, 5xx",
        "451, 4??, why.pattern, 4??",
        "413, payload too large, why.alias, payload too large",
        "429, too many, why.phrase, Too Many Requests",
        "504, gateway, why.phrase, Gateway Timeout"
    })
    void namesTheFirstPlaceAReaderRecognises(int code, String query, String label, String detail) {
        MatchReason reason = why(code, query, Language.EN);

        assertThat(reason.label()).isEqualTo(label);
        assertThat(reason.detail()).isEqualToIgnoringCase(detail);
    }

    @Test
    void chineseWordsAreFoundInTheChineseName() {
        MatchReason reason = why(408, "超时", Language.EN);

        assertThat(reason.label()).isEqualTo("why.title");
        assertThat(reason.detail()).isEqualTo("请求超时");
    }

    @Test
    void wordsInTheFullTextComeWithAnExcerptThatMarksThem() {
        MatchReason reason = why(413, "client_max_body_size", Language.EN);

        assertThat(reason.label()).isEqualTo("why.text");
        assertThat(reason.excerpt()).hasValueSatisfying(excerpt -> {
            assertThat(excerpt.match()).isEqualTo("client_max_body_size");
            assertThat(excerpt.before() + excerpt.match() + excerpt.after()).hasSizeLessThan(130);
        });
    }
}
