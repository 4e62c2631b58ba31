package dev.httpstatus.server.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MediaTypeTest {
    private static final List<MediaType> OFFERED = List.of(MediaType.TEXT, MediaType.JSON, MediaType.HTML);

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "|TEXT",
                "*/*|TEXT",
                "application/json|JSON",
                "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8|HTML",
                "text/*|TEXT",
                "text/plain;q=0.2, application/json;q=0.9|JSON",
                "application/json;q=0, */*|TEXT",
                "image/png|TEXT",
                "garbage|TEXT",
                "application/json;q=abc, text/html|HTML",
            })
    void theAcceptHeaderChoosesTheBody(String accept, MediaType expected) {
        assertThat(MediaType.negotiate(accept, OFFERED)).isEqualTo(expected);
    }
}
