package dev.httpstatus.logs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongConsumer;

/**
 * The front door: reads inputs in parallel, one tally each, and merges the tallies in input order into one report.
 * Each input's format is the one given, or else detected from its first {@link #SAMPLE_LINES} lines.
 */
public final class LogAnalysis {
    /** How often progress is told, in lines of one input or part. */
    public static final int PROGRESS_LINES = 1 << 16;

    /** How many lines detection looks at. */
    public static final int SAMPLE_LINES = 50;

    /**
     * What to read and count.
     *
     * @param format the format of every input, or null to detect each input's
     * @param filter which requests to count
     * @param bucketSeconds the timeline's bucket width, or 0 to choose from the span
     * @param top how many values each error code's lists keep
     * @param progress told the number of lines read so far, every {@link #PROGRESS_LINES} lines of an input, from
     *     the reading threads; null for none
     */
    public record Options(LogFormat format, Filter filter, long bucketSeconds, int top, LongConsumer progress) {
        /** Options without progress. */
        public Options(LogFormat format, Filter filter, long bucketSeconds, int top) {
            this(format, filter, bucketSeconds, top, null);
        }

        public static Options defaults() {
            return new Options(null, Filter.ALL, 0, 10);
        }
    }

    /**
     * The report of all inputs, and the format read in each.
     *
     * @param report the counts
     * @param formats each input's name → the format read in it, or empty when none could be recognised (then
     *     every line of it is counted as unreadable) or the input had no line
     * @param empty the names of the inputs that had no line at all, whose format could not be recognised for that
     */
    public record Result(LogReport report, Map<String, Optional<LogFormat>> formats, Set<String> empty) {
        public Result {
            empty = Set.copyOf(empty);
        }

        /** A result whose inputs all had lines. */
        public Result(LogReport report, Map<String, Optional<LogFormat>> formats) {
            this(report, formats, Set.of());
        }
    }

    private LogAnalysis() {}

    /** A plain file at least this large is read in parts, one per core, when there are several cores. */
    static final long PART_SIZE = 16L << 20;

    /** Reads {@code inputs} with {@code options}. */
    public static Result analyze(List<LogInput> inputs, Options options) throws IOException {
        return analyze(inputs, options, Runtime.getRuntime().availableProcessors(), PART_SIZE);
    }

