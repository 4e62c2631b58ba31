package dev.httpstatus.server.trigger;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A trigger as a bash script a reader pastes into a terminal: everything its row needs, the before steps
 * included, so that it produces its code on any server, fresh or not, as often as it is pasted. Scripts name
 * the server in their first line ({@code BASE=…}), or on the socket they open, from the origin the page or
 * the API was asked at.
 *
 * <p>Most rows become curl commands; a row sent through the server as a proxy, {@code curl -x}. A request line with another version and a head that stops halfway are
 * written on a socket (bash's {@code /dev/tcp}, or {@code openssl s_client} for https), as no HTTP client
 * sends them. A row that keeps state, or whose before sets some up, works in a scope of its own with a random
 * name: the ids and names of the table are then right however often it runs.
 */
final class TriggerScript {
    private static final Pattern CHARACTERS = Pattern.compile("<(\\d+) characters>");
    private static final Pattern TIMES = Pattern.compile("(\\d+) × (.+)");
    private static final Pattern ROW = Pattern.compile("\\d{3}");
    private static final Pattern PLAIN_ORIGIN = Pattern.compile("[A-Za-z0-9.:/_\\[\\]-]+");
    private static final String JSON = "Content-Type: application/json";
    /** The sample key of RFC 6455 §1.3: any 16 bytes in base64 make a valid handshake. */
    private static final String WEBSOCKET_KEY = "dGhlIHNhbXBsZSBub25jZQ==";
    /**
     * curl knows no WebSocket: after the 101 it waits for content that never comes, so it stops itself after
     * two seconds, silently, the status line and headers shown.
     */
    private static final String WEBSOCKET_CURL = "curl -si --max-time 2";

    private static final String SHOWING = "curl -i";
    private static final String SILENT = "curl -s -o /dev/null";

    private TriggerScript() {}

    /** The script that makes {@code trigger} happen on the server at {@code origin}, such as {@code http://localhost:8080}. */
    static String of(Trigger trigger, String origin) {
        if (trigger.via().equals("halfway") || trigger.via().startsWith("raw HTTP/")) {
            return onSocket(trigger, URI.create(origin));
        }
        List<String> lines = new ArrayList<>();
        // An origin with a path is in a scope already; scopes do not nest.
        boolean ownScope =
                keepsState(trigger) && URI.create(origin).getRawPath().isEmpty();
        lines.add("BASE=" + word(origin) + (ownScope ? "/_scope/demo-$RANDOM" : ""));
        before(trigger.before(), lines);
        lines.add(itself(trigger));
        return String.join("\n", lines);
    }

    /** Whether the row changes or reads what the server keeps, and so needs a scope of its own. */
    private static boolean keepsState(Trigger trigger) {
        return !trigger.before().isEmpty() || trigger.requestTarget().startsWith("/resources");
    }

    private static void before(String before, List<String> lines) {
        if (before.isEmpty()) {
            return;
        }
        for (String step : before.split(" then ")) {
            if (ROW.matcher(step).matches()) {
                Trigger row = TriggerTable.triggersOf(Integer.parseInt(step)).get(0);
                before(row.before(), lines);
                lines.add(curl(SILENT, row.method(), row.requestTarget(), headers(row.headers()), row.body()));
                continue;
            }
            Matcher times = TIMES.matcher(step);
            String[] request = (times.matches() ? times.group(2) : step).split(" ", 3);
            String curl = curl(SILENT, request[0], request[1], List.of(), request.length > 2 ? request[2] : "");
            lines.add(times.matches() ? "for n in $(seq " + times.group(1) + "); do " + curl + "; done" : curl);
        }
    }

    private static String itself(Trigger trigger) {
        if (trigger.via().equals("proxy")) {
            // the server as curl's proxy: curl sends the absolute URL as the request target, and never looks its
            // host up
            return SHOWING + " -x \"$BASE\" " + word(trigger.requestTarget());
        }
        List<String> headers = new ArrayList<>(headers(trigger.headers()));
        if (trigger.via().equals("websocket")) {
            headers.add("Connection: Upgrade");
            headers.add("Sec-WebSocket-Version: 13");
            headers.add("Sec-WebSocket-Key: " + WEBSOCKET_KEY);
            return curl(WEBSOCKET_CURL, trigger.method(), trigger.requestTarget(), headers, trigger.body());
        }
        return curl(SHOWING, trigger.method(), trigger.requestTarget(), headers, trigger.body());
    }

    private static List<String> headers(String headers) {
        return headers.isEmpty() ? List.of() : List.of(headers.split("\n"));
    }

    /** A curl command, {@code start} with the options that show the answer or keep a step before silent. */
    private static String curl(String start, String method, String target, List<String> headers, String body) {
        StringBuilder command = new StringBuilder(start);
        // curl sends a POST when it has content to send; any other method is named.
        if (!method.equals(body.isEmpty() ? "GET" : "POST")) {
            command.append(" -X ").append(method);
        }
        for (String header : headers) {
            command.append(" -H ").append(word(header.strip()));
        }
        if (body.startsWith("{") && headers.stream().noneMatch(h -> h.regionMatches(true, 0, "Content-Type:", 0, 13))) {
            command.append(" -H ").append(word(JSON));
        }
        if (!body.isEmpty()) {
            command.append(" -d ").append(word(body));
        }
        return command.append(" \"$BASE")
                .append(doubleQuoted(target))
                .append('"')
                .toString();
    }

    /**
     * A request no client sends, written on a socket: the request line with the row's version and a head that
     * ends, or one that stops before its blank line and waits for the server's answer.
     */
    private static String onSocket(Trigger trigger, URI origin) {
        boolean halfway = trigger.via().equals("halfway");
        String version = halfway ? "HTTP/1.1" : trigger.via().substring("raw ".length());
        String host = origin.getHost().replaceAll("^\\[|\\]$", "");
        boolean tls = "https".equals(origin.getScheme());
        int port = origin.getPort() > 0 ? origin.getPort() : tls ? 443 : 80;
        StringBuilder head = new StringBuilder(trigger.method() + " " + origin.getRawPath() + trigger.requestTarget()
                + " " + version + "\\r\\nHost: " + origin.getRawAuthority() + "\\r\\n");
        for (String header : headers(trigger.headers())) {
            head.append(header.strip()).append("\\r\\n");
        }
        if (!halfway) {
            head.append("Connection: close\\r\\n\\r\\n");
        }
        String printf = "printf " + word(head.toString().replace("%", "%%"));
        if (tls) {
            // With -quiet, s_client keeps reading after its input ends, until the server closes.
            return printf + " | openssl s_client -quiet -connect " + word(host + ":" + port) + " 2>/dev/null";
        }
        return String.join(
                "\n", "exec 3<>/dev/tcp/" + word(host) + "/" + port, printf + " >&3", "cat <&3", "exec 3<&-");
    }

    /** {@code text} as one shell word: as it is when safe, else in single quotes; its placeholders expanded. */
    private static String word(String text) {
        if (CHARACTERS.matcher(text).find()) {
            return '"' + doubleQuoted(text) + '"';
        }
        if (text.contains("<n>")) {
            return word(text.substring(0, text.indexOf("<n>"))) + "\"$n\""
                    + word(text.substring(text.indexOf("<n>") + 3));
        }
        if (text.isEmpty()) {
            return "";
        }
        return PLAIN_ORIGIN.matcher(text).matches() ? text : "'" + text.replace("'", "'\\''") + "'";
    }

    /** {@code text} for inside double quotes, each {@code <N characters>} made by the shell as N letters a. */
    private static String doubleQuoted(String text) {
        Matcher characters = CHARACTERS.matcher(text);
        StringBuilder quoted = new StringBuilder();
        int from = 0;
        while (characters.find()) {
            quoted.append(escaped(text.substring(from, characters.start())))
                    .append("$(head -c ")
                    .append(characters.group(1))
                    .append(" /dev/zero | tr '\\0' a)");
            from = characters.end();
        }
        return quoted.append(escaped(text.substring(from))).toString();
    }

    private static String escaped(String text) {
        return text.replaceAll("([\"$`\\\\])", "\\\\$1");
    }
}
