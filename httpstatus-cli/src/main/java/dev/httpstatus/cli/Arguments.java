package dev.httpstatus.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The arguments as they were typed. The JVM decodes its arguments in the charset of the C library's locale, and
 * where that locale is not installed (the default in containers and CI images), or is unset or POSIX, the charset
 * is ASCII: each byte of {@code 网关} reaches {@code main} as U+FFFD, and a Chinese search finds nothing. On Linux
 * the bytes as typed are still in {@code /proc/self/cmdline}; an argument that lost characters is read again from
 * there, as UTF-8, the encoding of every terminal that can type Chinese today.
 */
final class Arguments {
    private static final char LOST = '\uFFFD';
    private static final Path COMMAND_LINE = Path.of("/proc/self/cmdline");

    private Arguments() {}

    /** {@code args} with any argument that lost characters in decoding read again as typed, where it can be. */
    static String[] asTyped(String[] args) {
        for (String arg : args) {
            if (arg.indexOf(LOST) >= 0) {
                return fromCommandLine(args, COMMAND_LINE);
            }
        }
        return args;
    }

    /**
     * {@code args} read again from {@code commandLine}, NUL-separated bytes whose last entries are the arguments;
     * {@code args} unchanged when the file cannot be read, its entries are not UTF-8, or they do not agree with
     * {@code args} in every character that survived.
     */
    static String[] fromCommandLine(String[] args, Path commandLine) {
        List<byte[]> entries;
        try {
            entries = entries(Files.readAllBytes(commandLine));
        } catch (IOException | SecurityException unreadable) {
            return args;
        }
        if (entries.size() < args.length) {
            return args;
        }
        String[] typed = new String[args.length];
        for (int i = 0; i < args.length; i++) {
            byte[] raw = entries.get(entries.size() - args.length + i);
            try {
                typed[i] = StandardCharsets.UTF_8
                        .newDecoder()
                        .decode(ByteBuffer.wrap(raw))
                        .toString();
            } catch (CharacterCodingException notUtf8) {
                return args;
            }
            if (!survivors(typed[i]).equals(survivors(args[i]))) {
                return args;
            }
        }
        return typed;
    }

    /** The characters that decode the same in ASCII and UTF-8: what both readings of an argument must share. */
    private static String survivors(String arg) {
        return arg.codePoints()
                .filter(c -> c < 0x80)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
    }

    private static List<byte[]> entries(byte[] bytes) {
        List<byte[]> entries = new ArrayList<>();
        ByteArrayOutputStream entry = new ByteArrayOutputStream();
        for (byte b : bytes) {
            if (b == 0) {
                entries.add(entry.toByteArray());
                entry.reset();
            } else {
                entry.write(b);
            }
        }
        if (entry.size() > 0) {
            entries.add(entry.toByteArray());
        }
        return entries;
    }
}
