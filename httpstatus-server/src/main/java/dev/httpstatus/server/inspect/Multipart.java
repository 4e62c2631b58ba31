package dev.httpstatus.server.inspect;

import dev.httpstatus.server.exchange.Problem;
import io.netty.buffer.ByteBuf;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * multipart/form-data content (RFC 7578) split into its fields and files, as Go's mime/multipart splits it: lines
 * before the first boundary are skipped, a boundary line may end in blanks, lines may end in CRLF or, when the first
 * boundary line does, in LF alone, and nothing after the closing boundary is read. A part without a form-data
 * Content-Disposition naming it is left out; one whose disposition has a filename is a file. The parts are slices
 * of the content, never copies.
 */
final class Multipart {
    private static final byte[] CRLF = {'\r', '\n'};
    private static final byte[] LF = {'\n'};

    /** The fields and the files of multipart content, by name, in the order they came. */
    record Parts(Map<String, List<ByteBuf>> form, Map<String, List<ByteBuf>> files) {}

    private final ByteBuf content;
    private final String boundary;
    private final byte[] dashBoundary;
    private final int end;
    private final Parts parts = new Parts(new LinkedHashMap<>(), new LinkedHashMap<>());
    private byte[] newline = CRLF;
    private int position;
    private int count;
    private int nameBytes;

    private Multipart(ByteBuf content, String boundary) {
        this.content = content;
        this.boundary = boundary;
        this.dashBoundary = ("--" + boundary).getBytes(StandardCharsets.UTF_8);
        this.end = content.writerIndex();
        this.position = content.readerIndex();
    }

    /**
     * The parts of {@code content}, delimited by {@code boundary}.
     *
     * @throws Problem 400 when the content never reaches a boundary, ends before its closing one, has a malformed
     *     header line or boundary line, or more parts or longer names than {@link BodyParser} allows
     */
    static Parts parse(ByteBuf content, String boundary) {
        Multipart multipart = new Multipart(content, boundary);
        boolean more = multipart.skipPreamble();
        while (more) {
            more = multipart.part();
        }
        return multipart.parts;
    }

    /** Skips the lines before the first boundary; false when that is already the closing one. */
    private boolean skipPreamble() {
        while (true) {
            int eol = content.indexOf(position, end, (byte) '\n');
            int lineEnd = eol < 0 ? end : eol;
            if (startsWith(position, dashBoundary)) {
                int after = position + dashBoundary.length;
                if (isClosing(after, lineEnd)) {
                    return false;
                }
                if (eol >= 0 && isBlank(after, eol)) {
                    newline = eol > after && content.getByte(eol - 1) == '\r' ? CRLF : LF;
                    position = eol + 1;
                    return true;
                }
            }
            if (eol < 0) {
                throw Problem.badRequest("echo.multipartNoBoundary", boundary);
            }
            position = eol + 1;
        }
    }

    /** Reads the part at the position and the boundary line after it; false when that was the closing one. */
    private boolean part() {
        PartHeaders headers = PartHeaders.read(content, position, end, boundary);
        nameBytes += headers.disposition().length();
        BodyParser.checkBudget(++count, nameBytes);
        int delimiter = delimiter(headers.next());
        keep(headers.disposition(), content.slice(headers.next(), delimiter - headers.next()));
        int after = delimiter == headers.next() && startsWith(delimiter, dashBoundary)
                ? delimiter + dashBoundary.length
                : delimiter + newline.length + dashBoundary.length;
        return nextLine(after);
    }

    /** Keeps a part as a field or a file, by its Content-Disposition; one that names no field is left out. */
    private void keep(String disposition, ByteBuf body) {
        HeaderValue value = HeaderValue.parse(disposition).orElse(null);
        if (value == null || !value.type().equals("form-data")) {
            return;
        }
        String name = value.parameters().getOrDefault("name", "");
        boolean file = !value.parameters().getOrDefault("filename", "").isEmpty()
                || !value.parameters().getOrDefault("filename*", "").isEmpty();
        if (!name.isEmpty()) {
            (file ? parts.files() : parts.form())
                    .computeIfAbsent(name, n -> new ArrayList<>(1))
                    .add(body);
        }
    }

    /**
     * Where the part that starts at {@code from} ends: at the newline before the next boundary, or at {@code from}
     * itself when the part is empty and the boundary follows its blank line at once.
     */
    private int delimiter(int from) {
        if (startsWith(from, dashBoundary) && endsBoundary(from + dashBoundary.length)) {
            return from;
        }
        int search = from;
        while (true) {
            int lf = content.indexOf(search, end, (byte) '\n');
            if (lf < 0) {
                throw Problem.badRequest("echo.multipartUnfinished", boundary);
            }
            int start = lf + 1 - newline.length;
            if (start >= from
                    && (newline == LF || content.getByte(start) == '\r')
                    && startsWith(lf + 1, dashBoundary)
                    && endsBoundary(lf + 1 + dashBoundary.length)) {
                return start;
            }
            search = lf + 1;
        }
    }

    /**
     * Whether what follows {@code --boundary} at {@code at} makes it a boundary rather than content that starts
     * alike: the end, a blank, a line end, or the two dashes of the closing boundary.
     */
    private boolean endsBoundary(int at) {
        if (at >= end) {
            return true;
        }
        byte b = content.getByte(at);
        return b == ' '
                || b == '\t'
                || b == '\r'
                || b == '\n'
                || (b == '-' && at + 1 < end && content.getByte(at + 1) == '-');
    }

    /** Reads the rest of a boundary line from {@code at}; false when it closes the content. */
    private boolean nextLine(int at) {
        int eol = content.indexOf(at, end, (byte) '\n');
        int lineEnd = eol < 0 ? end : eol;
        if (isClosing(at, lineEnd)) {
            return false;
        }
        if (eol < 0) {
            throw Problem.badRequest("echo.multipartUnfinished", boundary);
        }
        if (!isBlank(at, eol)) {
            throw Problem.badRequest("echo.multipartBoundaryLine", boundary);
        }
        position = eol + 1;
        return true;
    }

    /** Whether the line from {@code at} to {@code lineEnd} is "--" and blanks: the rest of the closing boundary. */
    private boolean isClosing(int at, int lineEnd) {
        return at + 1 < end && content.getByte(at) == '-' && content.getByte(at + 1) == '-' && isBlank(at + 2, lineEnd);
    }

    /** Whether the bytes from {@code from} to {@code to} are spaces and tabs, with perhaps a CR last. */
    private boolean isBlank(int from, int to) {
        for (int i = from; i < to; i++) {
            byte b = content.getByte(i);
            if (b != ' ' && b != '\t' && !(b == '\r' && i == to - 1)) {
                return false;
            }
        }
        return true;
    }

    private boolean startsWith(int at, byte[] prefix) {
        if (at + prefix.length > end) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content.getByte(at + i) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
