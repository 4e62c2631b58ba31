package dev.httpstatus.server.script;

import io.netty.handler.codec.http.HttpHeaderValidationUtil;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One scripted answer: a status with, optionally, headers, a body, a delay or a fault. Immutable; each
 * method returns a changed copy: {@code Reply.status(503).header("Retry-After", "1").delay(ofMillis(50))}.
 */
public final class Reply {
    /** How an answer can go wrong on purpose. */
    public enum Fault {
        /** The connection (or HTTP/2 stream) is reset before any response. */
        RESET,
        /** The connection is closed without any response. */
        EMPTY,
        /** The head and half the body are sent, then the connection is closed. */
        ABORT,
        /** The body is sent a byte at a time, 100 ms apart. */
        DRIBBLE,
        /**
         * Content is sent, with its Content-Length, after a head whose status allows none (204, 205, 304), as a
         * buggy server does; any other status is answered 400 instead.
         */
        CONTENT,
        /**
         * The interim 1xx is sent even to an HTTP/1.0 request, which RFC 9110 §15.2 forbids; an answer without a
         * 1xx is answered 400 instead.
         */
        INTERIM
    }

    private final int status;
    private final List<Map.Entry<String, String>> headers;
    private final Optional<String> body;
    private final Optional<String> contentType;
    private final Duration delay;
    private final Optional<Fault> fault;

    private Reply(
            int status,
            List<Map.Entry<String, String>> headers,
            Optional<String> body,
            Optional<String> contentType,
            Duration delay,
            Optional<Fault> fault) {
        this.status = status;
        this.headers = List.copyOf(headers);
        this.body = body;
        this.contentType = contentType;
        this.delay = delay;
        this.fault = fault;
    }

    /**
     * An answer with {@code status} and the usual body and headers of that code.
     *
     * @throws IllegalArgumentException when {@code status} is outside 100..599
     */
    public static Reply status(int status) {
        if (status < 100 || status > 599) {
            throw new IllegalArgumentException("status code " + status + " is outside 100..599");
        }
        return new Reply(status, List.of(), Optional.empty(), Optional.empty(), Duration.ZERO, Optional.empty());
    }

    /**
     * A copy with one more response header.
     *
     * @throws IllegalArgumentException when {@code name} is not a header name (RFC 9110 §5.1) or {@code value}
     *     holds a control character, which could split the answer
     */
    public Reply header(String name, String value) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        // Checked here, where the test that wrote it sees the mistake, rather than as a 400 at run time.
        if (name.isEmpty() || HttpHeaderValidationUtil.validateToken(name) >= 0) {
            throw new IllegalArgumentException(
                    "\"" + name + "\" is not a header name: use letters, digits and " + "!#$%&'*+-.^_`|~ only");
        }
        if (HttpHeaderValidationUtil.validateValidHeaderValue(value) >= 0) {
            throw new IllegalArgumentException("the value of " + name + " holds a control character or line break");
        }
        List<Map.Entry<String, String>> more = new ArrayList<>(headers);
        more.add(Map.entry(name, value));
        return new Reply(status, more, body, contentType, delay, fault);
    }

    /** A copy with this body, sent as {@code contentType}. */
    public Reply body(String body, String contentType) {
        return new Reply(status, headers, Optional.of(body), Optional.of(contentType), delay, fault);
    }

    /** A copy with this plain-text body. */
    public Reply body(String body) {
        return body(body, "text/plain; charset=utf-8");
    }

    /** A copy answered only after {@code delay}. */
    public Reply delay(Duration delay) {
        if (delay.isNegative()) {
            throw new IllegalArgumentException("a delay cannot be negative: " + delay);
        }
        return new Reply(status, headers, body, contentType, delay, fault);
    }

    /** A copy that fails on purpose in the way {@code fault} says. */
    public Reply fault(Fault fault) {
        return new Reply(status, headers, body, contentType, delay, Optional.of(fault));
    }

    /** The status code answered. */
    public int status() {
        return status;
    }

    /** The headers added to the answer, in order; a name given twice is sent twice. */
    public List<Map.Entry<String, String>> headers() {
        return headers;
    }

    /** The body instead of the code's own, when one is set. */
    public Optional<String> body() {
        return body;
    }

    /** The Content-Type of {@link #body()}, when one is set. */
    public Optional<String> contentType() {
        return contentType;
    }

    /** How long the server waits before it answers; zero by default. */
    public Duration delay() {
        return delay;
    }

    /** The fault the answer ends in instead, when one is set. */
    public Optional<Fault> fault() {
        return fault;
    }

    @Override
    public String toString() {
        return "Reply[" + status + (delay.isZero() ? "" : " after " + delay)
                + fault.map(f -> " " + f).orElse("") + "]";
    }
}
