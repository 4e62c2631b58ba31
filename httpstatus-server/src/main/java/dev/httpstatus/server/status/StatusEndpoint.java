package dev.httpstatus.server.status;

import dev.httpstatus.HttpStatus;
import dev.httpstatus.server.exchange.Endpoint;
import dev.httpstatus.server.exchange.Exchange;
import dev.httpstatus.server.exchange.MediaType;
import dev.httpstatus.server.exchange.Options;
import dev.httpstatus.server.exchange.Problem;
import dev.httpstatus.server.exchange.Responses;
import dev.httpstatus.server.script.Reply;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpResponseStatus;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;

/**
 * Answers with the status a request names: {@code /status/{codes}} (httpbin: one code, a list or weights),
 * {@code /{code}} and {@code /{code}/{anything}} (httpstat.us), {@code /random/{codes}}. Every code
 * 100..599 is answered protocol-correctly: the headers it needs, a body negotiated by Accept where content
 * is allowed, real interim responses for 1xx.
 */
final class StatusEndpoint implements Endpoint {
    private static final List<MediaType> OFFERED = List.of(MediaType.TEXT, MediaType.JSON, MediaType.HTML);

    private final Function<Exchange, String> spec;

    private StatusEndpoint(Function<Exchange, String> spec) {
        this.spec = spec;
    }

    /** {@code /status/{codes}} and {@code /random/{codes}}: the codes follow the prefix. */
    static StatusEndpoint after(String prefix) {
        return new StatusEndpoint(exchange -> exchange.request()
                .path()
                .substring(Math.min(prefix.length(), exchange.request().path().length())));
    }

    /** {@code /{code}} and {@code /{code}/{anything}}: the code is the first path segment. */
    static StatusEndpoint firstSegment() {
        return new StatusEndpoint(exchange -> {
            String path = exchange.request().path().substring(1);
            int slash = path.indexOf('/');
            return slash < 0 ? path : path.substring(0, slash);
        });
    }

    /** Whether {@code path} starts with a number, as httpstat.us paths do. */
    static boolean isNumericPath(String path) {
        return path.length() > 1 && Character.isDigit(path.charAt(1));
    }

    @Override
    public void handle(Exchange exchange) {
        int code = CodeChoice.parse(spec.apply(exchange)).pick(ThreadLocalRandom.current());
        answer(exchange, code, RequestOptions.of(exchange));
    }

    /** Answers the code {@code spec} names, with the options of the request: for other endpoints. */
    static void answerCode(Exchange exchange, String spec) {
        new StatusEndpoint(ignored -> spec).handle(exchange);
    }

    /**
     * Answers with a scripted reply: its status and body, after its delay, with its headers and fault shaping the
     * answer instead of the request's options.
     */
    static void answer(Exchange exchange, Reply reply) {
        exchange.useOptions(Options.of(reply));
        exchange.request().language();
        exchange.answerAfter(reply.delay(), () -> respond(exchange, reply.status(), RequestOptions.of(reply)));
    }

    /**
     * Answers {@code code} with {@code options}; the options every answer takes (a sleep, headers, a fault) the
     * dispatcher and the exchange apply. The language is read first, so that a bad {@code ?lang=} is a 400.
     */
    static void answer(Exchange exchange, int code, RequestOptions options) {
        exchange.request().language();
        respond(exchange, code, options);
    }

    private static void respond(Exchange exchange, int code, RequestOptions options) {
        if (code == 101) {
            throw Problem.badRequest("status.101");
        }
        if (code < 200) {
            Interim.send(exchange, code);
            respond(exchange, options.then().orElse(200), options);
            return;
        }
        exchange.answer(build(exchange, HttpStatus.of(code), options));
    }

    private static FullHttpResponse build(Exchange exchange, HttpStatus status, RequestOptions options) {
        HttpResponseStatus line = Responses.status(status.code());
        Body body = status.allowsContent() && !options.suppressBody() ? body(exchange, status, options) : null;
        // The names of the headers a request or a script adds are checked where they come in: Options and Reply.
        FullHttpResponse response = Responses.withKnownNames(line, body == null ? Unpooled.buffer(0) : body.content());
        StatusHeaders.add(exchange, status.code(), options.location(), response.headers());
        if (body != null) {
            response.headers().set(HttpHeaderNames.CONTENT_TYPE, body.type());
            if (body.range().isPresent()) {
                response.headers()
                        .set(HttpHeaderNames.CONTENT_RANGE, body.range().get());
            }
        }
        return response;
    }

    /** The content of an answer, its type, and for 206 the range it is of the whole. */
    private record Body(ByteBuf content, String type, Optional<String> range) {}

    /**
     * The body the request asked for, or the code's own in the negotiated type. The code's own bodies are
     * shared, made once ({@link StatusBodies#encoded}), so they are wrapped read-only rather than copied.
     */
    private static Body body(Exchange exchange, HttpStatus status, RequestOptions options) {
        String type;
        byte[] bytes;
        if (options.body().isPresent()) {
            bytes = options.body().get().getBytes(StandardCharsets.UTF_8);
            type = options.contentType().orElse(MediaType.TEXT.contentType());
        } else {
            MediaType negotiated = exchange.request().preferred(OFFERED);
            bytes = StatusBodies.encoded(negotiated, status, exchange.request().language());
            type = negotiated.contentType();
        }
        if (status.code() == 206) {
            int half = Math.max(1, bytes.length / 2);
            return new Body(
                    Unpooled.wrappedBuffer(bytes, 0, Math.min(half, bytes.length))
                            .asReadOnly(),
                    type,
                    Optional.of("bytes 0-" + (half - 1) + "/" + bytes.length));
        }
        return new Body(Unpooled.wrappedBuffer(bytes).asReadOnly(), type, Optional.empty());
    }
}
