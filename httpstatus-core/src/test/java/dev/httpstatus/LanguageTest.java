package dev.httpstatus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** One language rule for every face: tags, Accept-Language with its weights, and the POSIX locale. */
class LanguageTest {
    @ParameterizedTest
    @CsvSource({
        "zh, ZH",
        "ZH, ZH",
        "zh-CN, ZH",
        "zh-cn, ZH",
        "zh_CN, ZH",
        "zh-Hans, ZH",
        "zh-Hans-CN, ZH",
        "zh_TW.UTF-8, ZH",
        "zh_CN.GB18030@pinyin, ZH",
        "' zh ', ZH",
        "en, EN",
        "en-GB, EN",
        "en_US.UTF-8, EN",
        "EN, EN",
    })
    void aTagNamesItsLanguageHoweverItIsWritten(String tag, Language expected) {
        assertThat(Language.parse(tag)).as(tag).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "fr_FR.UTF-8", "C", "C.UTF-8", "POSIX", "", "zhx", "english", "*"})
    void aTagOfAnotherLanguageOrNoneNamesNoneOfOurs(String tag) {
        assertThat(Language.parse(tag)).as(tag).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "en;q=0.1, zh;q=0.9 | ZH",
                "fr, zh;q=0.5 | ZH",
                "zh-CN,zh;q=0.9,en;q=0.8 | ZH",
                "en-US,en;q=0.9,zh-CN;q=0.8 | EN",
                "zh-Hans | ZH",
                "zh_CN | ZH",
                "en, zh | EN",
                "zh, en | ZH",
                "zh;q=0.5, en;q=0.5 | ZH",
                "fr | EN",
                "fr, de;q=0.5 | EN",
                "* | EN",
                "zh;q=0, * | EN",
                "en;q=0, * | ZH",
                "fr, *;q=0.1 | EN",
                "zh;q=abc, en;q=0.2 | EN",
                "zh;q=2, en;q=0.2 | EN",
                "zh;Q=0.9, en;q=0.2 | ZH",
                "'' | EN",
                ", , | EN",
            })
    void acceptLanguageIsWeighedByItsQValues(String header, Language expected) {
        assertThat(Language.negotiate(header)).as(header).isEqualTo(expected);
    }

    @Test
    void noAcceptLanguageMeansEnglish() {
        assertThat(Language.negotiate(null)).isEqualTo(Language.EN);
    }

    @Test
    void thePosixLocaleIsTakenFromTheFirstVariableSetInPrecedenceOrder() {
        assertThat(Language.fromPosix(Map.of("LANG", "zh_CN.UTF-8"))).isEqualTo(Language.ZH);
        assertThat(Language.fromPosix(Map.of("LC_ALL", "en_US.UTF-8", "LANG", "zh_CN.UTF-8")))
                .isEqualTo(Language.EN);
        assertThat(Language.fromPosix(Map.of("LC_MESSAGES", "zh_TW", "LANG", "en_US")))
                .isEqualTo(Language.ZH);
        assertThat(Language.fromPosix(Map.of("LC_ALL", "", "LANG", "zh_CN"))).isEqualTo(Language.ZH);
        assertThat(Language.fromPosix(Map.of("LC_ALL", "C", "LANG", "zh_CN"))).isEqualTo(Language.EN);
        assertThat(Language.fromPosix(Map.of())).isEqualTo(Language.EN);
    }

    @Test
    void eachLanguageKnowsItsTagLocaleAndTheOther() {
        assertThat(Language.ZH.tag()).isEqualTo("zh");
        assertThat(Language.ZH.locale().getLanguage()).isEqualTo("zh");
        assertThat(Language.EN.other()).isEqualTo(Language.ZH);
        assertThat(Language.of(Language.ZH.locale())).isEqualTo(Language.ZH);
        assertThat(Language.of(Locale.FRENCH)).isEqualTo(Language.EN);
        assertThat(Optional.of(Language.ZH).map(Language::tag)).contains("zh");
    }
}
