package dev.httpstatus.server.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The {@code bytes=} ranges of a Range header (RFC 9110 §14.1.2), as far as they lie within a resource. */
final class ByteRanges {
    /** The bytes {@code first} to {@code last}, both included. */
    record Span(long first, long last) {
        long length() {
            return last - first + 1;
        }

        /** The Content-Range of this span of a resource of {@code length} bytes. */
        String contentRange(long length) {
            return "bytes " + first + "-" + last + "/" + length;
        }
    }

    private ByteRanges() {}

    /**
     * The satisfiable spans of a {@code bytes=} header: empty when the header is not one this server reads (then it
     * is ignored, as RFC 9110 allows), an empty list when none is satisfiable.
     */
    static Optional<List<Span>> parse(String header, long length) {
        String value = header.strip();
        if (!value.startsWith("bytes=")) {
            return Optional.empty();
        }
        List<Span> spans = new ArrayList<>();
        for (String item : value.substring(6).split(",")) {
            String spec = item.strip();
            if (!spec.matches("\\d{0,18}-\\d{0,18}") || spec.equals("-")) {
                return Optional.empty();
            }
            int dash = spec.indexOf('-');
            String from = spec.substring(0, dash);
            String to = spec.substring(dash + 1);
            if (from.isEmpty()) {
                long suffix = Long.parseLong(to);
                if (suffix > 0 && length > 0) {
                    spans.add(new Span(Math.max(0, length - suffix), length - 1));
                }
            } else {
                long first = Long.parseLong(from);
                if (!to.isEmpty() && Long.parseLong(to) < first) {
                    return Optional.empty();
                }
                long last = to.isEmpty() ? length - 1 : Math.min(Long.parseLong(to), length - 1);
                if (first < length) {
                    spans.add(new Span(first, last));
                }
            }
        }
        return Optional.of(spans);
    }
}
