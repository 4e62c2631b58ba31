package dev.httpstatus.logs;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * One input of a report: a file (gzip-compressed when its name ends in {@code .gz}) or a stream such as standard
 * input.
 *
 * @param name how the report names it: the path as given, or {@code -} for standard input
 * @param opener opens it
 * @param plainFile the file, when it is an uncompressed one that can be read in parts at once; else null
 */
public record LogInput(String name, Opener opener, Path plainFile) {

    /** Opens an input's bytes. */
    @FunctionalInterface
    public interface Opener {
        InputStream open() throws IOException;
    }

    /** The file at {@code path}, decompressed if its name ends in {@code .gz}. */
    public static LogInput file(Path path) {
        boolean gzip = path.getFileName().toString().endsWith(".gz");
        return new LogInput(
                path.toString(),
                () -> {
                    InputStream in = Files.newInputStream(path);
                    return gzip ? new GZIPInputStream(in, 64 * 1024) : in;
                },
                gzip ? null : path);
    }

    /** A stream that is already open, such as standard input, under {@code name}. */
    public static LogInput stream(String name, InputStream in) {
        return new LogInput(name, () -> in, null);
    }
}
