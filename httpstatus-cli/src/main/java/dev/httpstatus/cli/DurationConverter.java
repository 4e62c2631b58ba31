package dev.httpstatus.cli;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads a duration such as 500ms, 10s, 2m or a bare number of seconds. */
final class DurationConverter implements ITypeConverter<Duration> {
    private static final Pattern DURATION = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ms|s|m)?");

    @Override
    public Duration convert(String value) {
        Matcher m = DURATION.matcher(value.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new TypeConversionException("'" + value + "' is not a duration: use for example 500ms, 10s or 2m");
        }
        double amount = Double.parseDouble(m.group(1));
        String unit = m.group(2) == null ? "s" : m.group(2);
        long millis = Math.round(amount
                * switch (unit) {
                    case "ms" -> 1;
                    case "m" -> 60_000;
                    default -> 1000;
                });
        if (millis <= 0) {
            throw new TypeConversionException("'" + value + "' is not a positive duration");
        }
        return Duration.ofMillis(millis);
    }
}
