package dev.httpstatus.server.generate;

import dev.httpstatus.server.config.Durations;
import dev.httpstatus.server.exchange.Problem;
import dev.httpstatus.server.exchange.Request;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What generated content reads from a request, the way go-httpbin reads it: whole numbers as Go's {@code Atoi}
 * does ({@code 011}, {@code +5}, {@code -1}), durations in Go's notation or seconds ({@link GoDuration}), and the
 * segments of a path. Every mistake is a 400 (a 404 for a path of another shape) that names it.
 */
final class Parameters {
    private static final Pattern WHOLE = Pattern.compile("[-+]?\\d{1,19}");

    private Parameters() {}

    /**
     * The segments of the path after {@code prefix} (which ends in "/"), exactly {@code count} of them, each
     * non-empty; a path of another shape is a 404 that shows the form, as a path no route takes.
     */
    static List<String> segments(Request request, String prefix, int count, String form) {
        String path = request.path();
        List<String> segments = path.length() > prefix.length()
                ? List.of(path.substring(prefix.length()).split("/", -1))
                : List.of();
        if (segments.size() != count || segments.contains("")) {
            throw Problem.of(404, "generate.path", path, form);
        }
        return segments;
    }

    /** {@code text}, the value of {@code name}, as a whole number. */
    static long whole(String text, String name) {
        if (WHOLE.matcher(text).matches()) {
            try {
                return Long.parseLong(text);
            } catch (NumberFormatException outOfRange) {
                // said below
            }
        }
        throw Problem.badRequest("option.notANumber", name, text);
    }

    /** Query parameter {@code name} as a whole number, or {@code otherwise} when it is absent or empty. */
    static long whole(Request request, String name, long otherwise) {
        Optional<String> text = request.query(name).filter(t -> !t.isEmpty());
        return text.isPresent() ? whole(text.get(), name) : otherwise;
    }

    /** {@code text}, the value of {@code name}, as a duration of at least {@code shortest} and at most the sleep limit. */
    static Duration duration(String text, String name, Duration shortest, Duration limit) {
        Duration duration =
                GoDuration.parse(text).orElseThrow(() -> Problem.badRequest("generate.notADuration", name, text));
        if (duration.isNegative()) {
            throw Problem.badRequest("generate.negative", name, text);
        }
        if (duration.compareTo(shortest) < 0) {
            throw Problem.badRequest("generate.zeroDuration", name, text);
        }
        if (duration.compareTo(limit) > 0) {
            throw Problem.badRequest("generate.tooLong", name, text, Durations.format(limit));
        }
        return duration;
    }

    /** Query parameter {@code name} as a duration (see above), or {@code otherwise} when it is absent or empty. */
    static Duration duration(Request request, String name, Duration otherwise, Duration shortest, Duration limit) {
        Optional<String> text = request.query(name).filter(t -> !t.isEmpty());
        return text.isPresent() ? duration(text.get(), name, shortest, limit) : otherwise;
    }

    /** Query parameter {@code name} as a fraction 0..1, or 0 when it is absent or empty. */
    static double fraction(Request request, String name) {
        Optional<String> text = request.query(name).filter(t -> !t.isEmpty());
        if (text.isEmpty()) {
            return 0;
        }
        try {
            double value = Double.parseDouble(text.get());
            if (value >= 0 && value <= 1) {
                return value;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw Problem.badRequest("generate.notAFraction", name, text.get());
    }

    /** Throws when {@code delay} and {@code duration} together are longer than {@code limit}. */
    static void withinLimit(Duration delay, Duration duration, Duration limit) {
        if (delay.plus(duration).compareTo(limit) > 0) {
            throw Problem.badRequest("generate.tooMuchTime", Durations.format(limit));
        }
    }
}
