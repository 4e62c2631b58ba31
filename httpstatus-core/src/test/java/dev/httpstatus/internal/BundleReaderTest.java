package dev.httpstatus.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The quick reading of the text bundles gives exactly what PropertyResourceBundle gives. */
class BundleReaderTest {

    @ParameterizedTest
    @ValueSource(strings = {"texts_en.properties", "texts_zh.properties"})
    void theShippedBundlesReadTheSameBothWays(String name) throws Exception {
        byte[] bytes;
        try (InputStream in = Texts.class.getResourceAsStream(name)) {
            bytes = in.readAllBytes();
        }
        assertThat(BundleReader.read(new ByteArrayInputStream(bytes)))
                .isNotEmpty()
                .isEqualTo(BundleReader.readAsProperties(new ByteArrayInputStream(bytes)));
    }

    @Test
    void commentsBlankLinesSpacesAndEscapesAreReadAsPropertiesReadsThem() throws Exception {
        String plain = "# comment\n! also\n\n  key1 = value one \r\nkey2=a=b\nkey3=\n";
        assertThat(BundleReader.read(stream(plain))).isEqualTo(BundleReader.readAsProperties(stream(plain)));
        String escaped = "key=line\\\n  continued\nunicode=\\u4e2d\n";
        assertThat(BundleReader.read(stream(escaped)))
                .containsEntry("key", "linecontinued")
                .containsEntry("unicode", "中");
    }

    private static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
