package dev.httpstatus.logs;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * Which requests a report counts: by status ({@code 5xx,429}), time, path glob and host. A time written without
 * an offset is read on the log's own clock, the one its lines are written in.
 */
public final class Filter {
    /** Counts everything. */
    public static final Filter ALL = new Filter(null, null, null, null, null);

    private final boolean[] statuses;
    private final Bound since;
    private final Bound until;
    private final String pathGlob;
    private final String host;

    /** An instant, or a time of day on the log's clock (then {@code absolute} is false). */
    private record Bound(long seconds, boolean absolute) {
        boolean before(long epochSecond, int offsetSeconds) {
            long time = absolute ? epochSecond : epochSecond + offsetSeconds;
            return time < seconds;
        }
    }

    private Filter(boolean[] statuses, Bound since, Bound until, String pathGlob, String host) {
        this.statuses = statuses;
        this.since = since;
        this.until = until;
        this.pathGlob = pathGlob;
        this.host = host;
    }

    /**
     * Only these statuses: codes and classes separated by commas, such as {@code 5xx,429}.
     *
     * @throws IllegalArgumentException for anything else, saying which part
     */
    public Filter statuses(String list) {
        boolean[] allowed = new boolean[1000];
        for (String part : list.split(",", -1)) {
            String item = part.trim().toLowerCase(Locale.ROOT);
            if (item.length() == 3 && item.endsWith("xx") && item.charAt(0) >= '1' && item.charAt(0) <= '5') {
                int digit = item.charAt(0) - '0';
                for (int code = digit * 100; code < digit * 100 + 100; code++) {
                    allowed[code] = true;
                }
            } else if (item.length() == 3 && item.chars().allMatch(c -> c >= '0' && c <= '9')) {
                allowed[Integer.parseInt(item)] = true;
            } else {
                throw new IllegalArgumentException("'" + part + "' is neither a status code nor a class like 5xx");
            }
        }
        return new Filter(allowed, since, until, pathGlob, host);
    }

    /** Only requests at or after {@code time} (ISO 8601: a date, a date and time, with or without offset). */
    public Filter since(String time) {
        return new Filter(statuses, bound(time), until, pathGlob, host);
    }

    /** Only requests before {@code time}. */
    public Filter until(String time) {
        return new Filter(statuses, since, bound(time), pathGlob, host);
    }

    /** Only requests whose path (without query) matches {@code glob}: {@code *} any characters, {@code ?} one. */
    public Filter path(String glob) {
        return new Filter(statuses, since, until, glob, host);
    }

    /** Only requests to {@code host}, ignoring case and a port. */
    public Filter host(String name) {
        return new Filter(statuses, since, until, pathGlob, name.toLowerCase(Locale.ROOT));
    }

    /** Whether the report counts {@code request}. */
    public boolean accepts(Request request) {
        if (!acceptsStatusAndTime(request.status(), request.epochSecond(), request.offsetSeconds())) {
            return false;
        }
        if (pathGlob != null && !Glob.matches(pathGlob, request.path())) {
            return false;
        }
        return host == null || hostMatches(request.host());
    }

    /** Whether a path or host is filtered on, so that a line's text must be read to decide. */
    boolean needsText() {
        return pathGlob != null || host != null;
    }

    /** Whether the status and time (as {@link Request} has them) pass the filter. */
    boolean acceptsStatusAndTime(int status, long epochSecond, int offsetSeconds) {
        if (statuses != null && !statuses[status]) {
            return false;
        }
        if ((since != null || until != null) && epochSecond == Request.NO_TIME) {
            return false;
        }
        if (since != null && since.before(epochSecond, offsetSeconds)) {
            return false;
        }
        return until == null || until.before(epochSecond, offsetSeconds);
    }

    private boolean hostMatches(String logged) {
        int colon = logged.lastIndexOf(':');
        String name = colon > 0 && logged.indexOf(']') < colon && logged.indexOf(':') == colon
                ? logged.substring(0, colon)
                : logged;
        return name.equalsIgnoreCase(host);
    }

    private static Bound bound(String time) {
        try {
            return new Bound(OffsetDateTime.parse(time).toEpochSecond(), true);
        } catch (DateTimeParseException notWithOffset) {
            try {
                return new Bound(LocalDateTime.parse(time).toEpochSecond(ZoneOffset.UTC), false);
            } catch (DateTimeParseException notDateTime) {
                try {
                    return new Bound(LocalDate.parse(time).toEpochDay() * 86_400L, false);
                } catch (DateTimeParseException notDate) {
                    throw new IllegalArgumentException("'" + time
                            + "' is not a time: write 2026-12-06, 2026-12-06T14:05 or 2026-12-06T14:05:00+01:00");
                }
            }
        }
    }
}
