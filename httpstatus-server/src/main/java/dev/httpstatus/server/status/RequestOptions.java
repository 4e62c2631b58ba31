package dev.httpstatus.server.status;

import dev.httpstatus.server.exchange.Exchange;
import dev.httpstatus.server.exchange.Options;
import dev.httpstatus.server.exchange.Problem;
import dev.httpstatus.server.exchange.Request;
import dev.httpstatus.server.script.Reply;
import java.util.Locale;
import java.util.Optional;

/**
 * What a request asks of a status answer besides the code and the options every answer takes ({@link
 * dev.httpstatus.server.exchange.Options}), as query parameters or X-HttpStatus-* headers: its own body, no body,
 * the final code after an interim response, and the target of a redirect.
 */
record RequestOptions(
        boolean suppressBody,
        Optional<String> body,
        Optional<String> contentType,
        Optional<Integer> then,
        Optional<String> location) {

    /** The options of a scripted answer: its body, if it has one. */
    static RequestOptions of(Reply reply) {
        return new RequestOptions(false, reply.body(), reply.contentType(), Optional.empty(), Optional.empty());
    }

    /** The options of a request that asks for none, as most do: read without looking up each option. */
    private static final RequestOptions NONE =
            new RequestOptions(false, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    /**
     * Reads the options of {@code exchange}.
     *
     * @throws Problem 400 saying which option is wrong and why
     */
    static RequestOptions of(Exchange exchange) {
        Request request = exchange.request();
        if (!request.hasOptions()) {
            return NONE;
        }
        return new RequestOptions(
                request.option("suppress_body").map(RequestOptions::flag).orElse(false),
                request.option("body"),
                request.option("content_type").map(v -> Options.value("content_type", v)),
                request.option("then").map(RequestOptions::finalCode),
                request.option("location").map(v -> Options.value("location", v)));
    }

    private static boolean flag(String value) {
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "", "1", "true", "yes", "on" -> true;
            case "0", "false", "no", "off" -> false;
            default -> throw Problem.badRequest("option.notAFlag", "suppress_body", value);
        };
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
