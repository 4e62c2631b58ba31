package dev.httpstatus.server.config;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads sizes in bytes: 512, 8k, 8KiB, 10m, 10MiB. */
final class Sizes {
    private static final Pattern SIZE = Pattern.compile("(\\d{1,10})\\s*(k|kb|kib|m|mb|mib)?");

    private Sizes() {}

    /**
     * The number of bytes {@code text} names (k and m count 1024s).
     *
     * @throws IllegalArgumentException when it is not a size or does not fit in an int
     */
    public static int parse(String text) {
        Matcher m = SIZE.matcher(text.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException("\"" + text + "\" is not a size: write 512, 8k or 10m");
        }
        long bytes = Long.parseLong(m.group(1))
                * (m.group(2) == null ? 1 : m.group(2).startsWith("k") ? 1024 : 1 << 20);
        if (bytes > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("\"" + text + "\" is larger than 2 GiB");
        }
        return (int) bytes;
    }
}
