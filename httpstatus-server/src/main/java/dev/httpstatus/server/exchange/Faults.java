package dev.httpstatus.server.exchange;

import dev.httpstatus.Language;
import dev.httpstatus.server.script.Reply;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpVersion;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Answers that go wrong on purpose, and answers written in parts: the ways a test can see a client cope with
 * resets, silence, truncation and slow bodies. In HTTP/2 the stream is reset instead of the connection, which
 * other streams share.
 */
public final class Faults {
    /** A dribbled answer comes a byte at a time, this far apart. */
    private static final Duration DRIBBLE_INTERVAL = Duration.ofMillis(100);

    /** The content {@code fault=content} sends, in each language: {@code faults.properties} beside this class. */
    private static final Map<Language, Texts> CONTENT = new EnumMap<>(Language.class);

    static {
        for (Language language : Language.values()) {
            CONTENT.put(language, Texts.of(Faults.class, "faults", language));
        }
    }

    private Faults() {}

    /** Makes {@code response} go wrong as {@code fault} says. */
    static void apply(Exchange exchange, FullHttpResponse response, Reply.Fault fault) {
        switch (fault) {
            case RESET -> reset(exchange, response);
            case EMPTY -> empty(exchange, response);
            case ABORT -> abort(exchange, response);
            case DRIBBLE -> dribble(exchange, response, DRIBBLE_INTERVAL);
            case CONTENT -> forbiddenContent(exchange, response);
            case INTERIM -> interimSent(exchange, response);
        }
    }

    /**
     * Sends content with its Content-Length after a 204, 205 or 304 head, which RFC 9110 §15.3.5, §15.3.6 and
     * §15.4.5 forbid: the bytes a framework writes when an application sets a body on such an answer. A client
     * that trusts the status reads no content and leaves the bytes on the connection, where the next answer
     * starts. For any other status there is nothing to break, and the request is told so (400).
     */
    static void forbiddenContent(Exchange exchange, FullHttpResponse response) {
        int code = response.status().code();
        if (code != 204 && code != 205 && code != 304) {
            response.release();
            exchange.send(Problems.response(
                    exchange.request(), Problem.badRequest("option.faultContent", String.valueOf(code))));
            return;
        }
        String text = CONTENT.get(exchange.request().language()).get("content", code) + "\n";
        exchange.sendForbiddenContent(response, text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The answer as it is, once the 1xx went out ({@link #sendsInterim}); an answer without one has no 1xx to
     * send wrongly, and the request is told so (400).
     */
    static void interimSent(Exchange exchange, FullHttpResponse response) {
        if (exchange.interimsSent() == 0) {
            int code = response.status().code();
            response.release();
            exchange.send(Problems.response(
                    exchange.request(), Problem.badRequest("option.faultInterim", String.valueOf(code))));
            return;
        }
        exchange.send(response);
    }

    /**
     * Whether an interim 1xx goes out on {@code exchange}: not to an HTTP/1.0 request (RFC 9110 §15.2), unless
     * the request asks for the fault that breaks that rule.
     */
    public static boolean sendsInterim(Exchange exchange) {
        return !exchange.request().version().equals(HttpVersion.HTTP_1_0)
                || exchange.options().fault().equals(Optional.of(Reply.Fault.INTERIM));
    }

    /** Resets the connection (TCP RST) or the HTTP/2 stream, without a response. */
    static void reset(Exchange exchange, FullHttpResponse unused) {
        unused.release();
        exchange.resetConnection();
    }

    /** Closes the connection (or stream) without a response. */
    static void empty(Exchange exchange, FullHttpResponse unused) {
        unused.release();
        exchange.closeConnection();
    }

    /** Sends the head and the first half of the content, then closes. */
    static void abort(Exchange exchange, FullHttpResponse response) {
        Streaming content = exchange.startStream(response);
        content.write(content.remaining() / 2);
        content.abort();
    }

    /** Sends the head, waits {@code pause}, then sends the content. */
    static void pauseAfterHead(Exchange exchange, FullHttpResponse response, Duration pause) {
        Streaming content = exchange.startStream(response);
        content.after(pause, content::end);
    }

    /** Sends the head, then the content one byte every {@code interval}. */
    static void dribble(Exchange exchange, FullHttpResponse response, Duration interval) {
        inParts(exchange.startStream(response), response.content().readableBytes(), interval);
    }

    /**
     * Writes the content of a streamed answer in {@code parts} nearly equal parts, one every {@code interval}, the
     * first after one interval. Each part is a timer on the connection's event loop; no thread waits.
     */
    public static void inParts(Streaming content, int parts, Duration interval) {
        int count = Math.min(parts, content.remaining());
        if (count <= 0) {
            content.end();
            return;
        }
        content.after(interval, new Runnable() {
            private int sent;

            @Override
            public void run() {
                sent++;
                if (sent == count) {
                    content.end();
                } else {
                    content.write(content.remaining() / (count - sent + 1));
                    content.after(interval, this);
                }
            }
        });
    }
}
