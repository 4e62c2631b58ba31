package dev.httpstatus.logs;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How the lines of an access log are written, and the parser that reads them. Every parser reads the status by
 * its position in the line (or its key in JSON), never by looking for something that resembles a code.
 */
public final class LogFormat {
    /** The formats known by name, in the order detection prefers them when several read a sample equally well. */
    private static final Map<String, String> APACHE_NAMED = new LinkedHashMap<>();

    static {
        APACHE_NAMED.put("vhost_combined", "%v:%p %h %l %u %t \"%r\" %>s %O \"%{Referer}i\" \"%{User-Agent}i\"");
        APACHE_NAMED.put("host_combined", "%v %h %l %u %t \"%r\" %>s %O \"%{Referer}i\" \"%{User-Agent}i\"");
        APACHE_NAMED.put("combined", "%h %l %u %t \"%r\" %>s %b \"%{Referer}i\" \"%{User-Agent}i\"");
        APACHE_NAMED.put("vhost_common", "%v %h %l %u %t \"%r\" %>s %b");
        APACHE_NAMED.put("common", "%h %l %u %t \"%r\" %>s %b");
    }

    /**
     * Formats written as nginx log_format strings: AWS load balancers' access logs, whose status is the load
     * balancer's own ({@code elb_status_code}: 460 and 463 live there), the target's being the field after it.
     * {@code $client_and_port} is ours: {@code 192.0.2.1:5678}, counted by its address.
     */
    private static final Map<String, String> NGINX_NAMED = new LinkedHashMap<>();

    static {
        NGINX_NAMED.put(
                "alb",
                "$type $time_iso8601 $elb $client_and_port $target $request_time $target_time $response_time"
                        + " $status $target_status $received $sent \"$request\" \"$http_user_agent\"");
        NGINX_NAMED.put(
                "elb",
                "$time_iso8601 $elb $client_and_port $backend $request_time $backend_time $response_time"
                        + " $status $backend_status $received $sent \"$request\" \"$http_user_agent\"");
    }

    /** The name of JSON lines. */
    public static final String JSON = "json";

    /** The name of W3C extended log files, as IIS writes them. */
    public static final String W3C = "w3c";

    /** The name of AWS CloudFront's standard logs. */
    public static final String CLOUDFRONT = "cloudfront";

    private final String name;
    /** The parser of a positional format; null for JSON lines and W3C files. */
    private final PositionalParser positional;
    /** The parser of a W3C file (IIS, CloudFront), which has the state of its {@code #Fields:} directive; else null. */
    private final W3cParser w3c;

    private LogFormat(String name, PositionalParser positional) {
        this(name, positional, null);
    }

    private LogFormat(String name, PositionalParser positional, W3cParser w3c) {
        this.name = name;
        this.positional = positional;
        this.w3c = w3c;
    }

    /**
     * The names {@link #named} knows: Apache's {@code common}, {@code combined} (nginx's default too),
     * {@code vhost_common} and {@code vhost_combined}, {@code host_combined} (combined after the host, as nginx
     * users often write it), {@code alb} and {@code elb} (AWS load balancers), {@code json}, {@code w3c} (IIS)
     * and {@code cloudfront}.
     */
    public static List<String> names() {
        List<String> names = new java.util.ArrayList<>(APACHE_NAMED.keySet());
        names.addAll(NGINX_NAMED.keySet());
        names.add(JSON);
        names.add(W3C);
        names.add(CLOUDFRONT);
        return List.copyOf(names);
    }

    /** The format called {@code name}, as {@link #names} lists them. */
    public static LogFormat named(String name) {
        if (name.equals(JSON)) {
            return new LogFormat(JSON, null);
        }
        if (name.equals(W3C)) {
            return new LogFormat(W3C, null, new W3cParser(' ', W3cParser.IIS_FIELDS));
        }
        if (name.equals(CLOUDFRONT)) {
            return new LogFormat(CLOUDFRONT, null, new W3cParser('\t', W3cParser.CLOUDFRONT_FIELDS));
        }
        String nginx = NGINX_NAMED.get(name);
        if (nginx != null) {
            return new LogFormat(name, FormatCompiler.nginx(nginx));
        }
        String apache = APACHE_NAMED.get(name);
        if (apache == null) {
            throw new IllegalArgumentException("no log format is called " + name + "; the names are " + names());
        }
        return new LogFormat(name, FormatCompiler.apache(apache));
    }

