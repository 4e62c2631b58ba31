package dev.httpstatus.server.trouble;

import dev.httpstatus.server.exchange.ClientKey;
import dev.httpstatus.server.exchange.Endpoint;
import dev.httpstatus.server.exchange.Exchange;
import dev.httpstatus.server.exchange.Keys;
import dev.httpstatus.server.exchange.Problem;
import dev.httpstatus.server.exchange.Responses;
import dev.httpstatus.server.state.StateStore;
import io.netty.handler.codec.http.FullHttpResponse;
import java.net.InetSocketAddress;
import java.time.Duration;

/**
 * {@code /limited}: a real rate limiter, {@value #LIMIT} requests per {@value #WINDOW_SECONDS}-second window for
 * each client (and test scope): the key it names ({@link ClientKey#named}), else its address, as a limiter in front
 * of an API counts. Every answer carries RateLimit-Policy and RateLimit headers; once the window is used up, 429 Too
 * Many Requests with Retry-After until it ends. The window is kept in the state store, so replicas count together.
 */
final class LimitedEndpoint implements Endpoint {
    static final int LIMIT = 5;
    static final int WINDOW_SECONDS = 10;
    private static final Duration WINDOW = Duration.ofSeconds(WINDOW_SECONDS);

    private final StateStore state;

    LimitedEndpoint(StateStore state) {
        this.state = state;
    }

    @Override
    public void handle(Exchange exchange) {
        exchange.answerWhen(state.hit(key(exchange), WINDOW), window -> answer(exchange, window));
    }

    private static void answer(Exchange exchange, StateStore.Window window) {
        long reset = Math.max(1, (window.left().toMillis() + 999) / 1000);
        long remaining = Math.max(0, LIMIT - window.hits());
        String policy = LIMIT + ";w=" + WINDOW_SECONDS;
        String counts = "limit=" + LIMIT + ", remaining=" + remaining + ", reset=" + reset;
        if (window.hits() > LIMIT) {
            throw Problem.of(429, "limited.tooMany", LIMIT, WINDOW_SECONDS, reset)
                    .header("Retry-After", Long.toString(reset))
                    .header("RateLimit-Policy", policy)
                    .header("RateLimit", counts);
        }
        FullHttpResponse response = Responses.of(
                Responses.status(200), "text/plain; charset=utf-8", remaining + " requests left in this window\n");
        response.headers().set("RateLimit-Policy", policy);
        response.headers().set("RateLimit", counts);
        exchange.answer(response);
    }

    private static String key(Exchange exchange) {
        String client = ClientKey.named(exchange.request()).orElseGet(() -> address(exchange));
        return "limited|" + Keys.bounded(exchange.request().scope() + "|" + client);
    }

    private static String address(Exchange exchange) {
        var address = exchange.request().remoteAddress();
        return address instanceof InetSocketAddress inet && inet.getAddress() != null
                ? "address:" + inet.getAddress().getHostAddress()
                : "address:" + address;
    }
}
