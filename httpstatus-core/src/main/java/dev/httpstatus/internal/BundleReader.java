package dev.httpstatus.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.PropertyResourceBundle;

/**
 * Reads a UTF-8 properties bundle into a map. Files without backslashes (no escapes, no continued lines)
 * are split by lines directly, several times faster than {@link java.util.Properties} on a cold JVM, which
 * matters for a command that starts for every lookup; any other file goes through
 * {@link PropertyResourceBundle}.
 */
final class BundleReader {
    private BundleReader() {}

    static Map<String, String> read(InputStream in) throws IOException {
        String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        return text.indexOf('\\') >= 0 ? throughProperties(text) : direct(text);
    }

    private static Map<String, String> direct(String text) {
        Map<String, String> values = new HashMap<>(2048);
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            addLine(values, text, start, end);
            start = end + 1;
        }
        return values;
    }

    private static void addLine(Map<String, String> values, String text, int start, int end) {
        while (start < end && isBlank(text.charAt(start))) {
            start++;
        }
        while (end > start && (text.charAt(end - 1) == '\r')) {
            end--;
        }
        if (start == end || text.charAt(start) == '#' || text.charAt(start) == '!') {
            return;
        }
        int separator = text.indexOf('=', start);
        if (separator < 0 || separator > end) {
            separator = end;
        }
        int keyEnd = separator;
        while (keyEnd > start && isBlank(text.charAt(keyEnd - 1))) {
            keyEnd--;
        }
        int valueStart = Math.min(separator + 1, end);
        while (valueStart < end && isBlank(text.charAt(valueStart))) {
            valueStart++;
        }
        values.put(text.substring(start, keyEnd), text.substring(valueStart, end));
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\f';
    }

    private static Map<String, String> throughProperties(String text) throws IOException {
        PropertyResourceBundle bundle = new PropertyResourceBundle(new StringReader(text));
        Map<String, String> values = new HashMap<>();
        for (String key : bundle.keySet()) {
            values.put(key, bundle.getString(key));
        }
        return values;
    }

    /** The bundle as {@link PropertyResourceBundle} reads it, for checking the direct reading against. */
    static Map<String, String> readAsProperties(InputStream in) throws IOException {
        return throughProperties(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
}
