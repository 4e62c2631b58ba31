package dev.httpstatus.logs;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A growing log read as it grows, like {@code tail -f}: each {@link #poll} counts the whole lines appended since
 * the last, into one tally from the start of the file. When the file shrinks (truncated, as by {@code copytruncate})
 * or is another file under the same name (rotated: its identity, the inode, changed), the new file is read from
 * its beginning and its lines are added to the counts. A line still being written (no LF yet) waits for the next
 * poll. Not thread-safe: one thread polls.
 */
public final class LogFollower {
    private final Path file;
    private final LogAnalysis.Options options;
    private final Tally tally = new Tally();
    private final LineFields fields = new LineFields();
    private LogFormat format;
    private boolean detected;
    private Object identity;
    private long position;
    private long lineNumber;
    private int restarts;

    /** Follows {@code file} with {@code options} (a null format is detected from the first lines). */
    public LogFollower(Path file, LogAnalysis.Options options) {
        this.file = Objects.requireNonNull(file);
        this.options = Objects.requireNonNull(options);
        this.format = options.format() == null ? null : options.format().forInput();
        this.detected = options.format() != null;
    }

    /**
     * Counts the whole lines appended since the last poll; true when there were any. A file that is missing for a
     * moment (between a rotation's rename and the new file's creation) is no error: nothing is read until it is back.
     *
     * @throws IOException when the file cannot be read
     */
    public boolean poll() throws IOException {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            return false;
        }
        Object key = attributes.fileKey();
        if ((identity != null && key != null && !identity.equals(key)) || attributes.size() < position) {
            // Rotated or truncated: what is there now is a new log, read from its first byte.
            position = 0;
            lineNumber = 0;
            restarts++;
            if (format != null) {
                format = format.forInput();
            }
        }
        identity = key;
        long end;
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            end = lastLineEnd(channel, position, channel.size());
        } catch (NoSuchFileException e) {
            return false;
        }
        if (end <= position) {
            return false;
        }
        if (!detected) {
            detect(end);
        }
        try (InputStream in = FileParts.open(file, position, end)) {
            read(in);
        }
        position = end;
        return true;
    }

    /** The format from the first lines, once there are some (all of them, when fewer than detection looks at). */
    private void detect(long end) throws IOException {
        try (InputStream in = FileParts.open(file, 0, end)) {
            LineReader lines = new LineReader(in);
            List<String> sample = new ArrayList<>();
            while (sample.size() < LogAnalysis.SAMPLE_LINES && lines.advance()) {
                sample.add(lines.text());
            }
            format = LogFormat.detect(sample).map(LogFormat::forInput).orElse(null);
        }
        detected = true;
    }

    private void read(InputStream in) throws IOException {
        LineReader lines = new LineReader(in);
        String name = file.toString();
        while (lines.advance()) {
            lineNumber++;
            boolean read =
                    !lines.tooLong() && format != null && format.read(lines.bytes(), lines.from(), lines.to(), fields);
            if (read) {
                tally.add(fields, options.filter());
            } else if (fields.directive) {
                tally.directive();
            } else {
                tally.unread(name, lineNumber, lines.text());
            }
        }
    }

    /** The position just after the last LF in {@code [from, size)}, or {@code from} when there is none. */
    private static long lastLineEnd(FileChannel channel, long from, long size) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(64 * 1024);
        long end = size;
        while (end > from) {
            long start = Math.max(from, end - buffer.capacity());
            buffer.clear().limit((int) (end - start));
            int read = channel.read(buffer, start);
            if (read <= 0) {
                break;
            }
            for (int i = read - 1; i >= 0; i--) {
                if (buffer.get(i) == '\n') {
                    return start + i + 1;
                }
            }
            end = start;
        }
        return from;
    }

    /** The report of every line counted so far, in all the files that had the name. */
    public LogAnalysis.Result result() {
        Map<String, Optional<LogFormat>> formats = new LinkedHashMap<>();
        formats.put(file.toString(), Optional.ofNullable(format));
        return new LogAnalysis.Result(tally.report(options.bucketSeconds(), options.top()), formats);
    }

    /** How many times the file was truncated or replaced while followed. */
    public int restarts() {
        return restarts;
    }
}
