package dev.httpstatus.server.generate;

import dev.httpstatus.server.exchange.Endpoint;
import dev.httpstatus.server.exchange.Exchange;
import dev.httpstatus.server.exchange.Problem;
import dev.httpstatus.server.exchange.Streaming;
import dev.httpstatus.server.inspect.RequestEcho;
import dev.httpstatus.server.inspect.Shape;
import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.DefaultHttpHeaders;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaders;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code /trailers?Name=value}: the request told back with its body, chunked, each query parameter sent as a
 * trailer field after the content (in HTTP/2, a closing HEADERS frame), named in Go's canonical case and announced
 * in the Trailer header, as go-httpbin does. Fields that may not be trailers (RFC 9110 §6.5.1: framing, routing,
 * authentication, content metadata) are refused. The options every answer takes ({@code sleep}, {@code header}…)
 * remain options and are not trailers.
 */
final class TrailersEndpoint implements Endpoint {
    /** The fields go-httpbin refuses as trailers. */
    private static final Set<String> FORBIDDEN = Set.of(
            "authorization",
            "cache-control",
            "content-encoding",
            "content-length",
            "content-range",
            "content-type",
            "host",
            "max-forwards",
            "set-cookie",
            "te",
            "trailer",
            "transfer-encoding");

    private static final Set<String> OPTIONS = Set.of("sleep", "sleep_after_headers", "header", "fault");
    private static final Pattern TOKEN = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");

    @Override
    public void handle(Exchange exchange) {
        HttpHeaders trailers = new DefaultHttpHeaders();
        for (Map.Entry<String, List<String>> parameter :
                exchange.request().queryParameters().entrySet()) {
            String name = parameter.getKey();
            if (OPTIONS.contains(name)) {
                continue;
            }
            if (!TOKEN.matcher(name).matches() || FORBIDDEN.contains(name.toLowerCase(Locale.ROOT))) {
                throw Problem.badRequest("trailers.forbidden", name);
            }
            for (String value : parameter.getValue()) {
                if (value.chars().anyMatch(c -> (c < ' ' && c != '\t') || c == 0x7f)) {
                    throw Problem.badRequest("trailers.value", name);
                }
                trailers.add(RequestEcho.canonical(name), value);
            }
        }
        byte[] echo = RequestEcho.bytes(exchange, Shape.WITH_BODY, json -> {});
        FullHttpResponse head = Chunked.head(Generate.JSON_TYPE);
        for (String name : trailers.names()) {
            head.headers().add(HttpHeaderNames.TRAILER, name);
        }
        Streaming content = exchange.stream(head);
        Pacer.run(
                content,
                1,
                Duration.ZERO,
                0,
                i -> content.write(Unpooled.wrappedBuffer(echo)),
                () -> content.end(trailers));
    }
}
