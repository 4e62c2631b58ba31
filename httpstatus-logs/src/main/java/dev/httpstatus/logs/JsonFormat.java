package dev.httpstatus.logs;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * JSON lines, one object a line, from the servers that write them: nginx with {@code escape=json} (keys named
 * after its variables), Caddy ({@code status}, {@code request.uri}, {@code ts}) and Traefik
 * ({@code DownstreamStatus}, {@code RequestPath}). The status is read from its key, never searched for.
 */
final class JsonFormat {
    private static final List<String> STATUS = List.of("status", "DownstreamStatus", "OriginStatus", "status_code");
    private static final List<String> CLIENT = List.of(
            "remote_addr", "request.remote_ip", "request.client_ip", "ClientHost", "client_ip", "remote_ip", "client");
    private static final List<String> HOST = List.of("host", "http_host", "request.host", "RequestHost", "server_name");
    private static final List<String> METHOD = List.of("request_method", "request.method", "RequestMethod", "method");
    private static final List<String> TARGET = List.of("request_uri", "request.uri", "RequestPath", "uri", "path");
    private static final List<String> REFERRER =
            List.of("http_referer", "request.headers.Referer.0", "request_Referer", "referer", "referrer");
    private static final List<String> TIME = List.of(
            "time_iso8601", "time_local", "ts", "StartUTC", "StartLocal", "time", "timestamp", "@timestamp", "msec");

    private JsonFormat() {}

    /** The request on {@code line}, or null when it is not a JSON object with a three-digit status. */
    static Request parse(String line) {
        Map<String, String> values = JsonLine.read(line);
        if (values == null) {
            return null;
        }
        String status = first(values, STATUS);
        if (status == null || status.length() != 3) {
            return null;
        }
        int code = 0;
        for (int i = 0; i < 3; i++) {
            char c = status.charAt(i);
            if (c < '0' || c > '9') {
                return null;
            }
            code = code * 10 + (c - '0');
        }
        int[] offset = {0};
        long time = Request.NO_TIME;
        String written = first(values, TIME);
        if (written != null) {
            time = time(written, offset);
            if (time == LogTime.INVALID) {
                return null;
            }
        }
        String method = orEmpty(first(values, METHOD));
        String target = first(values, TARGET);
        if (target == null) {
            // nginx's $request: the whole request line.
            String request = orEmpty(values.get("request"));
            int space = request.indexOf(' ');
            int last = request.lastIndexOf(' ');
            if (space > 0) {
                method = method.isEmpty() ? request.substring(0, space) : method;
                target = request.substring(space + 1, last > space ? last : request.length());
            } else {
                target = request;
            }
        }
        return new Request(
                orEmpty(first(values, CLIENT)),
                orEmpty(first(values, HOST)),
                time,
                offset[0],
                method,
                target,
                code,
                orEmpty(first(values, REFERRER)));
    }

    private static long time(String text, int[] offset) {
        byte[] written = text.getBytes(StandardCharsets.UTF_8);
        if (written.length == 0) {
            return LogTime.INVALID;
        }
        byte first = written[0];
        if (written.length == 26 && written[2] == '/') {
            return LogTime.common(written, 0, written.length, offset);
        }
        if (first >= '0' && first <= '9' && (written.length < 5 || written[4] != '-')) {
            return LogTime.epoch(written, 0, written.length);
        }
        return LogTime.iso(written, 0, written.length, offset);
    }

    private static String first(Map<String, String> values, List<String> keys) {
        for (String key : keys) {
            String value = values.get(key);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
