package dev.httpstatus.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The texts the build compiled into the classes are the bundles in src/main/texts, as Properties reads them. */
class BundledTextsTest {

    @ParameterizedTest
    @ValueSource(strings = {"en", "zh"})
    void theBundledTextsAreTheSourceFilesReadAsProperties(String language) throws Exception {
        String name = Texts.bundleName(language);
        Properties source = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of("src/main/texts", name), StandardCharsets.UTF_8)) {
            source.load(in);
        }
        assertThat(asMap(BundledTexts.pairs(name))).hasSizeGreaterThan(500).isEqualTo(source);
    }

    @Test
    void everyLanguageSearchedHasABundleAndNoOtherNameHasOne() {
        assertThat(Texts.LANGUAGES)
                .allSatisfy(language -> assertThat(BundledTexts.pairs(Texts.bundleName(language)))
                        .isNotEmpty());
        assertThat(BundledTexts.pairs(Texts.bundleName("fr"))).isNull();
    }

    @Test
    void theSearchIndexIsBundledAsItsBytes() {
        assertThat(BundledIndex.text(IndexFile.RESOURCE))
                .isNotEmpty()
                .matches(text -> text.chars().allMatch(c -> c < 256));
    }

    private static Map<Object, Object> asMap(String[] pairs) {
        Map<Object, Object> map = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
