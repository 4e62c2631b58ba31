package dev.httpstatus.logs;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The running counts of one or more inputs: every counted request by code, by minute, and for error codes by
 * path, client, method and referrer; redirects by path and chain, 429s by window; every line not read, with the
 * first few kept to show. Counts are exact;
 * tallies of separate inputs merge into the tally of all, so inputs can be read in parallel (or on a cluster).
 * Serializable, so that a tally made on one machine of a cluster (a Spark partition's) can be sent to the one that
 * merges them.
 */
public final class Tally implements Serializable {
    private static final long serialVersionUID = 1L;

    /** How many unreadable lines a report shows; all of them are counted. */
    public static final int SAMPLES = 10;

    private long lines;
    private long malformed;
    private long filteredOut;
    private long untimed;
    private long directives;
    private final long[] codes = new long[1000];
    private final Map<Integer, ErrorCounters> errors = new HashMap<>();
    /**
     * Minute (seconds since the epoch, a multiple of 60) → count by code's slot: a log holds a few dozen codes,
     * so a minute keeps one number per code seen rather than a thousand (a week of minutes stays small).
     */
    private final Map<Long, long[]> minutes = new HashMap<>();

    private final int[] slotOfCode = new int[1000];
    private final int[] codeOfSlot = new int[1000];
    private int slots;
    private long lastMinute;
    private long[] lastCounts;
    private final List<LogReport.Unread> samples = new ArrayList<>();
    private final RateLimitBursts bursts = new RateLimitBursts();
    private final Redirects redirects = new Redirects();
    private Integer offsetSeconds;
    /** The Strings of this reader's lines, made on the first error or redirect; not sent with the tally. */
    private transient Interner strings;

    /** The counters kept for one error code. */
    static final class ErrorCounters implements Serializable {
        private static final long serialVersionUID = 1L;

        final Counter paths = new Counter();
        final Counter clients = new Counter();
        final Counter methods = new Counter();
        final Counter referrers = new Counter();

        void merge(ErrorCounters other) {
            paths.merge(other.paths);
            clients.merge(other.clients);
            methods.merge(other.methods);
            referrers.merge(other.referrers);
        }
    }

    /** An empty tally. */
    public Tally() {
        Arrays.fill(slotOfCode, -1);
    }

    /** Counts a line that was read, if {@code filter} accepts its request. */
    public void add(Request request, Filter filter) {
        lines++;
        if (!filter.accepts(request)) {
            filteredOut++;
            return;
        }
        int status = request.status();
        if (hasLists(status)) {
            String path = request.path();
            lists(status, request.epochSecond(), request.client(), path, request.method(), request.referrer());
        }
        count(status, request.epochSecond(), request.offsetSeconds());
    }

    /** Whether requests with {@code status} are counted by their text too: errors and redirects. */
    private static boolean hasLists(int status) {
        return (status >= 400 && status < 600) || Redirects.isRedirect(status);
    }

    /** Counts the text of an error or a redirect: the error code's lists, 429 bursts, redirects and chains. */
    private void lists(int status, long time, String client, String path, String method, String referrer) {
        if (status >= 400 && status < 600) {
            ErrorCounters counters = errors.computeIfAbsent(status, s -> new ErrorCounters());
            counters.paths.add(path);
            counters.clients.add(client);
            counters.methods.add(method);
            counters.referrers.add(referrer);
        }
        bursts.add(status, time, client, path);
        redirects.add(status, time, client, path);
    }

    private void count(int status, long time, int offset) {
        codes[status]++;
        if (time != Request.NO_TIME) {
            if (offsetSeconds == null) {
                offsetSeconds = offset;
            }
            long minute = Math.floorDiv(time, 60) * 60;
            countMinute(minute, status, 1);
        } else {
            untimed++;
        }
    }

    /**
     * Counts a line read into {@code line}: as {@link #add(Request, Filter)}, but without a {@link Request}. A line
     * that is only counted by code and minute (not an error or a redirect) never has its text fields made into
     * strings, and those of the others are looked up by their bytes (one String for each distinct value).
     */
    void add(LineFields line, Filter filter) {
        if (line.made != null || filter.needsText()) {
            add(line.request(), filter);
            return;
        }
        int status = line.status;
        lines++;
        if (!filter.acceptsStatusAndTime(status, line.time, line.offset)) {
            filteredOut++;
            return;
        }
        if (hasLists(status)) {
            if (strings == null) {
                strings = new Interner();
            }
            lists(
                    status,
                    line.time,
                    line.client(strings),
                    line.path(strings),
                    line.method(strings),
                    line.referrer(strings));
        }
        count(status, line.time, line.offset);
    }

    /** Counts a line that could not be read; the first {@link #SAMPLES} are kept with where they were. */
    public void unread(String input, long lineNumber, String line) {
        lines++;
        malformed++;
        if (samples.size() < SAMPLES) {
            samples.add(new LogReport.Unread(input, lineNumber, shorten(line)));
        }
    }

    /** Counts a directive of a W3C file ({@code #Version:}, {@code #Fields:}): a line read that is no request. */
    public void directive() {
        lines++;
        directives++;
    }

    /** Adds {@code later}'s counts to these; its samples come after these. */
    public void merge(Tally later) {
        lines += later.lines;
        malformed += later.malformed;
        filteredOut += later.filteredOut;
        untimed += later.untimed;
        directives += later.directives;
        for (int i = 0; i < codes.length; i++) {
            codes[i] += later.codes[i];
        }
        later.errors.forEach((code, counters) ->
                errors.computeIfAbsent(code, c -> new ErrorCounters()).merge(counters));
        later.minutes.forEach((minute, counts) -> {
            for (int slot = 0; slot < counts.length; slot++) {
                if (counts[slot] > 0) {
                    countMinute(minute, later.codeOfSlot[slot], counts[slot]);
                }
            }
        });
        bursts.merge(later.bursts);
        redirects.merge(later.redirects);
        for (LogReport.Unread sample : later.samples) {
            if (samples.size() < SAMPLES) {
                samples.add(sample);
            }
        }
        if (offsetSeconds == null) {
            offsetSeconds = later.offsetSeconds;
        }
    }

    /**
     * Adds {@code next}, the tally of the lines right after these in the same input (the next part of a file read in
     * parts), numbering its unreadable lines on from these: as {@link #merge}, but the samples keep their line
     * numbers in the whole input. Changes {@code next}'s samples.
     */
    public void mergeFollowing(Tally next) {
        next.renumber(lines);
        merge(next);
    }

    private void countMinute(long minute, int status, long count) {
        int slot = slotOfCode[status];
        if (slot < 0) {
            slot = slots++;
            slotOfCode[status] = slot;
            codeOfSlot[slot] = status;
        }
        // Logs run forward in time: most lines fall in the minute of the line before.
        long[] counts = minute == lastMinute && lastCounts != null ? lastCounts : minutes.get(minute);
        if (counts == null) {
            counts = new long[Math.max(slots, 8)];
            minutes.put(minute, counts);
        } else if (counts.length <= slot) {
            counts = Arrays.copyOf(counts, Math.max(slots, counts.length * 2));
            minutes.put(minute, counts);
        }
        counts[slot] += count;
        lastMinute = minute;
        lastCounts = counts;
    }

    /** Moves the line numbers of the kept samples on by {@code lines}: for a part of a file read on its own. */
    void renumber(long lines) {
        samples.replaceAll(u -> new LogReport.Unread(u.input(), u.lineNumber() + lines, u.text()));
    }

    /**
     * The report of what was counted.
     *
     * @param bucketSeconds the width of the timeline's buckets, or 0 to choose from the span
     * @param top how many values each error code's lists show
     */
    public LogReport report(long bucketSeconds, int top) {
        return LogReport.of(this, bucketSeconds, top);
    }

    long lines() {
        return lines;
    }

    long malformed() {
        return malformed;
    }

    long filteredOut() {
        return filteredOut;
    }

    long directives() {
        return directives;
    }

    long untimed() {
        return untimed;
    }

    long[] codes() {
        return codes;
    }

    Map<Integer, ErrorCounters> errors() {
        return errors;
    }

    /** Minute → counts by slot; {@link #codeOfSlot} says which code a slot counts. */
    Map<Long, long[]> minutes() {
        return minutes;
    }

    int codeOfSlot(int slot) {
        return codeOfSlot[slot];
    }

    RateLimitBursts bursts() {
        return bursts;
    }

    Redirects redirects() {
        return redirects;
    }

    List<LogReport.Unread> samples() {
        return samples;
    }

    int offsetSeconds() {
        return offsetSeconds == null ? 0 : offsetSeconds;
    }

    private static String shorten(String line) {
        return line.length() <= 200 ? line : line.substring(0, 200) + "…";
    }
}
