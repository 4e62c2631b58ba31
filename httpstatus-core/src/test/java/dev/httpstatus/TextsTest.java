package dev.httpstatus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.httpstatus.internal.Texts;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every code, class and unofficial entry is explained in both languages, and the seed's errors are gone. */
class TextsTest {
    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    /** The codes of the Chinese reference the project started from. */
    private static final int[] SEED_CODES = {
        100, 101, 200, 201, 202, 203, 204, 205, 206, 300, 301, 302, 303, 304, 305, 306, 307, 400, 401, 402, 403, 404,
        405, 406, 407, 408, 409, 410, 411, 412, 413, 414, 415, 416, 417, 500, 501, 502, 503, 504, 505
    };

    private static List<StatusText> everyText(Locale locale) {
        List<StatusText> texts = new ArrayList<>();
        HttpStatus.registered().forEach(s -> texts.add(s.text(locale)));
        UnofficialCode.all().forEach(u -> texts.add(u.text(locale)));
        EnumSet.range(StatusClass.INFORMATIONAL, StatusClass.SERVER_ERROR).forEach(c -> texts.add(c.text(locale)));
        texts.add(HttpStatus.of(299).text(locale));
        return texts;
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "zh"})
    void everyEntryHasEveryPartInItsOwnLanguage(String language) {
        Texts texts = Texts.of(Locale.forLanguageTag(language));
        List<String> prefixes = new ArrayList<>();
        HttpStatus.registered().forEach(s -> prefixes.add(Integer.toString(s.code())));
        UnofficialCode.all().forEach(u -> prefixes.add("u." + u.code() + "." + u.originId()));
        for (int digit = 1; digit <= 5; digit++) {
            prefixes.add("class." + digit);
        }
        prefixes.add("unassigned");
        for (String prefix : prefixes) {
            for (String part : List.of("title", "summary", "description", "cause.1", "cause.2", "action")) {
                assertThat(texts.hasOwn(prefix + "." + part))
                        .as("%s: %s.%s", language, prefix, part)
                        .isTrue();
            }
        }
        UnofficialCode.all()
                .forEach(u -> assertThat(texts.hasOwn("u." + u.code() + "." + u.originId() + ".origin"))
                        .as("%s origin of %s", language, u)
                        .isTrue());
    }

    @Test
    void bothLanguagesHaveExactlyTheSameKeys() {
        assertThat(Texts.of(CHINESE).keys())
                .containsExactlyInAnyOrderElementsOf(Texts.of(Locale.ENGLISH).keys());
    }

    @Test
    void textsAreInTheLanguageAsked() {
        assertThat(HttpStatus.NOT_FOUND.text(Locale.ENGLISH).title()).isEqualTo("Not Found");
        assertThat(HttpStatus.NOT_FOUND.text(CHINESE).title()).isEqualTo("未找到");
        assertThat(HttpStatus.NOT_FOUND.text(Locale.TRADITIONAL_CHINESE).title())
                .isEqualTo("未找到");
        assertThat(HttpStatus.NOT_FOUND.text(Locale.FRENCH).locale()).isEqualTo(Locale.ENGLISH);
        assertThat(HttpStatus.NOT_FOUND.text(CHINESE).causes()).hasSizeBetween(2, 4);
    }

    @Test
    void unassignedCodesAreExplainedByTheirClass() {
        StatusText english = HttpStatus.of(299).text(Locale.ENGLISH);
        assertThat(english.title() + english.summary() + english.clientAction())
                .contains("2xx")
                .contains("200");
        assertThat(HttpStatus.of(299).text(CHINESE).summary()).contains("200");
        assertThat(english.summary()).doesNotContain("{");
    }

    @Test
    void unofficialCodesAreExplainedByTheirFirstUse() {
        assertThat(HttpStatus.of(499).text(Locale.ENGLISH))
                .isEqualTo(UnofficialCode.all().stream()
                        .filter(u -> u.code() == 499)
                        .findFirst()
                        .orElseThrow()
                        .text(Locale.ENGLISH));
        assertThat(UnofficialCode.all().get(0).origin(Locale.ENGLISH)).contains("AWS");
    }

    @Test
    void everyCodeOfTheSeedIsRegisteredAndExplainedInChinese() {
        for (int code : SEED_CODES) {
            HttpStatus status = HttpStatus.of(code);
            assertThat(status.isRegistered()).as("%d", code).isTrue();
            assertThat(status.text(CHINESE).summary()).as("%d", code).isNotBlank();
        }
    }

    @Test
    void theSeedsChineseErrorsAreGone() {
        for (StatusText text : everyText(CHINESE)) {
            assertThat(allOf(text)).as(text.title()).doesNotContain("客服端", "煤体类型", "临时文件");
        }
        assertThat(allOf(StatusClass.INFORMATIONAL.text(CHINESE)))
                .doesNotContain("保留")
                .contains("信息");
        assertThat(allOf(HttpStatus.NOT_FOUND.text(CHINESE)))
                .doesNotContain("已经找到")
                .contains("找不到");
        assertThat(allOf(HttpStatus.EXPECTATION_FAILED.text(CHINESE)))
                .doesNotContain("执行失败")
                .contains("Expect");
        assertThat(allOf(HttpStatus.SERVICE_UNAVAILABLE.text(CHINESE))).contains("维护");
        assertThat(HttpStatus.FOUND.text(CHINESE).summary()).contains("URI");
        for (int empty : new int[] {303, 305, 409, 410}) {
            assertThat(HttpStatus.of(empty).text(CHINESE).description()).hasSizeGreaterThan(20);
        }
    }

    @Test
    void theSeedsEnglishMisspellingsAreGone() {
        for (HttpStatus status : HttpStatus.registered()) {
            Stream.concat(
                            Stream.of(
                                    status.reasonPhrase(),
                                    status.text(Locale.ENGLISH).title()),
                            status.aliases().stream())
                    .forEach(name -> assertThat(name)
                            .as("%d", status.code())
                            .doesNotContain("Menthod", "Reqeust", "Satisfialbe", "Time-out")
                            .doesNotStartWith("witching"));
        }
        for (StatusText text : everyText(Locale.ENGLISH)) {
            assertThat(allOf(text)).doesNotContain("Menthod", "Reqeust", "Satisfialbe");
        }
        assertThat(HttpStatus.of(413).reasonPhrase()).isEqualTo("Content Too Large");
        assertThat(HttpStatus.of(414).reasonPhrase()).isEqualTo("URI Too Long");
        assertThat(HttpStatus.of(416).reasonPhrase()).isEqualTo("Range Not Satisfiable");
    }

    private static String allOf(StatusText text) {
        return String.join(
                "\n",
                text.title(),
                text.summary(),
                text.description(),
                String.join("\n", text.causes()),
                text.clientAction());
    }
}
