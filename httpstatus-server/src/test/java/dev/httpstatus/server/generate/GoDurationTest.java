package dev.httpstatus.server.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Durations in Go's notation, or seconds, as go-httpbin reads them. */
class GoDurationTest {
    @ParameterizedTest
    @CsvSource({
        "0,0",
        "0h,0",
        "10ns,10",
        "250us,250000",
        "250µs,250000",
        "1.5ms,1500000",
        "500ms,500000000",
        "2s,2000000000",
        "1m30s,90000000000",
        "1.5h,5400000000000",
        "-1ms,-1000000",
        "+2s,2000000000",
        "0.1,100000000",
        "2,2000000000",
        "0.0005,0",
        "1e-1,100000000",
        "-3.14,-3140000000",
        ".5s,500000000"
    })
    void readsGoDurationsAndSeconds(String text, long nanos) {
        assertThat(GoDuration.parse(text)).hasValue(Duration.ofNanos(nanos));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "foo", "1x", "s", "1 s", "1.2.3s", "0xff", "3000000h", "ms5", "1s-2s"})
    void refusesWhatIsNoDuration(String text) {
        assertThat(GoDuration.parse(text)).isEmpty();
    }
}
