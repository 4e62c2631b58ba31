package dev.httpstatus.server.status;

import dev.httpstatus.server.exchange.Endpoint;
import dev.httpstatus.server.exchange.Exchange;
import dev.httpstatus.server.exchange.Problem;
import java.util.Random;
import java.util.concurrent.ThreadLocalRandom;

/**
 * {@code /unstable?failure_rate=0.3&seed=42}: answers 500 with the given probability, 200 otherwise. With a
 * seed the outcome is the same for every request that gives it, so a failing test can be repeated.
 */
final class UnstableEndpoint implements Endpoint {
    private static final double DEFAULT_FAILURE_RATE = 0.5;

    @Override
    public void handle(Exchange exchange) {
        double rate = exchange.request()
                .query("failure_rate")
                .map(UnstableEndpoint::rate)
                .orElse(DEFAULT_FAILURE_RATE);
        double draw = exchange.request()
                .query("seed")
                .map(UnstableEndpoint::seeded)
                .orElseGet(() -> ThreadLocalRandom.current().nextDouble());
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
        throw Problem.badRequest("unstable.rate", text);
    }

    private static double seeded(String text) {
        try {
            return new Random(Long.parseLong(text.strip())).nextDouble();
        } catch (NumberFormatException e) {
            throw Problem.badRequest("unstable.seed", text);
        }
    }
}
