package dev.httpstatus.server.generate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.httpstatus.server.exchange.Json;
import dev.httpstatus.server.exchange.Problem;
import dev.httpstatus.server.exchange.Request;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.QueryStringDecoder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The request told back as JSON in go-httpbin's shape, for the endpoints here that answer with it ({@code /delay},
 * {@code /gzip}, {@code /stream}, {@code /trailers}…): {@code args} and {@code headers} as lists of values,
 * header names in Go's canonical case, {@code origin} (the client's address) and {@code url}; with the body,
 * {@code data}, {@code files}, {@code form} and {@code json}.
 *
 * <p>A small stand-in for the shared echo of {@code /get} and {@code /anything}, which it should give way to.
 */
final class RequestEcho {
    static final String JSON_TYPE = "application/json; charset=utf-8";

    /** The types whose body go-httpbin shows as text; any other is a data: URL. */
    private static final Set<String> AS_TEXT = Set.of(
            "text/plain", "text/html", "application/json", "application/x-www-form-urlencoded", "multipart/form-data");

    private RequestEcho() {}

    /** {@code args}, {@code headers}, {@code method}, {@code origin} and {@code url}: go-httpbin's answer to a GET. */
    static ObjectNode withoutBody(Request request) {
        ObjectNode echo = Json.MAPPER.createObjectNode();
        echo.set("args", args(request));
        echo.set("headers", headers(request));
        echo.put("method", request.method().name());
        echo.put("origin", origin(request));
        echo.put("url", url(request));
        return echo;
    }

    /** The answer without a body, with what the body held: go-httpbin's answer to a POST. */
    static ObjectNode withBody(Request request) {
        ObjectNode echo = withoutBody(request);
        String type = request.header(HttpHeaderNames.CONTENT_TYPE).orElse("");
        String mediaType = type.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        byte[] body = new byte[request.content().readableBytes()];
        request.content().getBytes(request.content().readerIndex(), body);
        echo.put("data", data(body, mediaType));
        echo.set("files", Json.MAPPER.createObjectNode());
        echo.set(
                "form",
                mediaType.equals("application/x-www-form-urlencoded") ? form(body) : Json.MAPPER.createObjectNode());
        echo.set("json", mediaType.equals("application/json") && body.length > 0 ? json(body) : null);
        return echo;
    }

    /** The lines of {@code /stream} and {@code /jsonl}: the id, then {@code args}, {@code headers}, {@code origin}, {@code url}. */
    static ObjectNode line(Request request) {
        ObjectNode line = Json.MAPPER.createObjectNode();
        line.put("id", 0);
        line.set("args", args(request));
        line.set("headers", headers(request));
        line.put("origin", origin(request));
        line.put("url", url(request));
        return line;
    }

    /** {@code node} as UTF-8 JSON. */
    static byte[] bytes(JsonNode node) {
        try {
            return Json.MAPPER.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    private static ObjectNode args(Request request) {
        return lists(request.queryParameters());
    }

    private static ObjectNode lists(Map<String, List<String>> values) {
        ObjectNode node = Json.MAPPER.createObjectNode();
        values.forEach((name, list) -> list.forEach(node.withArray(name)::add));
        return node;
    }

    private static ObjectNode headers(Request request) {
        ObjectNode node = Json.MAPPER.createObjectNode();
        for (Map.Entry<String, String> header : request.headers()) {
            // Netty adds x-http2-scheme and x-http2-stream-id to an HTTP/2 request; the client sent neither.
            if (!header.getKey().regionMatches(true, 0, "x-http2-", 0, 8)) {
                node.withArray(canonical(header.getKey())).add(header.getValue());
            }
        }
        if (!node.has("Host")) {
            node.withArray("Host").add(request.host());
        }
        return node;
    }

    /** A header name in Go's canonical case: Content-Type, X-Forwarded-For. */
    static String canonical(String name) {
        StringBuilder canonical = new StringBuilder(name.length());
        boolean upper = true;
        for (char c : name.toCharArray()) {
            canonical.append(upper ? Character.toUpperCase(c) : Character.toLowerCase(c));
            upper = c == '-';
        }
        return canonical.toString();
    }

    /** The client: the first address of X-Forwarded-For when a proxy names one, else the peer's address. */
    static String origin(Request request) {
        String forwarded = request.header("X-Forwarded-For").orElse("");
        if (!forwarded.isBlank()) {
            return forwarded.split(",", 2)[0].strip();
        }
        SocketAddress address = request.remoteAddress();
        return address instanceof InetSocketAddress inet ? inet.getAddress().getHostAddress() : String.valueOf(address);
    }

    private static String url(Request request) {
        return request.scheme() + "://" + request.host() + request.target();
    }

    /** The body as text when it is text, else as a data: URL, as go-httpbin gives it. */
    private static String data(byte[] body, String mediaType) {
        if (body.length == 0) {
            return "";
        }
        if (AS_TEXT.contains(mediaType)) {
            return new String(body, StandardCharsets.UTF_8);
        }
        return "data:" + (mediaType.isEmpty() ? "application/octet-stream" : mediaType) + ";base64,"
                + Base64.getUrlEncoder().encodeToString(body);
    }

    private static ObjectNode form(byte[] body) {
        return lists(new QueryStringDecoder(new String(body, StandardCharsets.UTF_8), false).parameters());
    }

    private static JsonNode json(byte[] body) {
        try {
            return Json.MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            throw Problem.badRequest("generate.malformedJson", e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
