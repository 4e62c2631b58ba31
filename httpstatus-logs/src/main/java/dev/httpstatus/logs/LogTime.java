package dev.httpstatus.logs;

import java.util.Arrays;

/**
 * The times access logs write, read by hand from the line's bytes: they are on every line, and a general date parser would cost more
 * than the rest of the line. Each reader returns {@link #INVALID} for anything it does not understand.
 */
final class LogTime {
    /** A time that could not be read. */
    static final long INVALID = Long.MIN_VALUE + 1;

    private static final String MONTHS = "JanFebMarAprMayJunJulAugSepOctNovDec";

    private LogTime() {}

    /**
     * The last minute {@link #common(byte[], int, int, LastMinute)} read, kept by one reader: a log writes the same
     * minute on thousands of lines in a row, so a line whose time repeats the last one's text up to the seconds,
     * and its zone, is read from its seconds alone. The minute's text is compared byte for byte, so any change
     * (a new minute, hour, day or zone, a line out of order) reads the whole time again.
     */
    static final class LastMinute {
        /** {@code 10/Oct/2000:13:55} and {@code -0700}, or no bytes before the first time. */
        private final byte[] minute = new byte[17];

        private final byte[] zone = new byte[5];
        private boolean known;
        /** The seconds since the epoch of the minute's start, and its zone's offset. */
        private long start;

        private int offset;
        /** The offset from UTC of the last time read. */
        int lastOffset;
    }

    /**
     * As {@link #common(byte[], int, int, int[])}, reusing {@code last}'s minute when the line repeats it; the
     * offset is left in {@code last.lastOffset}.
     */
    static long common(byte[] text, int from, int to, LastMinute last) {
        if (last.known
                && to - from == 26
                && Arrays.equals(text, from, from + 17, last.minute, 0, 17)
                && Arrays.equals(text, from + 21, to, last.zone, 0, 5)
                && at(text, from + 20) == ' ') {
            int second = colonDigits(text, from + 17);
            if (second >= 0 && second <= 60) {
                last.lastOffset = last.offset;
                return last.start + second;
            }
            return INVALID;
        }
        int[] offset = new int[1];
        long time = common(text, from, to, offset);
        if (time != INVALID) {
            System.arraycopy(text, from, last.minute, 0, 17);
            System.arraycopy(text, from + 21, last.zone, 0, 5);
            last.start = time - colonDigits(text, from + 17);
            last.offset = offset[0];
            last.known = true;
            last.lastOffset = offset[0];
        }
        return time;
    }

    /** The seconds since the epoch of Apache's and nginx's {@code 10/Oct/2000:13:55:36 -0700}. */
    static long common(byte[] text, int from, int to, int[] offset) {
        if (to - from != 26 || at(text, from + 2) != '/' || at(text, from + 6) != '/') {
            return INVALID;
        }
        int day = digits(text, from, 2);
        int month = month(text, from + 3);
        int year = digits(text, from + 7, 4);
        if (at(text, from + 11) != ':' || at(text, from + 20) != ' ') {
            return INVALID;
        }
        int hour = digits(text, from + 12, 2);
        int minute = colonDigits(text, from + 14);
        int second = colonDigits(text, from + 17);
        int zone = zone(text, from + 21, false);
        return assemble(year, month, day, hour, minute, second, zone, offset);
    }

    /** The seconds since the epoch of ISO 8601's {@code 2000-10-10T13:55:36-07:00}, with optional fractions. */
    static long iso(byte[] text, int from, int to, int[] offset) {
        if (to - from < 20 || at(text, from + 4) != '-' || at(text, from + 7) != '-') {
            return INVALID;
        }
        char t = at(text, from + 10);
        if (t != 'T' && t != ' ') {
            return INVALID;
        }
        int year = digits(text, from, 4);
        int month = digits(text, from + 5, 2);
        int day = digits(text, from + 8, 2);
        int hour = digits(text, from + 11, 2);
        int minute = colonDigits(text, from + 13);
        int second = colonDigits(text, from + 16);
        int at = from + 19;
        if (at < to && at(text, at) == '.') {
            at++;
            while (at < to && at(text, at) >= '0' && at(text, at) <= '9') {
                at++;
            }
        }
        int zone;
        if (at < to && at(text, at) == 'Z' && at + 1 == to) {
            zone = 0;
        } else if (to - at == 6) {
            zone = zone(text, at, true);
        } else {
            return INVALID;
        }
        return assemble(year, month, day, hour, minute, second, zone, offset);
    }

    /** The whole seconds of a number of seconds since the epoch, such as nginx's $msec or Caddy's {@code ts}. */
    static long epoch(byte[] text, int from, int to) {
        int end = from;
        while (end < to && text[end] != '.') {
            end++;
        }
        if (end == from || end - from > 12) {
            return INVALID;
        }
        long seconds = 0;
        for (int i = from; i < end; i++) {
            char c = at(text, i);
            if (c < '0' || c > '9') {
                return INVALID;
            }
            seconds = seconds * 10 + (c - '0');
        }
        return seconds;
    }

    private static long assemble(
            int year, int month, int day, int hour, int minute, int second, int zone, int[] offset) {
        if (year < 0
                || month < 1
                || day < 1
                || day > 31
                || hour < 0
                || hour > 23
                || minute < 0
                || minute > 59
                || second < 0
                || second > 60
                || zone == Integer.MIN_VALUE) {
            return INVALID;
        }
        offset[0] = zone;
        return daysFromCivil(year, month, day) * 86_400L + hour * 3600L + minute * 60L + second - zone;
    }

    /** Howard Hinnant's days_from_civil: the day number of a proleptic Gregorian date. */
    static long daysFromCivil(int year, int month, int day) {
        int y = month <= 2 ? year - 1 : year;
        int era = (y >= 0 ? y : y - 399) / 400;
        int yearOfEra = y - era * 400;
        int dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
        int dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
        return era * 146_097L + dayOfEra - 719_468L;
    }

    private static int zone(byte[] text, int at, boolean colon) {
        char sign = at(text, at);
        if (sign != '+' && sign != '-') {
            return Integer.MIN_VALUE;
        }
        int hours = digits(text, at + 1, 2);
        int minutes;
        if (colon) {
            minutes = colonDigits(text, at + 3);
        } else {
            minutes = digits(text, at + 3, 2);
        }
        if (hours < 0 || minutes < 0 || hours > 18 || minutes > 59) {
            return Integer.MIN_VALUE;
        }
        int seconds = hours * 3600 + minutes * 60;
        return sign == '-' ? -seconds : seconds;
    }

    private static int month(byte[] text, int at) {
        for (int m = 0; m < 12; m++) {
            if (text[at] == MONTHS.charAt(m * 3)
                    && text[at + 1] == MONTHS.charAt(m * 3 + 1)
                    && text[at + 2] == MONTHS.charAt(m * 3 + 2)) {
                return m + 1;
            }
        }
        return -1;
    }

    private static char at(byte[] text, int index) {
        return (char) (text[index] & 0xff);
    }

    /** The two digits after a colon at {@code at}, or -1. */
    private static int colonDigits(byte[] text, int at) {
        return at(text, at) == ':' ? digits(text, at + 1, 2) : -1;
    }

    /** The number written in {@code count} digits at {@code at}, or a negative number when one is not a digit. */
    private static int digits(byte[] text, int at, int count) {
        int value = 0;
        for (int i = at; i < at + count; i++) {
            char c = at(text, i);
            if (c < '0' || c > '9') {
                return -100_000;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
