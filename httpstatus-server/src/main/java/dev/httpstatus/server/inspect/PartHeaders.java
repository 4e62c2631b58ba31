package dev.httpstatus.server.inspect;

import dev.httpstatus.server.exchange.Problem;
import io.netty.buffer.ByteBuf;
import java.nio.charset.StandardCharsets;

/**
 * The header section of a part of multipart content, checked line by line as Go's textproto reads it: each line a
 * name, a colon and a value, a line starting with a blank continuing the one before, a blank line ending them. Only
 * the Content-Disposition is kept, as text; the other headers are checked and passed over.
 *
 * @param disposition the Content-Disposition, empty when the part has none
 * @param next where the part's content starts, after the blank line
 */
record PartHeaders(String disposition, int next) {
    private static final String DISPOSITION = "content-disposition";

    /**
     * Reads the header section that starts at {@code from}.
     *
     * @throws Problem 400 when a line is malformed, or when the content ends first
     */
    static PartHeaders read(ByteBuf content, int from, int end, String boundary) {
        StringBuilder disposition = new StringBuilder();
        boolean inDisposition = false;
        int position = from;
        while (true) {
            int eol = content.indexOf(position, end, (byte) '\n');
            if (eol < 0) {
                throw Problem.badRequest("echo.multipartUnfinished", boundary);
            }
            int lineEnd = eol > position && content.getByte(eol - 1) == '\r' ? eol - 1 : eol;
            if (lineEnd == position) {
                return new PartHeaders(disposition.toString().strip(), eol + 1);
            }
            byte first = content.getByte(position);
            if (first == ' ' || first == '\t') {
                if (position == from) {
                    throw malformed(content, position, lineEnd);
                }
                if (inDisposition) {
                    append(disposition, content, position, lineEnd);
                }
            } else {
                int colon = nameEnd(content, position, lineEnd);
                inDisposition = isDisposition(content, position, colon) && disposition.length() == 0;
                if (inDisposition) {
                    append(disposition, content, colon + 1, lineEnd);
                }
            }
            position = eol + 1;
        }
    }

    /** Where the name of the header line ends, at its colon; a line without one, or with a bad name, is malformed. */
    private static int nameEnd(ByteBuf content, int start, int lineEnd) {
        int colon = content.indexOf(start, lineEnd, (byte) ':');
        if (colon <= start) {
            throw malformed(content, start, lineEnd);
        }
        for (int i = start; i < colon; i++) {
            byte b = content.getByte(i);
            if (b <= ' ' || b >= 0x7f) {
                throw malformed(content, start, lineEnd);
            }
        }
        return colon;
    }

    private static boolean isDisposition(ByteBuf content, int start, int colon) {
        return colon - start == DISPOSITION.length()
                && content.toString(start, colon - start, StandardCharsets.US_ASCII)
                        .equalsIgnoreCase(DISPOSITION);
    }

    /**
     * Adds a line of the disposition, or refuses it when the disposition would be longer than all names together
     * may be: it is refused before it is read into text.
     */
    private static void append(StringBuilder disposition, ByteBuf content, int start, int stop) {
        if (disposition.length() + stop - start > BodyParser.MAX_NAME_BYTES) {
            throw Problem.badRequest("echo.namesTooLong", BodyParser.MAX_NAME_BYTES);
        }
        String line = text(content, start, stop).strip();
        disposition.append(disposition.length() == 0 ? "" : " ").append(line);
    }

    private static Problem malformed(ByteBuf content, int start, int lineEnd) {
        int length = Math.min(lineEnd - start, 60);
        return Problem.badRequest("echo.multipartHeader", text(content, start, start + length));
    }

    private static String text(ByteBuf content, int start, int stop) {
        return content.toString(start, stop - start, StandardCharsets.UTF_8);
    }
}
