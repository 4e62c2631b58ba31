package dev.httpstatus.server.conditional;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.httpstatus.server.exchange.Json;
import dev.httpstatus.server.exchange.Request;
import io.netty.handler.codec.http.FullHttpResponse;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The request as go-httpbin's {@code /get} shows it, the content of its cache resources: {@code args} (each query
 * parameter with its values), {@code headers} (each header, its name in canonical case, with its values), {@code
 * method}, {@code origin} (the client's address) and {@code url}.
 */
final class RequestJson {
    /** Headers Netty adds to an HTTP/2 stream read as HTTP/1.1; the client did not send them. */
    private static final String HTTP2_EXTENSION = "x-http2-";

    private RequestJson() {}

    /** A 200 with the request as JSON. */
    static FullHttpResponse response(Request request) {
        ObjectNode body = Json.MAPPER.createObjectNode();
        ObjectNode args = body.putObject("args");
        for (Map.Entry<String, List<String>> parameter :
                request.queryParameters().entrySet()) {
            ArrayNode values = args.putArray(parameter.getKey());
            parameter.getValue().forEach(values::add);
        }
        ObjectNode headers = body.putObject("headers");
        for (String name : request.headers().names()) {
            if (!name.toLowerCase(Locale.ROOT).startsWith(HTTP2_EXTENSION)) {
                ArrayNode values = headers.putArray(canonical(name));
                request.headers().getAll(name).forEach(values::add);
            }
        }
        body.put("method", request.method().name());
        body.put("origin", origin(request.remoteAddress()));
        body.put("url", request.scheme() + "://" + request.host() + request.target());
        return Json.response(200, body);
    }

    /** A header name as Go's net/http writes it: User-Agent, X-Forwarded-For. */
    static String canonical(String name) {
        StringBuilder canonical = new StringBuilder(name.length());
        boolean upper = true;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            canonical.append(upper ? Character.toUpperCase(c) : Character.toLowerCase(c));
            upper = c == '-';
        }
        return canonical.toString();
    }

    private static String origin(SocketAddress address) {
        return address instanceof InetSocketAddress inet && inet.getAddress() != null
                ? inet.getAddress().getHostAddress()
                : String.valueOf(address);
    }
}
