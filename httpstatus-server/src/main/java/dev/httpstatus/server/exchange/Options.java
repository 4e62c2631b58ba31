package dev.httpstatus.server.exchange;

import dev.httpstatus.server.config.Durations;
import dev.httpstatus.server.script.Reply;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How a request asks any answer to be shaped, whatever endpoint gives it, as query parameters or {@code
 * X-HttpStatus-*} headers: a wait before the answer ({@code sleep}), a wait between its head and its content
 * ({@code sleep_after_headers}), headers to add ({@code header=Name:value}, {@code X-HttpStatus-Response-Name}), and
 * a fault instead of a clean answer ({@code fault}). The dispatcher holds the request for its sleep; the exchange
 * applies the rest to the answer the endpoint gives.
 *
 * @param sleep how long to wait before the endpoint answers
 * @param sleepAfterHeaders how long to wait between the head and the content
 * @param headers headers to set on the answer, replacing its own of the same name; repeats are added
 * @param fault how the answer goes wrong on purpose
 */
public record Options(
        Optional<Duration> sleep,
        Optional<Duration> sleepAfterHeaders,
        List<Map.Entry<String, String>> headers,
        Optional<Reply.Fault> fault) {

    /** The options of a request that asks for none, as most do. */
    public static final Options NONE = new Options(Optional.empty(), Optional.empty(), List.of(), Optional.empty());

    private static final String RESPONSE_HEADER_PREFIX = "x-httpstatus-response-";
    private static final Pattern TOKEN = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");

    /** Copies the header list, so that the options are immutable. */
    public Options {
        headers = List.copyOf(headers);
    }

    /** Whether the options change nothing about an answer. */
    public boolean isNone() {
        return sleep.isEmpty() && sleepAfterHeaders.isEmpty() && headers.isEmpty() && fault.isEmpty();
    }

    /** The options of a scripted reply: its delay, headers and fault. */
    public static Options of(Reply reply) {
        return new Options(
                reply.delay().isZero() ? Optional.empty() : Optional.of(reply.delay()),
                Optional.empty(),
                reply.headers(),
                reply.fault());
    }

    /**
     * Reads the options of {@code request}, each delay within {@code maxSleep}.
     *
     * @throws Problem 400 saying which option is wrong and why
     */
    static Options of(Request request, Duration maxSleep) {
        if (!request.hasOptions()) {
            return NONE;
        }
        return new Options(
                request.option("sleep").map(v -> delay("sleep", v, maxSleep)),
                request.option("sleep_after_headers").map(v -> delay("sleep_after_headers", v, maxSleep)),
                headers(request),
                request.option("fault").map(Options::fault));
    }

    private static Duration delay(String name, String text, Duration max) {
        Duration delay;
        try {
            delay = Durations.parse(text);
        } catch (IllegalArgumentException e) {
            throw Problem.badRequest("option.notADuration", name, text);
        }
        if (delay.compareTo(max) > 0) {
            throw Problem.badRequest("option.tooLong", name, text, Durations.format(max));
        }
        return delay;
    }

    private static List<Map.Entry<String, String>> headers(Request request) {
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        for (Map.Entry<String, String> header : request.headers()) {
            String name = header.getKey().toLowerCase(Locale.ROOT);
            if (name.startsWith(RESPONSE_HEADER_PREFIX) && name.length() > RESPONSE_HEADER_PREFIX.length()) {
                headers.add(Map.entry(header.getKey().substring(RESPONSE_HEADER_PREFIX.length()), header.getValue()));
            }
        }
        for (String pair : request.queryAll("header")) {
            int colon = pair.indexOf(':');
            if (colon <= 0) {
                throw Problem.badRequest("option.notAHeader", pair);
            }
            headers.add(Map.entry(
                    pair.substring(0, colon).strip(), pair.substring(colon + 1).strip()));
        }
        for (Map.Entry<String, String> header : headers) {
            if (!TOKEN.matcher(header.getKey()).matches()) {
                throw Problem.badRequest("option.headerName", header.getKey());
            }
            value(header.getKey(), header.getValue());
        }
        return headers;
    }

    /**
     * {@code value} when it has no control character other than tab, so that no answer can be split.
     *
     * @throws Problem 400 naming the option otherwise
     */
    public static String value(String name, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if ((c < 0x20 && c != '\t') || c == 0x7f) {
                throw Problem.badRequest("option.controlCharacter", name);
            }
        }
        return value;
    }

    private static Reply.Fault fault(String value) {
        try {
            return Reply.Fault.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw Problem.badRequest("option.fault", value);
        }
    }
}