    /** As {@link #analyze(List, Options)}, with {@code threads} threads and large files cut in parts of at least {@code partSize} bytes. */
    static Result analyze(List<LogInput> inputs, Options options, int threads, long partSize) throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads), runnable -> {
            Thread thread = new Thread(runnable, "httpstatus-logs");
            thread.setDaemon(true);
            return thread;
        });
        Progress progress = new Progress(options.progress());
        try {
            // Every input is one or more parts, read at once and merged in order.
            List<List<Future<Read>>> reads = new ArrayList<>();
            for (LogInput input : inputs) {
                List<long[]> parts = threads > 1 && input.plainFile() != null
                        ? FileParts.of(input.plainFile(), threads, partSize)
                        : List.of();
                Optional<LogFormat> format = Optional.ofNullable(options.format());
                if (parts.size() >= 2 && format.isEmpty()) {
                    format = detect(input);
                }
                if (parts.size() < 2 || format.map(f -> !f.splittable()).orElse(false)) {
                    reads.add(List.of(pool.submit(() -> named(input.name(), () -> read(input, options, progress)))));
                    continue;
                }
                Optional<LogFormat> chosen = format;
                List<Future<Read>> partReads = new ArrayList<>();
                for (long[] part : parts) {
                    partReads.add(pool.submit(() -> named(input.name(), () -> {
                        try (InputStream in = FileParts.open(input.plainFile(), part[0], part[1])) {
                            return read(input.name(), in, chosen, options.filter(), progress);
                        }
                    })));
                }
                reads.add(partReads);
            }
            // The first tally is the start of the whole rather than merged into an empty one: a merge copies every
            // distinct path, client and referrer, and it runs on one core after the reading.
            Tally all = null;
            Map<String, Optional<LogFormat>> formats = new LinkedHashMap<>();
            Set<String> empty = new HashSet<>();
            for (int input = 0; input < reads.size(); input++) {
                List<Future<Read>> parts = reads.get(input);
                long linesBefore = 0;
                for (Future<Read> future : parts) {
                    Read read = join(future);
                    read.tally.renumber(linesBefore);
                    linesBefore += read.tally.lines();
                    if (all == null) {
                        all = read.tally;
                    } else {
                        all.merge(read.tally);
                    }
                    formats.put(read.input, read.format);
                }
                if (linesBefore == 0) {
                    empty.add(inputs.get(input).name());
                }
            }
            all = all == null ? new Tally() : all;
            return new Result(all.report(options.bucketSeconds(), options.top()), formats, empty);
        } finally {
            pool.shutdownNow();
        }
    }

    private record Read(String input, Tally tally, Optional<LogFormat> format) {}

    /** The lines read by every thread, told to a listener now and then. */
    private static final class Progress {
        private final LongConsumer listener;
        private final LongAdder lines = new LongAdder();

        Progress(LongConsumer listener) {
            this.listener = listener;
        }

        /** Called for every line with its number in its input or part. */
        void line(long number) {
            if (listener != null && number % PROGRESS_LINES == 0) {
                lines.add(PROGRESS_LINES);
                listener.accept(lines.sum());
            }
        }
    }

    /** Reads something that may fail. */
    private interface Reading {
        Read read() throws IOException;
    }

    /** Runs {@code reading}, naming the input in its failure ("access.log.2.gz: Not in GZIP format"). */
    private static Read named(String input, Reading reading) throws IOException {
        try {
            return reading.read();
        } catch (IOException e) {
            throw new IOException(input + ": " + e.getMessage(), e);
        }
    }

    /** The format of the first lines of {@code input}. */
    private static Optional<LogFormat> detect(LogInput input) throws IOException {
        try (InputStream in = input.opener().open()) {
            LineReader lines = new LineReader(in);
            List<String> sample = new ArrayList<>();
            while (sample.size() < SAMPLE_LINES && lines.advance()) {
                sample.add(lines.text());
            }
            return LogFormat.detect(sample);
        }
    }

    /** Reads a part of a file, or a whole input, in a format already chosen. */
    private static Read read(String name, InputStream in, Optional<LogFormat> format, Filter filter, Progress progress)
            throws IOException {
        Tally tally = new Tally();
        LineReader lines = new LineReader(in);
        LineFields fields = new LineFields();
        readRest(lines, format.orElse(null), name, filter, fields, tally, progress);
        return new Read(name, tally, format);
    }

    private static Read read(LogInput input, Options options, Progress progress) throws IOException {
        Tally tally = new Tally();
        try (InputStream in = input.opener().open()) {
            LineReader lines = new LineReader(in);
            Optional<LogFormat> format = Optional.ofNullable(options.format()).map(LogFormat::forInput);
            Filter filter = options.filter();
            LineFields fields = new LineFields();
            if (format.isEmpty()) {
                List<String> sample = new ArrayList<>();
                List<Boolean> sampleTooLong = new ArrayList<>();
                while (sample.size() < SAMPLE_LINES && lines.advance()) {
                    sample.add(lines.text());
                    sampleTooLong.add(lines.tooLong());
                }
                format = LogFormat.detect(sample).map(LogFormat::forInput);
                for (int i = 0; i < sample.size(); i++) {
                    byte[] bytes = sample.get(i).getBytes(StandardCharsets.UTF_8);
                    boolean read = !sampleTooLong.get(i)
                            && format.isPresent()
                            && format.get().read(bytes, 0, bytes.length, fields);
                    count(tally, read, fields, filter, input.name(), i + 1, sample.get(i));
                }
            }
            readRest(lines, format.orElse(null), input.name(), filter, fields, tally, progress);
            return new Read(input.name(), tally, format);
        }
    }

    /** Counts every line left in {@code lines}, read in {@code reading} (none: each line is unreadable). */
    private static void readRest(
            LineReader lines,
            LogFormat reading,
            String name,
            Filter filter,
            LineFields fields,
            Tally tally,
            Progress progress)
            throws IOException {
        while (lines.advance()) {
            progress.line(lines.lineNumber());
            boolean read = !lines.tooLong()
                    && reading != null
                    && reading.read(lines.bytes(), lines.from(), lines.to(), fields);
            if (read) {
                tally.add(fields, filter);
            } else if (fields.directive) {
                tally.directive();
            } else {
                // The text is made only for a line that is shown as unreadable: most lines never need a String.
                tally.unread(name, lines.lineNumber(), lines.text());
            }
        }
    }

    private static void count(
            Tally tally, boolean read, LineFields fields, Filter filter, String input, long number, String text) {
        if (read) {
            tally.add(fields, filter);
        } else if (fields.directive) {
            tally.directive();
        } else {
            tally.unread(input, number, text);
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
