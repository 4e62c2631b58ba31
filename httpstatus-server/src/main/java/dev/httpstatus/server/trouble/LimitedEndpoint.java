package dev.httpstatus.server.trouble;

import dev.httpstatus.server.exchange.Endpoint;
import dev.httpstatus.server.exchange.Exchange;
import dev.httpstatus.server.exchange.Keys;
import dev.httpstatus.server.exchange.Problem;
import dev.httpstatus.server.exchange.Responses;
import io.netty.handler.codec.http.FullHttpResponse;
import java.net.InetSocketAddress;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * {@code /limited}: a real rate limiter, {@value #LIMIT} requests per {@value #WINDOW_SECONDS}-second window
 * for each client address (and test scope). Every answer carries RateLimit-Policy and RateLimit headers; once
 * the window is used up, 429 Too Many Requests with Retry-After until it ends.
 */
final class LimitedEndpoint implements Endpoint {
    static final int LIMIT = 5;
    static final int WINDOW_SECONDS = 10;
    private static final int MAX_CLIENTS = 10_000;

    private record Window(long startNanos, int used) {}

    private final LongSupplier clock;
    private final Map<String, Window> windows = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Window> eldest) {
            return size() > MAX_CLIENTS;
        }
    };

    LimitedEndpoint() {
        this(System::nanoTime);
    }

    LimitedEndpoint(LongSupplier clock) {
        this.clock = clock;
    }

    @Override
    public void handle(Exchange exchange) {
        long now = clock.getAsLong();
        Window window = take(key(exchange), now);
        long reset = Math.max(1, WINDOW_SECONDS - (now - window.startNanos()) / 1_000_000_000L);
        int remaining = Math.max(0, LIMIT - window.used());
        String policy = LIMIT + ";w=" + WINDOW_SECONDS;
        String state = "limit=" + LIMIT + ", remaining=" + remaining + ", reset=" + reset;
        if (window.used() > LIMIT) {
            throw Problem.of(429, "limited.tooMany", LIMIT, WINDOW_SECONDS, reset)
                    .header("Retry-After", Long.toString(reset))
                    .header("RateLimit-Policy", policy)
                    .header("RateLimit", state);
        }
        FullHttpResponse response = Responses.of(
                Responses.status(200), "text/plain; charset=utf-8", remaining + " requests left in this window\n");
        response.headers().set("RateLimit-Policy", policy);
        response.headers().set("RateLimit", state);
        exchange.answer(response);
    }

    private synchronized Window take(String key, long now) {
        Window window = windows.get(key);
        if (window == null || now - window.startNanos() >= WINDOW_SECONDS * 1_000_000_000L) {
            window = new Window(now, 0);
        }
        window = new Window(window.startNanos(), window.used() + 1);
        windows.put(key, window);
        return window;
    }

    private static String key(Exchange exchange) {
        var address = exchange.request().remoteAddress();
        String client = address instanceof InetSocketAddress inet && inet.getAddress() != null
                ? inet.getAddress().getHostAddress()
                : String.valueOf(address);
        return Keys.bounded(exchange.request().scope() + "|" + client);
    }
}
