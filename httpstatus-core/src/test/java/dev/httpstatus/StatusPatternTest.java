package dev.httpstatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StatusPatternTest {

    @Test
    void classesDecadesRangesAndListsNameRegisteredCodes() {
        assertThat(HttpStatus.match("1xx")).extracting(HttpStatus::code).containsExactly(100, 101, 102, 103, 104);
        assertThat(HttpStatus.match("41x"))
                .extracting(HttpStatus::code)
                .containsExactly(410, 411, 412, 413, 414, 415, 416, 417, 418);
        assertThat(HttpStatus.match("5*")).hasSize(11);
        assertThat(HttpStatus.match("20*"))
                .extracting(HttpStatus::code)
                .containsExactly(200, 201, 202, 203, 204, 205, 206, 207, 208);
        assertThat(HttpStatus.match("500-504")).extracting(HttpStatus::code).containsExactly(500, 501, 502, 503, 504);
        assertThat(HttpStatus.match("200,404")).containsExactly(HttpStatus.OK, HttpStatus.NOT_FOUND);
        assertThat(HttpStatus.match(" 404 , 4XX ")).first().isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(HttpStatus.match("5??")).isEqualTo(HttpStatus.match("5xx"));
        assertThat(HttpStatus.match("41?")).isEqualTo(HttpStatus.match("41x"));
        assertThat(StatusPattern.looksLikePattern("4??")).isTrue();
    }

    @Test
    void aCodeNamedOnItsOwnIsReturnedWhateverItsRegistration() {
        assertThat(HttpStatus.match("299")).containsExactly(HttpStatus.of(299));
        assertThat(HttpStatus.match("49x")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "45|\"45\" is not a status code or pattern",
                "4x4|\"4x4\" is not a status code or pattern",
                "600|status code 600 in \"600\" is outside 100..599",
                "504-500|range \"504-500\" runs backwards: write 500-504",
                "50-504|\"50\" in \"50-504\" is not a three-digit status code",
                "404,,500|empty item in status pattern \"404,,500\"",
                "6xx|\"6xx\" is not a status code or pattern",
                "4?x|\"4?x\" is not a status code or pattern",
            })
    void malformedPatternsSayWhatIsWrong(String pattern, String message) {
        assertThatThrownBy(() -> StatusPattern.parse(pattern))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(message);
    }

    @Test
    void emptyPatternsAreRefused() {
        assertThatThrownBy(() -> StatusPattern.parse("  ")).hasMessageStartingWith("empty status pattern");
    }

    @Test
    void wordsDoNotLookLikePatterns() {
        assertThat(StatusPattern.looksLikePattern("4xx")).isTrue();
        assertThat(StatusPattern.looksLikePattern("500-504")).isTrue();
        assertThat(StatusPattern.looksLikePattern("45")).isTrue();
        assertThat(StatusPattern.looksLikePattern("too many requests")).isFalse();
        assertThat(StatusPattern.looksLikePattern("xx")).isFalse();
    }

    @Property
    void everyCodeMatchesItselfAndItsClassAndDecade(@ForAll @IntRange(min = 100, max = 599) int code) {
        assertThat(StatusPattern.parse(Integer.toString(code)).matches(code)).isTrue();
        assertThat(StatusPattern.parse(code / 100 + "xx").matches(code)).isTrue();
        assertThat(StatusPattern.parse(code / 10 + "x").matches(code)).isTrue();
        assertThat(StatusPattern.parse(code / 100 + "*").matches(code)).isTrue();
        assertThat(StatusPattern.parse((code / 100 + 1) % 5 + 1 + "xx").matches(code))
                .isFalse();
    }

    @Property
    void rangesContainExactlyTheirEnds(
            @ForAll @IntRange(min = 100, max = 599) int a,
            @ForAll @IntRange(min = 100, max = 599) int b,
            @ForAll @IntRange(min = 100, max = 599) int probe) {
        int low = Math.min(a, b);
        int high = Math.max(a, b);
        StatusPattern range = StatusPattern.parse(low + "-" + high);
        assertThat(range.matches(probe)).isEqualTo(probe >= low && probe <= high);
        assertThat(range.statuses()).allMatch(s -> s.code() >= low && s.code() <= high && s.isRegistered());
    }

    @Property
    void anyTextEitherParsesOrFailsWithAMessage(@ForAll @StringLength(max = 12) String text) {
        try {
            StatusPattern pattern = StatusPattern.parse(text);
            assertThat(pattern.statuses()).allMatch(s -> pattern.matches(s.code()));
        } catch (IllegalArgumentException e) {
            assertThat(e.getMessage()).isNotBlank();
        }
    }
}
