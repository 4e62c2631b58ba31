package dev.httpstatus.server.exchange;

import java.time.Duration;

/** Told about every exchange: when it starts, and once its answer is written or its connection is gone. */
@FunctionalInterface
public interface ExchangeListener {
    /** A request has arrived. */
    default void started(Exchange exchange) {}

    /**
     * The answer is written; {@code status} is 0 and {@code bytes} 0 when the connection closed (or was
     * closed on purpose) before any answer.
     */
    void completed(Exchange exchange, int status, long bytes, Duration time);

    /** A listener telling each of {@code listeners} in turn. */
    static ExchangeListener all(ExchangeListener... listeners) {
        return new ExchangeListener() {
            @Override
            public void started(Exchange exchange) {
                for (ExchangeListener listener : listeners) {
                    listener.started(exchange);
                }
            }

            @Override
            public void completed(Exchange exchange, int status, long bytes, Duration time) {
                for (ExchangeListener listener : listeners) {
                    listener.completed(exchange, status, bytes, time);
                }
            }
        };
    }
}
