package dev.httpstatus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.httpstatus.StatusQuery.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One resolution of what a person typed, for the command line, the API and the site alike. */
class StatusQueryTest {
    private static List<Integer> codes(StatusQuery query) {
        return query.statuses().stream().map(HttpStatus::code).toList();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "404 | CODE",
                "' 418 ' | CODE",
                "499 | CODE",
                "299 | UNASSIGNED",
                "999 | UNOFFICIAL",
                "000 | UNOFFICIAL",
                "600 | NOT_A_CODE",
                "1024 | NOT_A_CODE",
                "5xx | PATTERN",
                "500-504,429 | PATTERN",
                "700-800 | INVALID_PATTERN",
                "44 | INVALID_PATTERN",
                "payload too large | PHRASE",
                "Not Found | PHRASE",
                "timeout | WORDS",
                "redirect | WORDS",
                "Unauthorized | PHRASE",
                "超时 | WORDS",
                "qqqqqqqq | NO_MATCH",
                "'' | NO_MATCH",
            })
    void aQueryIsACodeAPatternAPhraseOrWords(String query, Kind expected) {
        assertThat(StatusQuery.resolve(query, Language.EN).kind()).as(query).isEqualTo(expected);
    }

    @Test
    void aCodeIsThatCode() {
        assertThat(codes(StatusQuery.resolve("404", Language.EN))).containsExactly(404);
    }

    @Test
    void aPhraseIsItsOneCodeAheadOfAnyRanking() {
        assertThat(codes(StatusQuery.resolve("request entity too large", Language.EN)))
                .containsExactly(413);
    }

    @Test
    void aPatternGivesItsCodesInOrder() {
        assertThat(codes(StatusQuery.resolve("500-504,429", Language.EN)))
                .containsExactly(429, 500, 501, 502, 503, 504);
    }

    @Test
    void wordsAreRankedInEitherLanguage() {
        assertThat(codes(StatusQuery.resolve("超时", Language.ZH))).startsWith(408, 504);
        assertThat(codes(StatusQuery.resolve("gatway timout", Language.EN)))
                .first()
                .isEqualTo(504);
    }

    @Test
    void anUnassignedCodeOffersTheClosestRegisteredOnes() {
        StatusQuery query = StatusQuery.resolve("299", Language.EN);
        assertThat(query.isFound()).isFalse();
        assertThat(query.closest()).isNotEmpty().allMatch(HttpStatus::isRegistered);
        assertThat(query.closest().get(0).statusClass()).isEqualTo(StatusClass.SUCCESSFUL);
    }

    @Test
    void aNumberVendorsLogIsFoundAmongTheUnofficialCodes() {
        StatusQuery query = StatusQuery.resolve("999", Language.EN);
        assertThat(query.isFound()).isTrue();
        assertThat(query.unofficial()).isNotEmpty().allMatch(use -> use.code() == 999);
    }

    @Test
    void aMalformedPatternSaysWhatIsWrong() {
        StatusQuery query = StatusQuery.resolve("504-500", Language.EN);
        assertThat(query.invalidPattern())
                .get()
                .extracting(InvalidPatternException::problem)
                .isEqualTo(InvalidPatternException.Problem.BACKWARDS);
    }
}
