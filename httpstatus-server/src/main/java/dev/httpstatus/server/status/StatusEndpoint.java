package dev.httpstatus.server.status;

import dev.httpstatus.HttpStatus;
import dev.httpstatus.server.exchange.Exchange;
import dev.httpstatus.server.exchange.Faults;
import dev.httpstatus.server.exchange.MediaType;
import dev.httpstatus.server.exchange.Responses;
import dev.httpstatus.server.routing.Endpoint;
import dev.httpstatus.server.script.Reply;
import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;

/**
 * Answers with the status a request names: {@code /status/{codes}} (httpbin: one code, a list or weights),
 * {@code /{code}} and {@code /{code}/{anything}} (httpstat.us), {@code /random/{codes}}. Every code
 * 100..599 is answered protocol-correctly: the headers it needs, a body negotiated by Accept where content
 * is allowed, real interim responses for 1xx.
 */
public final class StatusEndpoint implements Endpoint {
    private static final List<MediaType> OFFERED = List.of(MediaType.TEXT, MediaType.JSON, MediaType.HTML);
    private static final Duration DRIBBLE_INTERVAL = Duration.ofMillis(100);

    private final Function<Exchange, String> spec;

    private StatusEndpoint(Function<Exchange, String> spec) {
        this.spec = spec;
    }

    /** {@code /status/{codes}} and {@code /random/{codes}}: the codes follow the prefix. */
    public static StatusEndpoint after(String prefix) {
        return new StatusEndpoint(exchange -> exchange.path()
                .substring(Math.min(prefix.length(), exchange.path().length())));
    }

    /** {@code /{code}} and {@code /{code}/{anything}}: the code is the first path segment. */
    public static StatusEndpoint firstSegment() {
        return new StatusEndpoint(exchange -> {
            String path = exchange.path().substring(1);
            int slash = path.indexOf('/');
            return slash < 0 ? path : path.substring(0, slash);
        });
    }

    /** Whether {@code path} starts with a number, as httpstat.us paths do. */
    public static boolean isNumericPath(String path) {
        return path.length() > 1 && Character.isDigit(path.charAt(1));
    }

    @Override
    public void handle(Exchange exchange) {
        RequestOptions options;
        int code;
        try {
            code = CodeChoice.parse(spec.apply(exchange)).pick(ThreadLocalRandom.current());
            options = RequestOptions.of(exchange);
        } catch (IllegalArgumentException e) {
            exchange.send(Responses.problem(exchange, HttpResponseStatus.BAD_REQUEST, e.getMessage()));
            return;
        }
        answer(exchange, code, options);
    }

    /** Answers the code {@code spec} names, with the options of the request: for other endpoints. */
    public static void answerCode(Exchange exchange, String spec) {
        new StatusEndpoint(ignored -> spec).handle(exchange);
    }

    /**
     * Answers the 3xx {@code code} redirecting to {@code target}, which the client named: a path on this
     * server, or a URL of this host or an allowed one, else a 400 that says why.
     */
    public static void redirectChecked(Exchange exchange, int code, String target) {
        try {
            answer(exchange, code, RequestOptions.of(exchange).withLocation(target));
        } catch (IllegalArgumentException e) {
            exchange.send(Responses.problem(exchange, HttpResponseStatus.BAD_REQUEST, e.getMessage()));
        }
    }

    /** Answers the 3xx {@code code} with {@code location} as it is: a Location the server itself computed. */
    public static void redirectExactly(Exchange exchange, int code, String location) {
        FullHttpResponse response = build(exchange, HttpStatus.of(code), RequestOptions.of(exchange));
        response.headers().set(HttpHeaderNames.LOCATION, location);
        exchange.send(response);
    }

    /** Answers with a scripted reply: its status, headers, body, delay and fault. */
    public static void answer(Exchange exchange, Reply reply) {
        answer(exchange, reply.status(), RequestOptions.of(reply));
    }

    /** Answers {@code code} with {@code options}, after any sleep the request asked for. */
    static void answer(Exchange exchange, int code, RequestOptions options) {
        exchange.after(options.sleep().orElse(Duration.ZERO), () -> respond(exchange, code, options));
    }

    private static void respond(Exchange exchange, int code, RequestOptions options) {
        if (code == 101) {
            exchange.send(Responses.problem(
                    exchange,
                    HttpResponseStatus.BAD_REQUEST,
                    "101 Switching Protocols is only sent when a connection really switches protocols: "
                            + "open a WebSocket to /websocket/echo to see one"));
            return;
        }
        if (code < 200) {
            Interim.send(exchange, code);
            respond(exchange, options.then().orElse(200), options);
            return;
        }
        FullHttpResponse response;
        try {
            response = build(exchange, HttpStatus.of(code), options);
        } catch (IllegalArgumentException e) {
            exchange.send(Responses.problem(exchange, HttpResponseStatus.BAD_REQUEST, e.getMessage()));
            return;
        }
        deliver(exchange, response, options);
    }

    private static FullHttpResponse build(Exchange exchange, HttpStatus status, RequestOptions options) {
        HttpResponseStatus line = Responses.status(status.code());
        FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, line, Unpooled.buffer(0));
        StatusHeaders.add(exchange, status.code(), options.location(), response.headers());
        if (status.allowsContent() && !options.suppressBody()) {
            writeBody(exchange, status, options, response);
        }
        if (options.headers().isEmpty()) {
            return response;
        }
        // A header the request names replaces the code's own (its Retry-After, say); repeats of it are added.
        Set<String> replaced = new HashSet<>();
        for (Map.Entry<String, String> header : options.headers()) {
            if (replaced.add(header.getKey().toLowerCase(Locale.ROOT))) {
                response.headers().set(header.getKey(), header.getValue());
            } else {
                response.headers().add(header.getKey(), header.getValue());
            }
        }
        return response;
    }

    private static void writeBody(
            Exchange exchange, HttpStatus status, RequestOptions options, FullHttpResponse response) {
        String contentType;
        byte[] bytes;
        if (options.body().isPresent()) {
            bytes = options.body().get().getBytes(StandardCharsets.UTF_8);
            contentType = options.contentType().orElse(MediaType.TEXT.contentType());
        } else {
            MediaType type = MediaType.negotiate(exchange.request().headers().get(HttpHeaderNames.ACCEPT), OFFERED);
            bytes = StatusBodies.encoded(type, status, exchange.language());
            contentType = type.contentType();
        }
        if (status.code() == 206) {
            int half = Math.max(1, bytes.length / 2);
            response.headers().set(HttpHeaderNames.CONTENT_RANGE, "bytes 0-" + (half - 1) + "/" + bytes.length);
            response.content().writeBytes(bytes, 0, Math.min(half, bytes.length));
        } else {
            response.content().writeBytes(bytes);
        }
        response.headers().set(HttpHeaderNames.CONTENT_TYPE, contentType);
    }

    private static void deliver(Exchange exchange, FullHttpResponse response, RequestOptions options) {
        if (options.fault().isPresent()) {
            switch (options.fault().get()) {
                case RESET -> Faults.reset(exchange, response);
                case EMPTY -> Faults.empty(exchange, response);
                case ABORT -> Faults.abort(exchange, response);
                case DRIBBLE -> Faults.dribble(exchange, response, DRIBBLE_INTERVAL);
            }
        } else if (options.sleepAfterHeaders().isPresent()) {
            Faults.pauseAfterHead(
                    exchange, response, options.sleepAfterHeaders().get());
        } else {
            exchange.send(response);
        }
    }
}
