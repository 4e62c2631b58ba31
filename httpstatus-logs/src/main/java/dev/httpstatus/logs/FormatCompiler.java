package dev.httpstatus.logs;

import dev.httpstatus.logs.PositionalParser.Step;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns an Apache {@code LogFormat} string or an nginx {@code log_format} string into a positional parser: the
 * directives and variables become fields, the text between them literals.
 */
final class FormatCompiler {
    private final List<Step> steps = new ArrayList<>();
    private final StringBuilder literal = new StringBuilder();
    private final String source;
    private boolean hasStatus;

    private FormatCompiler(String source) {
        this.source = source;
    }

    /** An Apache LogFormat such as {@code %h %l %u %t "%r" %>s %b}; backslash escapes as in httpd.conf. */
    static PositionalParser apache(String format) {
        FormatCompiler compiler = new FormatCompiler(format);
        int i = 0;
        while (i < format.length()) {
            char c = format.charAt(i);
            if (c == '\\' && i + 1 < format.length()) {
                char escaped = format.charAt(i + 1);
                compiler.literal.append(escaped == 't' ? '\t' : escaped == 'n' ? '\n' : escaped);
                i += 2;
            } else if (c == '%' && i + 1 < format.length()) {
                i = compiler.apacheDirective(format, i + 1);
            } else {
                compiler.literal.append(c);
                i++;
            }
        }
        return compiler.finish();
    }

    private int apacheDirective(String format, int at) {
        int i = at;
        String argument = null;
        // Modifiers: <, >, status conditions such as !200,304.
        while (i < format.length() && "<>!,0123456789".indexOf(format.charAt(i)) >= 0) {
            i++;
        }
        if (i < format.length() && format.charAt(i) == '{') {
            int close = format.indexOf('}', i);
            if (close < 0) {
                throw new IllegalArgumentException("unclosed %{ in the log format: " + source);
            }
            argument = format.substring(i + 1, close);
            i = close + 1;
        }
        if (i >= format.length()) {
            throw new IllegalArgumentException("a % without a directive at the end of the log format: " + source);
        }
        char directive = format.charAt(i);
        if (directive == '%') {
            literal.append('%');
            return i + 1;
        }
        String header = argument == null ? "" : argument.toLowerCase(Locale.ROOT);
        Field field = switch (directive) {
            case 'h', 'a' -> Field.CLIENT;
            case 'v', 'V' -> Field.HOST;
            case 't' -> argument == null ? Field.TIME_COMMON : Field.OTHER;
            case 'r' -> Field.REQUEST;
            case 'm' -> Field.METHOD;
            case 'U' -> Field.TARGET;
            case 's' -> Field.STATUS;
            case 'i' -> header.equals("referer") ? Field.REFERRER : header.equals("host") ? Field.HOST : Field.OTHER;
            default -> Field.OTHER;
        };
        if (field == Field.TIME_COMMON) {
            // %t writes its own brackets.
            literal.append('[');
            add(field);
            literal.append(']');
        } else {
            add(field);
        }
        return i + 1;
    }

    /** An nginx log_format such as {@code $remote_addr - $remote_user [$time_local] "$request" $status}. */
    static PositionalParser nginx(String format) {
        FormatCompiler compiler = new FormatCompiler(format);
        int i = 0;
        while (i < format.length()) {
            char c = format.charAt(i);
            if (c == '$' && i + 1 < format.length()) {
                int start = i + 1;
                int end;
                String name;
                if (format.charAt(start) == '{') {
                    end = format.indexOf('}', start);
                    if (end < 0) {
                        throw new IllegalArgumentException("unclosed ${ in the log format: " + format);
                    }
                    name = format.substring(start + 1, end);
                    end++;
                } else {
                    end = start;
                    while (end < format.length() && isNameChar(format.charAt(end))) {
                        end++;
                    }
                    name = format.substring(start, end);
                }
                if (name.isEmpty()) {
                    compiler.literal.append(c);
                    i++;
                    continue;
                }
                compiler.add(nginxField(name));
                i = end;
            } else {
                compiler.literal.append(c);
                i++;
            }
        }
        return compiler.finish();
    }

    private static boolean isNameChar(char c) {
        return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    private static Field nginxField(String name) {
        return switch (name) {
            case "remote_addr", "realip_remote_addr", "binary_remote_addr" -> Field.CLIENT;
            case "client_and_port" -> Field.CLIENT_AND_PORT;
            case "host", "http_host", "server_name" -> Field.HOST;
            case "time_local" -> Field.TIME_COMMON;
            case "time_iso8601" -> Field.TIME_ISO;
            case "msec" -> Field.TIME_EPOCH;
            case "request" -> Field.REQUEST;
            case "request_method" -> Field.METHOD;
            case "request_uri", "uri" -> Field.TARGET;
            case "status" -> Field.STATUS;
            case "http_referer" -> Field.REFERRER;
            default -> Field.OTHER;
        };
    }

    private void add(Field field) {
        if (!steps.isEmpty() && literal.isEmpty()) {
            throw new IllegalArgumentException(
                    "two fields with nothing between them cannot be told apart in the log format: " + source);
        }
        if (field == Field.STATUS) {
            if (hasStatus) {
                throw new IllegalArgumentException("the log format has the status twice: " + source);
            }
            hasStatus = true;
        }
        steps.add(new Step(literal.toString(), field));
        literal.setLength(0);
    }

    private PositionalParser finish() {
        if (!hasStatus) {
            throw new IllegalArgumentException("the log format has no status (%>s or $status): " + source);
        }
        steps.add(new Step(literal.toString(), null));
        return new PositionalParser(steps);
    }
}
