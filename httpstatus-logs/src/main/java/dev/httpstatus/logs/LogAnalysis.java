package dev.httpstatus.logs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The front door: reads inputs in parallel, one tally each, and merges the tallies in input order into one report.
 * Each input's format is the one given, or else detected from its first {@link #SAMPLE_LINES} lines.
 */
public final class LogAnalysis {
    /** How many lines detection looks at. */
    public static final int SAMPLE_LINES = 50;

    /**
     * What to read and count.
     *
     * @param format the format of every input, or null to detect each input's
     * @param filter which requests to count
     * @param bucketSeconds the timeline's bucket width, or 0 to choose from the span
     * @param top how many values each error code's lists keep
     */
    public record Options(LogFormat format, Filter filter, long bucketSeconds, int top) {
        public static Options defaults() {
            return new Options(null, Filter.ALL, 0, 10);
        }
    }

    /**
     * The report of all inputs, and the format read in each.
     *
     * @param report the counts
     * @param formats each input's name → the format read in it, or empty when none could be recognised (then
     *     every line of it is counted as unreadable)
     */
    public record Result(LogReport report, Map<String, Optional<LogFormat>> formats) {}

    private LogAnalysis() {}

    /** Reads {@code inputs} with {@code options}. */
    public static Result analyze(List<LogInput> inputs, Options options) throws IOException {
        int threads = Math.max(1, Math.min(inputs.size(), Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "httpstatus-logs");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<Read>> reads = new ArrayList<>();
            for (LogInput input : inputs) {
                reads.add(pool.submit(() -> read(input, options)));
            }
            Tally all = new Tally();
            Map<String, Optional<LogFormat>> formats = new LinkedHashMap<>();
            for (Future<Read> future : reads) {
                Read read = join(future);
                all.merge(read.tally);
                formats.put(read.input, read.format);
            }
            return new Result(all.report(options.bucketSeconds(), options.top()), formats);
        } finally {
            pool.shutdownNow();
        }
    }

    private record Read(String input, Tally tally, Optional<LogFormat> format) {}

    private static Read read(LogInput input, Options options) throws IOException {
        Tally tally = new Tally();
        try (InputStream in = input.opener().open()) {
            LineReader lines = new LineReader(in);
            List<String> sample = new ArrayList<>();
            List<Boolean> sampleTooLong = new ArrayList<>();
            Optional<LogFormat> format = Optional.ofNullable(options.format());
            String line;
            if (format.isEmpty()) {
                while (sample.size() < SAMPLE_LINES && (line = lines.next()) != null) {
                    sample.add(line);
                    sampleTooLong.add(lines.tooLong());
                }
                format = LogFormat.detect(sample);
            }
            long number = 0;
            for (int i = 0; i < sample.size(); i++) {
                count(tally, input.name(), ++number, sample.get(i), sampleTooLong.get(i), format, options.filter());
            }
            while ((line = lines.next()) != null) {
                count(tally, input.name(), lines.lineNumber(), line, lines.tooLong(), format, options.filter());
            }
            return new Read(input.name(), tally, format);
        }
    }

    private static void count(
            Tally tally,
            String input,
            long number,
            String line,
            boolean tooLong,
            Optional<LogFormat> format,
            Filter filter) {
        Request request = tooLong || format.isEmpty() ? null : format.get().parse(line);
        if (request == null) {
            tally.unread(input, number, line);
        } else {
            tally.add(request, filter);
        }
    }

    private static Read join(Future<Read> future) throws IOException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
