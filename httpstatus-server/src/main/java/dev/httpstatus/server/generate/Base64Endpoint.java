package dev.httpstatus.server.generate;

import dev.httpstatus.server.exchange.Endpoint;
import dev.httpstatus.server.exchange.Exchange;
import dev.httpstatus.server.exchange.Problem;
import dev.httpstatus.server.exchange.Responses;
import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code /base64/{value}} and {@code /base64/decode/{value}}: the value decoded, read in the URL-safe alphabet or
 * else the standard one; {@code /base64/encode/{value}}: the value encoded in the URL-safe alphabet, padded. The
 * answer is text unless {@code ?content-type=} names another type; for a type a browser could run as a page, the
 * answer is HTML-escaped, as go-httpbin does.
 */
final class Base64Endpoint implements Endpoint {
    private static final String PREFIX = "/base64/";
    private static final String FORM = "/base64/{value} or /base64/encode/{value}";
    /** The types a browser shows as they are, which need no escaping. */
    private static final Set<String> SAFE_TYPES = Set.of("text/plain", "application/json", "application/octet-stream");

    @Override
    public void handle(Exchange exchange) {
        String rest = exchange.request()
                .path()
                .substring(Math.min(PREFIX.length(), exchange.request().path().length()));
        List<String> segments = Parameters.segments(exchange.request(), PREFIX, rest.contains("/") ? 2 : 1, FORM);
        String operation = segments.size() == 2 ? segments.get(0) : "decode";
        String value = segments.get(segments.size() - 1);
        int limit = exchange.config().maxGenerated();
        if (value.length() > limit) {
            throw Problem.badRequest("base64.tooLong", value.length(), limit);
        }
        byte[] result = switch (operation) {
            case "encode" -> Base64.getUrlEncoder().encode(value.getBytes(StandardCharsets.UTF_8));
            case "decode" -> decode(value);
            default -> throw Problem.badRequest("base64.operation", operation);
        };
        String type = exchange.request()
                .query("content-type")
                .filter(t -> !t.isBlank())
                .orElse(DocumentEndpoint.TEXT);
        if (type.chars().anyMatch(c -> c < ' ' || c == 0x7f)) {
            throw Problem.badRequest("base64.contentType");
        }
        if (!SAFE_TYPES.contains(type.split(";", 2)[0].strip().toLowerCase(Locale.ROOT))) {
            result = escaped(new String(result, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
        }
        FullHttpResponse response = Responses.withKnownNames(Responses.status(200), Unpooled.wrappedBuffer(result));
        response.headers().set(HttpHeaderNames.CONTENT_TYPE, type);
        exchange.answer(response);
    }

    /** {@code value} read in the URL-safe alphabet, or else in the standard one. */
    private static byte[] decode(String value) {
        try {
            return Base64.getUrlDecoder().decode(value);
        } catch (IllegalArgumentException notUrlSafe) {
            try {
                return Base64.getDecoder().decode(value);
            } catch (IllegalArgumentException e) {
                throw Problem.badRequest("base64.malformed", value);
            }
        }
    }

    private static String escaped(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&#34;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
