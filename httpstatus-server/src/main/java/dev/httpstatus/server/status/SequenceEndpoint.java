package dev.httpstatus.server.status;

import dev.httpstatus.server.exchange.Endpoint;
import dev.httpstatus.server.exchange.Exchange;
import dev.httpstatus.server.exchange.Keys;
import dev.httpstatus.server.exchange.Problem;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code /sequence/{codes}?key=k}: answers the codes in order, one per request with the same key, then
 * repeats the last, so that a retrying client meets {@code 503,503,200} as it would a recovering server.
 * Keys are forgotten oldest first beyond a bound, so callers cannot grow the server's memory.
 */
final class SequenceEndpoint implements Endpoint {
    private static final String PREFIX = "/sequence/";
    private static final int MAX_KEYS = 10_000;

    private final Map<String, Integer> positions = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Integer> eldest) {
            return size() > MAX_KEYS;
        }
    };

    @Override
    public void handle(Exchange exchange) {
        String[] codes = exchange.request()
                .path()
                .substring(Math.min(PREFIX.length(), exchange.request().path().length()))
                .split(",");
        if (codes.length == 0 || codes[0].isBlank()) {
            throw Problem.badRequest("sequence.empty");
        }
        String key = Keys.bounded(exchange.request().scope() + "|"
                + exchange.request().option("key").orElse("") + "|" + String.join(",", codes));
        int position = next(key);
        StatusEndpoint.answerCode(exchange, codes[Math.min(position, codes.length - 1)].strip());
    }

    private synchronized int next(String key) {
        int position = positions.getOrDefault(key, 0);
        positions.put(key, position + 1);
        return position;
    }

    /** Starts every key's sequence over. */
    synchronized void reset() {
        positions.clear();
    }
}
