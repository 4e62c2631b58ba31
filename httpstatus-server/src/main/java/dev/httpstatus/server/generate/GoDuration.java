package dev.httpstatus.server.generate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations as go-httpbin reads them: Go's notation ({@code 500ms}, {@code 1.5s}, {@code 1m30s}, {@code 250us},
 * signed), or else a number of seconds ({@code 2}, {@code 0.1}), of which whole milliseconds count.
 */
final class GoDuration {
    private static final String NUMBER = "(?:\\d+\\.?\\d*|\\.\\d+)";
    private static final String UNIT = "(?:ns|us|µs|μs|ms|s|m|h)";
    private static final Pattern GO = Pattern.compile("[-+]?(?:" + NUMBER + UNIT + ")+");
    private static final Pattern PART = Pattern.compile("(" + NUMBER + ")(" + UNIT + ")");
    private static final Pattern SECONDS = Pattern.compile("[-+]?" + NUMBER + "(?:[eE][-+]?\\d{1,3})?");
    private static final Map<String, Long> NANOS = Map.of(
            "ns", 1L,
            "us", 1_000L,
            "µs", 1_000L,
            "μs", 1_000L,
            "ms", 1_000_000L,
            "s", 1_000_000_000L,
            "m", 60_000_000_000L,
            "h", 3_600_000_000_000L);
    /** Go's durations are int64 nanoseconds, about 292 years. */
    private static final BigDecimal LONGEST = BigDecimal.valueOf(Long.MAX_VALUE);

    private GoDuration() {}

    /** The duration {@code text} names, or empty when it names none. */
    static Optional<Duration> parse(String text) {
        BigDecimal nanos;
        if (GO.matcher(text).matches()) {
            nanos = BigDecimal.ZERO;
            Matcher part = PART.matcher(text);
            while (part.find()) {
                nanos = nanos.add(new BigDecimal(part.group(1)).multiply(BigDecimal.valueOf(NANOS.get(part.group(2)))));
            }
            nanos = text.startsWith("-") ? nanos.negate() : nanos;
        } else if (SECONDS.matcher(text).matches()) {
            nanos = new BigDecimal(text)
                    .movePointRight(3)
                    .setScale(0, RoundingMode.DOWN)
                    .movePointRight(6);
        } else {
            return Optional.empty();
        }
        nanos = nanos.setScale(0, RoundingMode.DOWN);
        return nanos.abs().compareTo(LONGEST) > 0
                ? Optional.empty()
                : Optional.of(Duration.ofNanos(nanos.longValueExact()));
    }
}
