package dev.httpstatus.server.resource;

import dev.httpstatus.server.exchange.Endpoint;
import dev.httpstatus.server.exchange.Exchange;
import dev.httpstatus.server.exchange.Json;
import dev.httpstatus.server.exchange.Keys;
import dev.httpstatus.server.exchange.Problem;
import dev.httpstatus.server.state.StateStore;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * {@code /jobs}: work accepted now and finished later. POST answers 202 Accepted with a status monitor in
 * Location; the monitor answers 200 with the job's state while it runs, then 303 See Other to the result.
 * A job finishes after its monitor has been asked {@code ?polls=} times (2 by default), so tests need not wait.
 * A job is named by a random id, so it is its client's alone, yet its monitor works from any client that was given
 * its URL, through any replica: the polls it wants and the polls so far are kept in the state store under that id.
 */
final class JobsEndpoint implements Endpoint {
    private static final String PREFIX = "/jobs";
    private static final String WANTED = "polls";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final StateStore state;

    JobsEndpoint(StateStore state) {
        this.state = state;
    }

    @Override
    public void handle(Exchange exchange) {
        String rest = exchange.request().path().substring(PREFIX.length());
        if (rest.isEmpty() && exchange.request().method().equals(HttpMethod.POST)) {
            accept(exchange);
        } else if (rest.endsWith("/result")) {
            exchange.answer(Json.response(
                    200,
                    Json.MAPPER
                            .createObjectNode()
                            .put("job", rest.split("/")[1])
                            .put("result", "done")));
        } else if (!rest.isEmpty()) {
            monitor(exchange, rest.substring(1));
        } else {
            throw Problem.of(405, "jobs.post").header("Allow", "POST");
        }
    }

    private void accept(Exchange exchange) {
        int polls = exchange.request()
                .query("polls")
                .filter(p -> p.matches("\\d{1,3}"))
                .map(Integer::parseInt)
                .orElse(2);
        byte[] random = new byte[9];
        RANDOM.nextBytes(random);
        String id = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        var accepted = state.put(job(exchange, id), WANTED, Optional.of(Integer.toString(polls)));
        exchange.answerWhen(accepted, done -> {
            FullHttpResponse response = Json.response(
                    202, Json.MAPPER.createObjectNode().put("job", id).put("state", "running"));
            response.headers().set(HttpHeaderNames.LOCATION, base(exchange) + "/" + id);
            exchange.answer(response);
        });
    }

    private void monitor(Exchange exchange, String id) {
        String job = job(exchange, id);
        var asked = state.get(job, WANTED).thenCompose(wanted -> {
            if (wanted.isEmpty()) {
                throw Problem.of(404, "jobs.unknown", id);
            }
            return state.increment(job + "|polls").thenApply(polls -> polls >= Integer.parseInt(wanted.get()));
        });
        exchange.answerWhen(asked, done -> {
            if (done) {
                FullHttpResponse response = Json.response(
                        303, Json.MAPPER.createObjectNode().put("job", id).put("state", "done"));
                response.headers().set(HttpHeaderNames.LOCATION, base(exchange) + "/" + id + "/result");
                exchange.answer(response);
            } else {
                exchange.answer(Json.response(
                        200, Json.MAPPER.createObjectNode().put("job", id).put("state", "running")));
            }
        });
    }

    private static String job(Exchange exchange, String id) {
        return "job|" + Keys.bounded(exchange.request().scope() + "|" + id);
    }

    private static String base(Exchange exchange) {
        return exchange.request().scheme() + "://" + exchange.request().host()
                + exchange.request().scopePrefix() + PREFIX;
    }
}
