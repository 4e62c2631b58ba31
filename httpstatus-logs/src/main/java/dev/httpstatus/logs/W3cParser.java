package dev.httpstatus.logs;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * W3C extended log files (IIS) and AWS CloudFront's standard logs: the {@code #Fields:} directive names the fields
 * in order, so the layout is read from the file itself, and a later {@code #Fields:} line changes it (IIS starts a
 * new header when its configuration changes). Until a file names its fields, the product's default layout is
 * assumed, so that a part of a file or a log whose header was cut off can still be read.
 *
 * <p>One parser holds one file's layout: it has state, so each input gets its own ({@link LogFormat#forInput}).
 * Date and time are separate fields, in UTC as the W3C draft and CloudFront write them.
 */
final class W3cParser {
    /** IIS's default fields (IIS 8.5 and later, W3C format with the default selection). */
    static final String IIS_FIELDS = "date time s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip"
            + " cs(User-Agent) cs(Referer) sc-status sc-substatus sc-win32-status time-taken";

    /** CloudFront's standard log fields, as its documentation lists them (the first 26 are present in older logs). */
    static final String CLOUDFRONT_FIELDS = "date time x-edge-location sc-bytes c-ip cs-method cs(Host) cs-uri-stem"
            + " sc-status cs(Referer) cs(User-Agent) cs-uri-query cs(Cookie) x-edge-result-type x-edge-request-id"
            + " x-host-header cs-protocol cs-bytes time-taken x-forwarded-for ssl-protocol ssl-cipher"
            + " x-edge-response-result-type cs-protocol-version fle-status fle-encrypted-fields";

    private final byte separator;
    private final String defaultFields;
    private Layout layout;

    /** Where the fields the report reads are; -1 for a field the file does not have. */
    private record Layout(
            int count,
            boolean declared,
            int date,
            int time,
            int status,
            int client,
            int method,
            int stem,
            int query,
            int uri,
            int referrer,
            int host,
            int needed) {

        static Layout of(String fields, boolean declared) {
            List<String> names = Arrays.asList(fields.trim().split("\\s+"));
            int host = index(names, "x-host-header");
            if (host < 0) {
                host = index(names, "cs-host");
            }
            if (host < 0) {
                host = index(names, "cs(host)");
            }
            int date = index(names, "date");
            int time = index(names, "time");
            int status = index(names, "sc-status");
            int client = index(names, "c-ip");
            int method = index(names, "cs-method");
            int stem = index(names, "cs-uri-stem");
            int query = index(names, "cs-uri-query");
            int uri = index(names, "cs-uri");
            int referrer = index(names, "cs(referer)");
            // The fields a line must have for every one read from it to be there.
            int needed = 1
                    + IntStream.of(date, time, status, client, method, stem, query, uri, referrer, host)
                            .max()
                            .orElseThrow();
            return new Layout(
                    names.size(),
                    declared,
                    date,
                    time,
                    status,
                    client,
                    method,
                    stem,
                    query,
                    uri,
                    referrer,
                    host,
                    needed);
        }

        private static int index(List<String> names, String name) {
            for (int i = 0; i < names.size(); i++) {
                if (names.get(i).equalsIgnoreCase(name)) {
                    return i;
                }
            }
            return -1;
        }
    }

    /**
     * @param separator the byte between fields: a space for IIS, a tab for CloudFront
     * @param defaultFields the layout assumed until a {@code #Fields:} directive names one
     */
    W3cParser(char separator, String defaultFields) {
        this.separator = (byte) separator;
        this.defaultFields = defaultFields;
        this.layout = Layout.of(defaultFields, false);
    }

    /** A parser in the same product's default layout, for another input. */
    W3cParser fresh() {
        return new W3cParser((char) separator, defaultFields);
    }

    /**
     * Whether the line is a directive ({@code #Version:}, {@code #Fields:}...): not a request, and not unreadable
     * either. A {@code #Fields:} directive sets the layout of the lines after it.
     */
    boolean directive(String line) {
        if (!line.startsWith("#")) {
            return false;
        }
        if (line.regionMatches(true, 0, "#Fields:", 0, 8)) {
            Layout declared = Layout.of(line.substring(8), true);
            if (declared.status >= 0 && declared.date >= 0 && declared.time >= 0) {
                layout = declared;
            }
        }
        return true;
    }

    /** The request on a data line, or null when it does not have the layout in force. */
    Request parse(String line) {
        if (line.isEmpty() || line.startsWith("#")) {
            return null;
        }
        List<String> fields = split(line);
        Layout l = layout;
        if (l.declared ? fields.size() != l.count : fields.size() < l.needed) {
            return null;
        }
        int status = status(fields.get(l.status));
        if (status < 0) {
            return null;
        }
        long time = time(fields.get(l.date), fields.get(l.time));
        if (time == LogTime.INVALID) {
            return null;
        }
        return new Request(
                field(fields, l.client),
                host(field(fields, l.host)),
                time,
                0,
                field(fields, l.method),
                target(fields, l),
                status,
                decoded(field(fields, l.referrer)));
    }

    private List<String> split(String line) {
        List<String> fields = new ArrayList<>(32);
        int from = 0;
        char sep = (char) separator;
        for (int i = 0; i <= line.length(); i++) {
            if (i == line.length() || line.charAt(i) == sep) {
                fields.add(line.substring(from, i));
                from = i + 1;
            }
        }
        return fields;
    }

    /** A field's text, empty for W3C's "-" (no value) or a field the file lacks. */
    private static String field(List<String> fields, int index) {
        if (index < 0) {
            return "";
        }
        String value = fields.get(index);
        return value.equals("-") ? "" : value;
    }

    private static String host(String host) {
        int colon = host.lastIndexOf(':');
        return colon > 0 && host.indexOf(':') == colon ? host.substring(0, colon) : host;
    }

    private static String target(List<String> fields, Layout l) {
        if (l.stem < 0) {
            return field(fields, l.uri);
        }
        String query = field(fields, l.query);
        String stem = field(fields, l.stem);
        return query.isEmpty() ? stem : stem + "?" + query;
    }

    /**
     * IIS writes a space in a header as {@code +}; CloudFront percent-encodes (and encodes its encoding once more,
     * {@code %2520}): spaces are decoded so that a referrer reads as sent, nothing else is touched.
     */
    private static String decoded(String value) {
        return value.replace("%2520", " ").replace("%20", " ");
    }

    private static int status(String text) {
        if (text.length() != 3) {
            return -1;
        }
        int value = 0;
        for (int i = 0; i < 3; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /** {@code 2026-12-06} and {@code 14:05:09} (fractions allowed) in UTC, as seconds since the epoch. */
    private static long time(String date, String time) {
        if (date.length() != 10 || time.length() < 8 || time.length() > 20) {
            return LogTime.INVALID;
        }
        String iso = date + "T" + time + "Z";
        byte[] bytes = iso.getBytes(StandardCharsets.ISO_8859_1);
        return LogTime.iso(bytes, 0, bytes.length, new int[1]);
    }
}
