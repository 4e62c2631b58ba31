package dev.httpstatus.logs;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a tally found, ready to print: every figure is an exact count (each error code's lists keep every distinct
 * value, so their tops are exact too; memory grows with the number of distinct paths and clients of error
 * responses).
 *
 * @param lines every line read
 * @param unread the lines that could not be read, all counted
 * @param filteredOut the lines read but left out by the filter
 * @param untimed counted requests whose line has no time, which the timeline cannot place
 * @param directives the directives of W3C files ({@code #Fields:}...), lines read that are no requests
 * @param unreadSamples the first unreadable lines, with where they were
 * @param codes the count of every code seen, by code
 * @param errors every 4xx and 5xx code seen with its top paths, clients, methods and referrers
 * @param timeline the counts by code over time
 * @param spikes for 4xx and 5xx, the largest rise of their share from one bucket to the next, where there is one
 * @param findings what an operator would act on, most urgent first
 */
public record LogReport(
        long lines,
        long unread,
        long filteredOut,
        long untimed,
        long directives,
        List<Unread> unreadSamples,
        Map<Integer, Long> codes,
        List<ErrorCode> errors,
        Timeline timeline,
        List<Spike> spikes,
        List<Finding> findings) {

    /** A line that could not be read: the input, its line number (from 1), and its first 200 characters. */
    public record Unread(String input, long lineNumber, String text) implements Serializable {}

    /**
     * Text from a log as it may be shown, on a terminal or in a page: control characters as \\xNN, so that a log line
     * cannot drive the terminal that shows it.
     */
    public static String printable(String text) {
        StringBuilder shown = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0)) {
                shown.append(String.format(Locale.ROOT, "\\x%02x", (int) c));
            } else {
                shown.append(c);
            }
        }
        return shown.toString();
    }

    /** A value and how often it occurred. */
    public record Count(String value, long count) {}

    /**
     * An error code with its most frequent paths (without query string), clients, methods and referrers, and how
     * many distinct paths and clients it had.
     */
    public record ErrorCode(
            int code,
            long count,
            List<Count> paths,
            List<Count> clients,
            List<Count> methods,
            List<Count> referrers,
            int distinctPaths,
            int distinctClients) {}

    /**
     * Counts by code over time, in buckets of the same width aligned on the log's own clock.
     *
     * @param bucketSeconds the width of each bucket
     * @param offsetSeconds the log's offset from UTC, in which the buckets' times are best shown
     * @param buckets the buckets from the first request to the last, empty ones included
     */
    public record Timeline(long bucketSeconds, int offsetSeconds, List<Bucket> buckets) {}

    /** One bucket: its start (seconds since the epoch) and its counts by code. */
    public record Bucket(long start, Map<Integer, Long> codes) {
        public long total() {
            return codes.values().stream().mapToLong(Long::longValue).sum();
        }

        /** The requests of class {@code digit} (4 for 4xx). */
        public long ofClass(int digit) {
            return codes.entrySet().stream()
                    .filter(e -> e.getKey() / 100 == digit)
                    .mapToLong(Map.Entry::getValue)
                    .sum();
        }

        /** The requests whose code is outside 100-599 (999, 000…): no class of the RFC. */
        public long ofOtherClass() {
            return otherClass(codes);
        }
    }

    /**
     * A class's share rising from one bucket to the next: "5xx rose from 0.1% in the 14:00 bucket to 4.2% in the
     * 14:05 bucket", each bucket named by its start as the timeline's rows are.
     *
     * @param classDigit 4 or 5
     * @param fromShare the share in the bucket before, from 0 to 1
     * @param toShare the share in the bucket where it rose
     * @param fromStart the start of the bucket before (seconds since the epoch)
     * @param start the start of the bucket where it rose
     * @param end its end
     */
    public record Spike(int classDigit, double fromShare, double toShare, long fromStart, long start, long end) {}

    /**
     * Widths the timeline chooses from when none is asked for: the smallest that gives at most {@link #MAX_BUCKETS}
     * buckets, so that the timeline fits on a screen or two and a spike is still placed within minutes.
     */
    private static final long[] WIDTHS = {60, 300, 600, 900, 1800, 3600, 2 * 3600, 6 * 3600, 12 * 3600, 86_400};

    private static final int MAX_BUCKETS = 100;

    /** The requests counted: read, and accepted by the filter. */
    public long counted() {
        return lines - unread - filteredOut - directives;
    }

    /** The requests counted of class {@code digit} (2 for 2xx). */
    public long ofClass(int digit) {
        return codes.entrySet().stream()
                .filter(e -> e.getKey() / 100 == digit)
                .mapToLong(Map.Entry::getValue)
                .sum();
    }

    /**
     * The requests counted whose code is outside 100-599 (a log may hold any three digits): with the five classes,
     * they make up {@link #counted()}.
     */
    public long ofOtherClass() {
        return otherClass(codes);
    }

    private static long otherClass(Map<Integer, Long> codes) {
        return codes.entrySet().stream()
                .filter(e -> e.getKey() < 100 || e.getKey() > 599)
                .mapToLong(Map.Entry::getValue)
                .sum();
    }

    static LogReport of(Tally tally, long bucketSeconds, int top) {
        Map<Integer, Long> codes = new TreeMap<>();
        long[] counts = tally.codes();
        for (int code = 0; code < counts.length; code++) {
            if (counts[code] > 0) {
                codes.put(code, counts[code]);
            }
        }
        List<ErrorCode> errors = new ArrayList<>();
        new TreeMap<>(tally.errors())
                .forEach((code, c) -> errors.add(new ErrorCode(
                        code,
                        counts[code],
                        c.paths.top(top),
                        c.clients.top(top),
                        c.methods.top(top),
                        c.referrers.top(top),
                        c.paths.distinct(),
                        c.clients.distinct())));
        Timeline timeline = timeline(tally, bucketSeconds);
        List<Spike> spikes = new ArrayList<>();
        for (int digit : new int[] {5, 4}) {
            Spike spike = spike(timeline, digit);
            if (spike != null) {
                spikes.add(spike);
            }
        }
        return new LogReport(
                tally.lines(),
                tally.malformed(),
                tally.filteredOut(),
                tally.untimed(),
                tally.directives(),
                List.copyOf(tally.samples()),
                codes,
                List.copyOf(errors),
                timeline,
                List.copyOf(spikes),
                Findings.of(tally, codes, List.copyOf(errors)));
    }

    private static Timeline timeline(Tally tally, long asked) {
        Map<Long, long[]> minutes = tally.minutes();
        int offset = tally.offsetSeconds();
        if (minutes.isEmpty()) {
            return new Timeline(asked > 0 ? asked : 60, offset, List.of());
        }
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        for (long minute : minutes.keySet()) {
            first = Math.min(first, minute);
            last = Math.max(last, minute);
        }
        long width = asked;
        if (width <= 0 || (last - first) / width > 100_000) {
            // Chosen from the span; also when the width asked for would make more buckets than anyone can read.
            width = WIDTHS[WIDTHS.length - 1];
            for (long candidate : WIDTHS) {
                if ((last - first) / candidate + 1 <= MAX_BUCKETS) {
                    width = candidate;
                    break;
                }
            }
        }
        long start = bucketStart(first, width, offset);
        int count = (int) Math.min(Integer.MAX_VALUE - 8, (bucketStart(last, width, offset) - start) / width + 1);
        // Summed by code's slot in arrays first: a week of minutes holds a quarter of a million counts, too many to
        // add one by one into maps of boxed numbers.
        long[][] sums = new long[count][];
        for (Map.Entry<Long, long[]> minute : minutes.entrySet()) {
            int index = (int) ((bucketStart(minute.getKey(), width, offset) - start) / width);
            long[] slots = minute.getValue();
            long[] sum = sums[index];
            if (sum == null || sum.length < slots.length) {
                sum = sum == null ? new long[slots.length] : Arrays.copyOf(sum, slots.length);
                sums[index] = sum;
            }
            for (int slot = 0; slot < slots.length; slot++) {
                sum[slot] += slots[slot];
            }
        }
        List<Bucket> result = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Map<Integer, Long> codes = new TreeMap<>();
            if (sums[i] != null) {
                for (int slot = 0; slot < sums[i].length; slot++) {
                    if (sums[i][slot] > 0) {
                        codes.merge(tally.codeOfSlot(slot), sums[i][slot], Long::sum);
                    }
                }
            }
            result.add(new Bucket(start + i * width, codes));
        }
        return new Timeline(width, offset, List.copyOf(result));
    }

    /** The start of the bucket holding {@code time}, with buckets aligned on the log's clock. */
    private static long bucketStart(long time, long width, int offset) {
        return Math.floorDiv(time + offset, width) * width - offset;
    }

    /**
     * The largest rise of a class's share between two neighbouring buckets that is worth naming: at least one
     * percentage point, at least double the share before, and in buckets of at least 10 requests each.
     */
    private static Spike spike(Timeline timeline, int digit) {
        List<Bucket> buckets = timeline.buckets();
        Spike best = null;
        double bestRise = 0;
        for (int i = 1; i < buckets.size(); i++) {
            Bucket before = buckets.get(i - 1);
            Bucket after = buckets.get(i);
            long totalBefore = before.total();
            long totalAfter = after.total();
            if (totalBefore < 10 || totalAfter < 10) {
                continue;
            }
            double from = (double) before.ofClass(digit) / totalBefore;
            double to = (double) after.ofClass(digit) / totalAfter;
            double rise = to - from;
            if (rise >= 0.01 && to >= 2 * from && rise > bestRise) {
                bestRise = rise;
                best = new Spike(
                        digit, from, to, before.start(), after.start(), after.start() + timeline.bucketSeconds());
            }
        }
        return best;
    }
}
