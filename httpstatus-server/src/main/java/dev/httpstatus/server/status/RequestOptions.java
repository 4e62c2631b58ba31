package dev.httpstatus.server.status;

import dev.httpstatus.server.config.Durations;
import dev.httpstatus.server.exchange.Exchange;
import dev.httpstatus.server.exchange.Problem;
import dev.httpstatus.server.exchange.Request;
import dev.httpstatus.server.script.Reply;
import io.netty.util.AsciiString;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a request asks of a status answer besides the code, as query parameters or X-HttpStatus-*
 * headers: delays, extra response headers, its own body, no body, a fault, the final code after an
 * interim response, and the target of a redirect.
 */
record RequestOptions(
        Optional<Duration> sleep,
        Optional<Duration> sleepAfterHeaders,
        List<Map.Entry<String, String>> headers,
        boolean suppressBody,
        Optional<String> body,
        Optional<String> contentType,
        Optional<Reply.Fault> fault,
        Optional<Integer> then,
        Optional<String> location) {

    /** A copy whose redirect target is {@code target}. */
    RequestOptions withLocation(String target) {
        return new RequestOptions(
                sleep, sleepAfterHeaders, headers, suppressBody, body, contentType, fault, then, Optional.of(target));
    }

    /** The options of a scripted answer. */
    static RequestOptions of(Reply reply) {
        return new RequestOptions(
                reply.delay().isZero() ? Optional.empty() : Optional.of(reply.delay()),
                Optional.empty(),
                reply.headers(),
                false,
                reply.body(),
                reply.contentType(),
                reply.fault(),
                Optional.empty(),
                Optional.empty());
    }

    private static final String RESPONSE_HEADER_PREFIX = "x-httpstatus-response-";

    /** The options of a request that asks for none, as most do: read without looking up each option. */
    private static final RequestOptions NONE = new RequestOptions(
            Optional.empty(),
            Optional.empty(),
            List.of(),
            false,
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty());

    private static final Pattern TOKEN = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");

    /**
     * Reads the options of {@code exchange}.
     *
     * @throws Problem 400 saying which option is wrong and why
     */
    static RequestOptions of(Exchange exchange) {
        Request request = exchange.request();
        if (request.rawQuery().isEmpty() && !hasOptionHeaders(request)) {
            return NONE;
        }
        Duration max = exchange.config().maxSleep();
        return new RequestOptions(
                request.option("sleep").map(v -> delay("sleep", v, max)),
                request.option("sleep_after_headers").map(v -> delay("sleep_after_headers", v, max)),
                headers(request),
                request.option("suppress_body").map(RequestOptions::flag).orElse(false),
                request.option("body"),
                request.option("content_type").map(v -> value("content_type", v)),
                request.option("fault").map(RequestOptions::fault),
                request.option("then").map(RequestOptions::finalCode),
                request.option("location").map(v -> value("location", v)));
    }

    /** Whether any header of the request is an option or a response header to add, all named X-HttpStatus-*. */
    private static boolean hasOptionHeaders(Request request) {
        Iterator<Map.Entry<CharSequence, CharSequence>> headers =
                request.headers().iteratorCharSequence();
        while (headers.hasNext()) {
            CharSequence name = headers.next().getKey();
            if (AsciiString.regionMatches(
                    name, true, 0, Request.OPTION_HEADER_PREFIX, 0, Request.OPTION_HEADER_PREFIX.length())) {
                return true;
            }
        }
        return false;
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
        return List.copyOf(headers);
    }

    /** A header value without control characters other than tab, so no answer can be split. */
    private static String value(String name, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if ((c < 0x20 && c != '\t') || c == 0x7f) {
                throw Problem.badRequest("option.controlCharacter", name);
            }
        }
        return value;
    }

    private static boolean flag(String value) {
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "", "1", "true", "yes", "on" -> true;
            case "0", "false", "no", "off" -> false;
            default -> throw Problem.badRequest("option.notAFlag", "suppress_body", value);
        };
    }

    private static Reply.Fault fault(String value) {
        try {
            return Reply.Fault.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw Problem.badRequest("option.fault", value);
        }
    }

    private static int finalCode(String value) {
        if (!value.strip().matches("\\d{3}")) {
            throw Problem.badRequest("option.then", value);
        }
        int code = Integer.parseInt(value.strip());
        if (code < 200 || code > 599) {
            throw Problem.badRequest("option.thenInterim", value);
        }
        return code;
    }
}
