package dev.httpstatus.server.exchange;

import dev.httpstatus.server.script.Reply;
import io.netty.handler.codec.http.FullHttpResponse;
import java.time.Duration;

/**
 * Answers that go wrong on purpose, and answers written in parts: the ways a test can see a client cope with
 * resets, silence, truncation and slow bodies. In HTTP/2 the stream is reset instead of the connection, which
 * other streams share.
 */
public final class Faults {
    /** A dribbled answer comes a byte at a time, this far apart. */
    private static final Duration DRIBBLE_INTERVAL = Duration.ofMillis(100);

    private Faults() {}

    /** Makes {@code response} go wrong as {@code fault} says. */
    static void apply(Exchange exchange, FullHttpResponse response, Reply.Fault fault) {
        switch (fault) {
            case RESET -> reset(exchange, response);
            case EMPTY -> empty(exchange, response);
            case ABORT -> abort(exchange, response);
            case DRIBBLE -> dribble(exchange, response, DRIBBLE_INTERVAL);
        }
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
