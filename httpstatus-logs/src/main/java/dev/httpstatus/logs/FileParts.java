package dev.httpstatus.logs;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/** A large file cut into parts that end at line ends, so that each core can read one part. */
final class FileParts {
    private FileParts() {}

    /**
     * The parts of {@code file} as {@code [from, to)} byte ranges: {@code count} of about equal size, each at least
     * {@code minimum} bytes, each ending just after a LF (or at the end of the file). One part for a small file.
     */
    static List<long[]> of(Path file, int count, long minimum) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            int parts = (int) Math.max(1, Math.min(count, size / Math.max(1, minimum)));
            List<long[]> ranges = new ArrayList<>();
            long from = 0;
            for (int i = 1; i < parts && from < size; i++) {
                long to = lineEndAfter(channel, Math.max(from, size * i / parts), size);
                if (to > from && to < size) {
                    ranges.add(new long[] {from, to});
                    from = to;
                }
            }
            ranges.add(new long[] {from, size});
            return ranges;
        }
    }

    /** The position just after the first LF at or after {@code at}, or {@code size}. */
    private static long lineEndAfter(FileChannel channel, long at, long size) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(64 * 1024);
        long position = at;
        while (position < size) {
            buffer.clear();
            int read = channel.read(buffer, position);
            if (read <= 0) {
                break;
            }
            for (int i = 0; i < read; i++) {
                if (buffer.get(i) == '\n') {
                    return position + i + 1;
                }
            }
            position += read;
        }
        return size;
    }

    /** The bytes of {@code file} in {@code [from, to)}. */
    static InputStream open(Path file, long from, long to) throws IOException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
        channel.position(from);
        InputStream in = Channels.newInputStream(channel);
        return new InputStream() {
            private long left = to - from;

            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] bytes, int offset, int length) throws IOException {
                if (left <= 0) {
                    return -1;
                }
                int read = in.read(bytes, offset, (int) Math.min(length, left));
                if (read > 0) {
                    left -= read;
                }
                return read;
            }

            @Override
            public void close() throws IOException {
                in.close();
            }
        };
    }
}
