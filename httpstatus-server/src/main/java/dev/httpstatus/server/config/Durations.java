package dev.httpstatus.server.config;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads durations the way people write them: 250 (milliseconds), 250ms, 1.5s, 2m. */
public final class Durations {
    private static final Pattern DURATION = Pattern.compile("(\\d{1,12}(?:\\.\\d{1,6})?)\\s*(ms|s|m)?");

    private Durations() {}

    /**
     * The duration {@code text} names; a bare number is milliseconds, as httpstat.us's sleep is.
     *
     * @throws IllegalArgumentException when it is not a duration
     */
    public static Duration parse(String text) {
        Matcher m = DURATION.matcher(text.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException("\"" + text + "\" is not a duration: write 500, 500ms, 2s or 1m");
        }
        double amount = Double.parseDouble(m.group(1));
        long factor =
                m.group(2) == null || m.group(2).equals("ms") ? 1 : m.group(2).equals("s") ? 1000 : 60_000;
        return Duration.ofMillis(Math.round(amount * factor));
    }

    /** The shortest way to write {@code duration}: 250ms, 2s, 1m. */
    public static String format(Duration duration) {
        long millis = duration.toMillis();
        if (millis % 60_000 == 0 && millis > 0) {
            return millis / 60_000 + "m";
        }
        return millis % 1000 == 0 && millis > 0 ? millis / 1000 + "s" : millis + "ms";
    }
}