    /** A format given as Apache's LogFormat string, such as {@code %h %l %u %t "%r" %>s %b}. */
    public static LogFormat apache(String logFormat) {
        return new LogFormat("apache:" + logFormat, FormatCompiler.apache(logFormat));
    }

    /** A format given as nginx's log_format string, such as {@code $remote_addr [$time_local] "$request" $status}. */
    public static LogFormat nginx(String logFormat) {
        return new LogFormat("nginx:" + logFormat, FormatCompiler.nginx(logFormat));
    }

    /**
     * The format {@code text} names or writes: a name from {@link #names}, a string with {@code $} variables
     * (nginx) or one with {@code %} directives (Apache).
     *
     * @throws IllegalArgumentException when it is none of these, saying why
     */
    public static LogFormat of(String text) {
        if (APACHE_NAMED.containsKey(text)
                || NGINX_NAMED.containsKey(text)
                || text.equals(JSON)
                || text.equals(W3C)
                || text.equals(CLOUDFRONT)) {
            return named(text);
        }
        if (text.indexOf('$') >= 0) {
            return nginx(text);
        }
        if (text.indexOf('%') >= 0) {
            return apache(text);
        }
        return named(text);
    }

    /**
     * The named format that reads the most of {@code sample}, or empty when none reads any line. Ties go to the
     * format with more fields, so that a combined log is not taken for a common one.
     */
    public static Optional<LogFormat> detect(List<String> sample) {
        LogFormat best = null;
        int bestCount = 0;
        for (String name : names()) {
            LogFormat format = named(name);
            int count = 0;
            for (String line : sample) {
                if (format.parse(line) != null) {
                    count++;
                }
            }
            if (count > bestCount) {
                best = format;
                bestCount = count;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The name, or for a custom format {@code apache:} or {@code nginx:} and its string. */
    public String name() {
        return name;
    }

    /**
     * This format for reading another input: the same object, but for a W3C file, whose layout is set by the input's
     * own {@code #Fields:} directives, a parser of its own in the default layout.
     */
    LogFormat forInput() {
        return w3c == null ? this : new LogFormat(name, null, w3c.fresh());
    }

    /**
     * Whether a file in this format can be cut in parts read at once: not a W3C file, whose {@code #Fields:}
     * directive may change the layout of every line after it.
     */
    boolean splittable() {
        return w3c == null;
    }

    /**
     * The request written on {@code line}, or null when the line is not in this format (or is a W3C directive such
     * as {@code #Fields:}, which this format then follows). Never throws.
     */
    public Request parse(String line) {
        try {
            if (w3c != null) {
                return w3c.directive(line) ? null : w3c.parse(line);
            }
            return positional == null ? JsonFormat.parse(line) : positional.parse(line);
        } catch (RuntimeException e) {
            // A parser bug must not end a run over millions of lines: the line is counted as not read.
            return null;
        }
    }

    /**
     * Reads the UTF-8 line in {@code bytes[from, to)} into {@code into}, making no strings for a positional format;
     * false when the line is not in this format, or is a W3C directive ({@code into.directive} then says so).
     * Never throws.
     */
    boolean read(byte[] bytes, int from, int to, LineFields into) {
        try {
            if (positional != null) {
                return positional.read(bytes, from, to, into);
            }
            into.clear(bytes);
            String line = new String(bytes, from, to - from, StandardCharsets.UTF_8);
            if (w3c != null && w3c.directive(line)) {
                into.directive = true;
                return false;
            }
            Request request = w3c != null ? w3c.parse(line) : JsonFormat.parse(line);
            if (request == null) {
                return false;
            }
            into.made(request);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
