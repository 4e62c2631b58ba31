package dev.httpstatus.server.exchange;

import io.netty.handler.codec.http.FullHttpResponse;
import java.time.Duration;

/**
 * Answers that go wrong on purpose, and answers written in parts: the ways a test can see a client cope with
 * resets, silence, truncation and slow bodies. In HTTP/2 the stream is reset instead of the connection, which
 * other streams share.
 */
public final class Faults {
    private Faults() {}

    /** Resets the connection (TCP RST) or the HTTP/2 stream, without a response. */
    public static void reset(Exchange exchange, FullHttpResponse unused) {
        unused.release();
        exchange.resetConnection();
    }

    /** Closes the connection (or stream) without a response. */
    public static void empty(Exchange exchange, FullHttpResponse unused) {
        unused.release();
        exchange.closeConnection();
    }

    /** Sends the head and the first half of the content, then closes. */
    public static void abort(Exchange exchange, FullHttpResponse response) {
        Streaming content = exchange.stream(response);
        content.write(content.remaining() / 2);
        content.abort();
    }

    /** Sends the head, waits {@code pause}, then sends the content. */
    public static void pauseAfterHead(Exchange exchange, FullHttpResponse response, Duration pause) {
        Streaming content = exchange.stream(response);
        content.after(pause, content::end);
    }

    /** Sends the head, then the content one byte every {@code interval}. */
    public static void dribble(Exchange exchange, FullHttpResponse response, Duration interval) {
        inParts(exchange, response, response.content().readableBytes(), interval);
    }

    /**
     * Sends the head, then the content in {@code parts} nearly equal parts, one every {@code interval}, the first
     * after one interval. Each part is a timer on the connection's event loop; no thread waits.
     */
    public static void inParts(Exchange exchange, FullHttpResponse response, int parts, Duration interval) {
        Streaming content = exchange.stream(response);
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
