package dev.httpstatus.server.conditional;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.httpstatus.server.exchange.Endpoint;
import dev.httpstatus.server.exchange.Exchange;
import dev.httpstatus.server.exchange.Json;
import dev.httpstatus.server.exchange.Problem;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code /response-headers?Name=value}, by any method, as go-httpbin answers it: every query parameter becomes a
 * response header (a repeated one, one header per value), and the JSON content lists them, {@code {"Name":
 * ["value"]}}, Content-Type among them. {@code Content-Type=} chooses the type of the answer; for a type a browser
 * may render as a page (anything but JSON, plain text and octet-stream) the names and values in the content are
 * HTML-escaped, the headers themselves never. A name that is not a token, a value with a control character, or a
 * header that frames the message (Content-Length, Transfer-Encoding) is a 400.
 */
final class ResponseHeadersEndpoint implements Endpoint {
    private static final String DEFAULT_TYPE = "application/json";
    private static final Pattern TOKEN = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");
    private static final Set<String> FRAMING = Set.of("content-length", "transfer-encoding");
    private static final Set<String> SAFE_TYPES = Set.of("application/json", "text/plain", "application/octet-stream");

    @Override
    public void handle(Exchange exchange) {
        Map<String, List<String>> headers =
                new LinkedHashMap<>(exchange.request().queryParameters());
        String type = null;
        for (Map.Entry<String, List<String>> header : headers.entrySet()) {
            check(header.getKey(), header.getValue());
            if (header.getKey().equalsIgnoreCase("Content-Type")) {
                type = header.getValue().get(0);
            }
        }
        if (type == null) {
            type = DEFAULT_TYPE;
            headers.put("Content-Type", List.of(DEFAULT_TYPE));
        }
        FullHttpResponse response = Json.response(200, listed(headers, !SAFE_TYPES.contains(mediaType(type))));
        response.headers().remove(HttpHeaderNames.CONTENT_TYPE);
        headers.forEach(
                (name, values) -> values.forEach(value -> response.headers().add(name, value)));
        exchange.answer(response);
    }

    private static void check(String name, List<String> values) {
        if (!TOKEN.matcher(name).matches()) {
            throw Problem.badRequest("responseHeaders.name", name);
        }
        if (FRAMING.contains(name.toLowerCase(Locale.ROOT))) {
            throw Problem.badRequest("responseHeaders.framing", name);
        }
        for (String value : values) {
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if ((c < 0x20 && c != '\t') || c == 0x7f) {
                    throw Problem.badRequest("responseHeaders.value", name);
                }
            }
        }
    }

    private static ObjectNode listed(Map<String, List<String>> headers, boolean escaped) {
        ObjectNode body = Json.MAPPER.createObjectNode();
        headers.forEach((name, values) -> {
            ArrayNode listed = body.putArray(escaped ? escape(name) : name);
            values.forEach(value -> listed.add(escaped ? escape(value) : value));
        });
        return body;
    }

    /** The media type of a Content-Type value, without its parameters, in lower case. */
    private static String mediaType(String type) {
        int semicolon = type.indexOf(';');
        return (semicolon < 0 ? type : type.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }

    /** {@code text} safe in HTML: the five characters that could open markup or end an attribute, as entities. */
    private static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&#34;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
