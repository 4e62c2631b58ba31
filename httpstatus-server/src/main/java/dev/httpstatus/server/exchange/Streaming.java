package dev.httpstatus.server.exchange;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelFutureListener;
import io.netty.handler.codec.http.DefaultHttpContent;
import io.netty.handler.codec.http.DefaultLastHttpContent;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaders;
import java.time.Duration;

/**
 * The content of an answer whose head is sent, written in parts as the endpoint decides: at once, after a pause,
 * a byte at a time, or cut off halfway. The parts are slices of the response's content ({@link #write(int)}) or,
 * for content made as it goes (lines, events), parts of the endpoint's own ({@link #write(ByteBuf)}) after a head
 * that says {@code Transfer-Encoding: chunked}. The exchange ends with {@link #end}, {@link #end(HttpHeaders)} or
 * {@link #abort}.
 */
public final class Streaming {
    private final Exchange exchange;
    private final FullHttpResponse response;
    private final ByteBuf content;
    private long sent;
    private boolean over;
    private Duration pause = Duration.ZERO;

    Streaming(Exchange exchange, FullHttpResponse response) {
        this.exchange = exchange;
        this.response = response;
        this.content = response.content();
    }

    /** A streaming already over: a fault took the answer, and what is written now goes nowhere. */
    static Streaming over(Exchange exchange, FullHttpResponse response) {
        Streaming streaming = new Streaming(exchange, response);
        streaming.over = true;
        response.release();
        return streaming;
    }

    /** Waits {@code pause} before the first part ({@code sleep_after_headers}). */
    void pauseFirst(Duration pause) {
        this.pause = pause;
    }

    /** Whether the first part must wait its pause: it is then run again after it. */
    private boolean waits(Runnable again) {
        if (pause.isZero()) {
            return false;
        }
        Duration waiting = pause;
        pause = Duration.ZERO;
        exchange.later(waiting, again);
        return true;
    }

    /** The bytes of content not written yet (none for HEAD). */
    public int remaining() {
        return content.readableBytes();
    }

    /** Writes the next {@code bytes} of the content as one part. */
    public void write(int bytes) {
        if (over || waits(() -> write(bytes))) {
            return;
        }
        int size = Math.min(bytes, content.readableBytes());
        sent += size;
        exchange.write(new DefaultHttpContent(content.readRetainedSlice(size)));
    }

    /**
     * Writes {@code part}, content of the endpoint's own making, as the next part, and takes it over: it is
     * released unwritten for HEAD, or when the answer is already over. Parts written at once, one after another,
     * keep their order only when the first is written from {@link #after}, which waits any pause first.
     */
    public void write(ByteBuf part) {
        if (over || exchange.request().isHead()) {
            part.release();
            return;
        }
        if (waits(() -> write(part))) {
            return;
        }
        sent += part.readableBytes();
        exchange.write(new DefaultHttpContent(part));
    }

    /** Writes the rest of the content and ends the exchange. */
    public void end() {
        end(null);
    }

    /**
     * Writes the rest of the content and ends the exchange with {@code trailers}, fields sent after the content:
     * the trailer section of a chunked HTTP/1.1 answer, a closing HEADERS frame in HTTP/2. The head should name
     * them in {@code Trailer}; an answer that is not chunked has no room for them, and they are dropped.
     */
    public void end(HttpHeaders trailers) {
        if (over || waits(() -> end(trailers))) {
            return;
        }
        over = true;
        sent += content.readableBytes();
        DefaultLastHttpContent last = new DefaultLastHttpContent(content.readRetainedSlice(content.readableBytes()));
        if (trailers != null) {
            last.trailingHeaders().set(trailers);
        }
        exchange.write(last);
        exchange.finish(response.status().code(), sent);
        response.release();
    }

    /** Ends the exchange where it stands: the connection closes once what was written has gone. */
    public void abort() {
        if (over) {
            return;
        }
        over = true;
        exchange.write(new DefaultHttpContent(content.readRetainedSlice(0))).addListener(ChannelFutureListener.CLOSE);
        exchange.finish(response.status().code(), sent);
        response.release();
    }

    /** Runs {@code next} on the connection's event loop after {@code delay}, unless the connection closes first. */
    public void after(Duration delay, Runnable next) {
        if (over) {
            return;
        }
        Duration waiting = delay.plus(pause);
        pause = Duration.ZERO;
        exchange.later(waiting, next);
    }
}
