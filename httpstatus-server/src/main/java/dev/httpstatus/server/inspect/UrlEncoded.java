package dev.httpstatus.server.inspect;

import dev.httpstatus.server.exchange.Problem;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Text in application/x-www-form-urlencoded, a query or form content, read as Go's net/url reads it, since
 * go-httpbin's answers are the ones to match: fields separated by "&amp;", each split at its first "=", "+" for a
 * space and "%" with two hex digits for a byte. A field with a semicolon or a malformed escape is flawed: a query
 * leaves it out, form content is refused for it.
 *
 * <p>Names are decoded at once, since fields of one name are gathered; values stay slices of the text, still
 * encoded, and are decoded as they are written ({@link #decode}, {@link #decoding}), so that a large value is
 * never copied onto the heap.
 */
final class UrlEncoded {
    private UrlEncoded() {}

    /** The fields of a raw query, flawed ones left out: values still encoded, by decoded name. */
    static Map<String, List<ByteBuf>> query(String rawQuery) {
        Map<String, List<ByteBuf>> fields = new LinkedHashMap<>();
        if (!rawQuery.isEmpty()) {
            parse(Unpooled.wrappedBuffer(rawQuery.getBytes(StandardCharsets.UTF_8)), fields, false);
        }
        return fields;
    }

    /**
     * The fields of form content: values still encoded (slices of {@code content}), by decoded name.
     *
     * @throws Problem 400 for the first flawed field, or for more fields or longer names than {@link BodyParser}
     *     allows
     */
    static Map<String, List<ByteBuf>> form(ByteBuf content) {
        Map<String, List<ByteBuf>> fields = new LinkedHashMap<>();
        parse(content, fields, true);
        return fields;
    }

    private static void parse(ByteBuf text, Map<String, List<ByteBuf>> fields, boolean strict) {
        FieldBudget budget = new FieldBudget(strict);
        int end = text.writerIndex();
        int start = text.readerIndex();
        while (start <= end && budget.hasRoom()) {
            int amp = text.indexOf(start, end, (byte) '&');
            int stop = amp < 0 ? end : amp;
            if (stop > start) {
                field(text, start, stop, fields, budget);
            }
            start = stop + 1;
        }
    }

    private static void field(
            ByteBuf text, int start, int stop, Map<String, List<ByteBuf>> fields, FieldBudget budget) {
        Optional<Problem> flaw = flaw(text, start, stop);
        if (flaw.isPresent()) {
            if (budget.strict()) {
                throw flaw.get();
            }
            return;
        }
        int equals = text.indexOf(start, stop, (byte) '=');
        int nameEnd = equals < 0 ? stop : equals;
        budget.take(nameEnd - start);
        ByteBuf value = equals < 0 ? Unpooled.EMPTY_BUFFER : text.slice(equals + 1, stop - equals - 1);
        fields.computeIfAbsent(decode(text.slice(start, nameEnd - start)), name -> new ArrayList<>(1))
                .add(value);
    }

    /** What is wrong with the field in {@code text} from {@code start} to {@code stop}, if anything. */
    private static Optional<Problem> flaw(ByteBuf text, int start, int stop) {
        for (int i = start; i < stop; i++) {
            byte b = text.getByte(i);
            if (b == ';') {
                return Optional.of(Problem.badRequest("echo.formSemicolon", excerpt(text, start, stop)));
            }
            if (b == '%' && (i + 2 >= stop || hex(text.getByte(i + 1)) < 0 || hex(text.getByte(i + 2)) < 0)) {
                return Optional.of(Problem.badRequest("echo.formEscape", excerpt(text, i, Math.min(stop, i + 3))));
            }
        }
        return Optional.empty();
    }

    /** The text from {@code start} to {@code stop}, cut short for a message. */
    private static String excerpt(ByteBuf text, int start, int stop) {
        int length = Math.min(stop - start, 40);
        return text.toString(start, length, StandardCharsets.UTF_8) + (length < stop - start ? "…" : "");
    }

    /** {@code encoded}, a name or value found well-formed, decoded into text. */
    static String decode(ByteBuf encoded) {
        int start = encoded.readerIndex();
        int end = encoded.writerIndex();
        if (encoded.indexOf(start, end, (byte) '%') < 0 && encoded.indexOf(start, end, (byte) '+') < 0) {
            return encoded.toString(StandardCharsets.UTF_8);
        }
        byte[] bytes = new byte[end - start];
        int length = 0;
        for (int i = start; i < end; i++) {
            byte b = encoded.getByte(i);
            if (b == '%') {
                b = (byte) (hex(encoded.getByte(i + 1)) << 4 | hex(encoded.getByte(i + 2)));
                i += 2;
            } else if (b == '+') {
                b = ' ';
            }
            bytes[length++] = b;
        }
        return new String(bytes, 0, length, StandardCharsets.UTF_8);
    }

    /** The bytes {@code encoded}, a value found well-formed, stands for, read as they are decoded. */
    static InputStream decoding(ByteBuf encoded) {
        ByteBuf source = encoded.duplicate();
        return new InputStream() {
            @Override
            public int read() {
                if (!source.isReadable()) {
                    return -1;
                }
                byte b = source.readByte();
                if (b == '%') {
                    return hex(source.readByte()) << 4 | hex(source.readByte());
                }
                return b == '+' ? ' ' : b & 0xff;
            }
        };
    }

    /** The value of a hex digit, or -1. */
    private static int hex(byte b) {
        return Character.digit(b, 16);
    }

    /** How many fields and how many bytes of names are left; form content that goes over is refused. */
    private static final class FieldBudget {
        private final boolean strict;
        private int fields;
        private int nameBytes;

        FieldBudget(boolean strict) {
            this.strict = strict;
        }

        boolean strict() {
            return strict;
        }

        boolean hasRoom() {
            return fields < BodyParser.MAX_FIELDS || strict;
        }

        void take(int nameLength) {
            fields++;
            nameBytes += nameLength;
            if (strict) {
                BodyParser.checkBudget(fields, nameBytes);
            }
        }
    }
}
