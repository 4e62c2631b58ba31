package dev.httpstatus.server.status;

import dev.httpstatus.server.exchange.ClientKey;
import dev.httpstatus.server.exchange.Endpoint;
import dev.httpstatus.server.exchange.Exchange;
import dev.httpstatus.server.exchange.Keys;
import dev.httpstatus.server.exchange.Problem;
import dev.httpstatus.server.state.StateStore;

/**
 * {@code /sequence/{codes}?key=k}: answers the codes in order, one per request of the same client ({@link
 * ClientKey}), then repeats the last, so that a retrying client meets {@code 503,503,200} as it would a recovering
 * server. The position is one atomic counter in the state store: replicas sharing it hand out each step once.
 */
final class SequenceEndpoint implements Endpoint {
    private static final String PREFIX = "/sequence/";

    private final StateStore state;

    SequenceEndpoint(StateStore state) {
        this.state = state;
    }

    @Override
    public void handle(Exchange exchange) {
        String[] codes = exchange.request()
                .path()
                .substring(Math.min(PREFIX.length(), exchange.request().path().length()))
                .split(",");
        if (codes.length == 0 || codes[0].isBlank()) {
            throw Problem.badRequest("sequence.empty");
        }
        String key = "sequence|" + ClientKey.of(exchange) + "|" + Keys.bounded(String.join(",", codes));
        exchange.answerWhen(state.increment(key), count -> {
            int position = (int) Math.min(count - 1, codes.length - 1);
            StatusEndpoint.answerCode(exchange, codes[position].strip());
        });
    }
}
