package dev.httpstatus.server.retry;

import dev.httpstatus.server.exchange.Exchange;
import dev.httpstatus.server.exchange.Responses;
import dev.httpstatus.server.routing.Endpoint;
import dev.httpstatus.server.status.StatusEndpoint;
import io.netty.handler.codec.http.HttpResponseStatus;
import java.util.Random;
import java.util.concurrent.ThreadLocalRandom;

/**
 * {@code /unstable?failure_rate=0.3&seed=42}: answers 500 with the given probability, 200 otherwise. With a
 * seed the outcome is the same for every request that gives it, so a failing test can be repeated.
 */
public final class UnstableEndpoint implements Endpoint {
    private static final double DEFAULT_FAILURE_RATE = 0.5;

    @Override
    public void handle(Exchange exchange) {
        double rate;
        double draw;
        try {
            rate = exchange.query("failure_rate").map(UnstableEndpoint::rate).orElse(DEFAULT_FAILURE_RATE);
            draw = exchange.query("seed")
                    .map(UnstableEndpoint::seeded)
                    .orElseGet(() -> ThreadLocalRandom.current().nextDouble());
        } catch (IllegalArgumentException e) {
            exchange.send(Responses.problem(exchange, HttpResponseStatus.BAD_REQUEST, e.getMessage()));
            return;
        }
        StatusEndpoint.answerCode(exchange, draw < rate ? "500" : "200");
    }

    private static double rate(String text) {
        try {
            double rate = Double.parseDouble(text);
            if (rate >= 0 && rate <= 1) {
                return rate;
            }
        } catch (NumberFormatException e) {
            // reported below with the valid range
        }
        throw new IllegalArgumentException("failure_rate=" + text + " must be a number from 0 to 1");
    }

    private static double seeded(String text) {
        try {
            return new Random(Long.parseLong(text.strip())).nextDouble();
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("seed=" + text + " must be a whole number");
        }
    }
}
