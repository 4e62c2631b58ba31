package dev.httpstatus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SearchTest {
    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    private static List<Integer> codes(String query, Locale locale) {
        return HttpStatus.search(query, locale).stream().map(HttpStatus::code).toList();
    }

    @ParameterizedTest
    @CsvSource({
        "not found, 404",
        "not fund, 404",
        "teapot, 418",
        "i am a teapot, 418",
        "too many requests, 429",
        "payload too large, 413",
        "Request Entity Too Large, 413",
        "gateway timeout, 504",
        "gatway timout, 504",
        "moved permanently, 301",
        "unprocessable entity, 422",
        "client closed request, 499",
        "cloudflare unknown error, 520",
        "404, 404",
    })
    void englishWordsFindTheirCodeFirst(String query, int expected) {
        assertThat(codes(query, Locale.ENGLISH)).as(query).first().isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"找不到, 404", "请求超时, 408", "网关超时, 504", "未找到, 404", "请求过多, 429", "服务不可用, 503"})
    void chineseWordsFindTheirCodeFirst(String query, int expected) {
        assertThat(codes(query, CHINESE)).as(query).first().isEqualTo(expected);
    }

    @Test
    void timeoutFindsTheRequestAndGatewayTimeoutsFirst() {
        assertThat(codes("超时", CHINESE)).startsWith(408, 504).contains(524);
        assertThat(codes("timeout", Locale.ENGLISH).subList(0, 2)).containsExactlyInAnyOrder(408, 504);
    }

    @ParameterizedTest
    @CsvSource({"redirect", "redirects", "redirection", "redirected", "Redirection", "重定向"})
    void everyFormOfRedirectAndTheClassNameFindTheRedirects(String query) {
        List<Integer> found = codes(query, query.equals("重定向") ? CHINESE : Locale.ENGLISH);
        assertThat(found).as(query).startsWith(307, 308).contains(301, 302, 303);
        assertThat(found.subList(0, 8)).as(query).contains(301, 302, 303);
    }

    @Test
    void aClassNameFindsTheCodesOfItsClass() {
        assertThat(codes("client error", Locale.ENGLISH)).contains(400, 404, 418, 429);
        assertThat(codes("server error", Locale.ENGLISH)).contains(500, 502, 503, 504);
        assertThat(codes("informational", Locale.ENGLISH)).contains(100, 101, 103);
        assertThat(codes("客户端错误", CHINESE)).contains(400, 404, 429);
    }

    @Test
    void wordFormsMatchEachOther() {
        assertThat(codes("timeouts", Locale.ENGLISH).subList(0, 2)).containsExactlyInAnyOrder(408, 504);
        assertThat(codes("authenticate", Locale.ENGLISH)).contains(401, 407);
    }

    @Test
    void nothingMatchingGivesNoResultsButClosestOffersSome() {
        assertThat(HttpStatus.search("qwxzv plorp", Locale.ENGLISH)).isEmpty();
        assertThat(HttpStatus.search("", Locale.ENGLISH)).isEmpty();
        assertThat(HttpStatus.closest("unauthorised acces"))
                .isNotEmpty()
                .hasSizeLessThanOrEqualTo(3)
                .first()
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Provide
    Arbitrary<HttpStatus> registered() {
        return Arbitraries.of(HttpStatus.registered()).filter(s -> s.registration() != Registration.UNUSED);
    }

    @Property
    void everyTitleFindsItsCodeAmongTheFirstThree(@ForAll("registered") HttpStatus status) {
        for (Locale locale : List.of(Locale.ENGLISH, CHINESE)) {
            String title = status.text(locale).title();
            assertThat(codes(title, locale)).as("%s (%s)", title, locale).contains(status.code());
            assertThat(codes(title, locale).indexOf(status.code()))
                    .as("%s (%s)", title, locale)
                    .isLessThan(3);
        }
    }

    @Property
    void aTypoInAPhraseStillFindsTheCode(@ForAll("registered") HttpStatus status, @ForAll("positions") int seed) {
        String phrase = status.reasonPhrase();
        String longest = java.util.Arrays.stream(phrase.split("[^A-Za-z]+"))
                .max(java.util.Comparator.comparingInt(String::length))
                .orElseThrow();
        if (longest.length() < 5) {
            return;
        }
        int at = 1 + seed % (longest.length() - 2);
        String typo =
                longest.substring(0, at) + longest.charAt(at + 1) + longest.charAt(at) + longest.substring(at + 2);
        String query = phrase.replace(longest, typo);
        assertThat(codes(query, Locale.ENGLISH).indexOf(status.code()))
                .as(query)
                .isBetween(0, 4);
    }

    @Provide
    Arbitrary<Integer> positions() {
        return Arbitraries.integers().between(0, 1000);
    }

    @Property
    void searchNeverFailsOnAnyText(@ForAll String query) {
        assertThat(HttpStatus.search(query, Locale.ENGLISH)).doesNotContainNull();
        assertThat(HttpStatus.closest(query)).hasSizeLessThanOrEqualTo(3);
    }
}
