package dev.httpstatus.server.ops;

import dev.httpstatus.server.exchange.Exchange;
import dev.httpstatus.server.exchange.ExchangeListener;
import io.netty.handler.codec.http.HttpHeaderNames;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The access log in the combined log format, one line per request: 499 where the client went before any answer, 444
 * where the server closed without one. Lines are handed to a writer
 * thread through a bounded queue, so an event loop never waits for a slow terminal; when the queue is full
 * lines are dropped and counted, and the count is logged when the queue drains.
 */
public final class AccessLog implements ExchangeListener, AutoCloseable {
    /**
     * The status logged for an exchange the server ended without an answer (the faults empty and reset): nginx's
     * 444 No Response, so that log readers, ours included, count the line.
     */
    private static final int NO_RESPONSE = 444;

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.ROOT);
    /** Put on the queue to stop the writer; compared by identity, so no log line can equal it. */
    private static final String END = new String("end of log");

    private final BlockingQueue<String> lines = new ArrayBlockingQueue<>(65_536);
    private final AtomicLong dropped = new AtomicLong();
    private final Thread writer;

    public AccessLog(PrintStream out) {
        writer = new Thread(() -> drain(out), "httpstatus-access-log");
        writer.setDaemon(true);
        writer.start();
    }

    @Override
    public void completed(Exchange exchange, int status, long bytes, Duration time) {
        if (!lines.offer(line(exchange, status, bytes))) {
            dropped.incrementAndGet();
        }
    }

    static String line(Exchange exchange, int status, long bytes) {
        var request = exchange.request();
        return address(request.remoteAddress()) + " - - ["
                + ZonedDateTime.now().format(TIME) + "] \""
                + request.method() + " " + quoted(request.sentTarget()) + " " + request.protocol() + "\" "
                + (status == 0 ? NO_RESPONSE : status) + " " + (bytes == 0 ? "-" : bytes) + " \""
                + quoted(request.headers().get(HttpHeaderNames.REFERER, "-")) + "\" \""
                + quoted(request.headers().get(HttpHeaderNames.USER_AGENT, "-")) + "\"";
    }

    private static String address(SocketAddress address) {
        if (address instanceof InetSocketAddress inet && inet.getAddress() != null) {
            return inet.getAddress().getHostAddress();
        }
        return address == null ? "-" : String.valueOf(address);
    }

    /** Escapes quotes, backslashes and control characters so a request cannot forge log lines. */
    private static String quoted(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || c == 0x7f) {
                out.append(String.format("\\x%02x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private void drain(PrintStream out) {
        try {
            while (true) {
                String line = lines.take();
                if (line == END) {
                    out.flush();
                    return;
                }
                out.println(line);
                long lost = dropped.getAndSet(0);
                if (lost > 0) {
                    out.println("httpstatus: " + lost + " access log lines were dropped while the log was busy");
                }
                if (lines.isEmpty()) {
                    out.flush();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Writes what is queued and stops the writer. */
    @Override
    public void close() throws InterruptedException {
        lines.put(END);
        writer.join(5000);
    }
}
