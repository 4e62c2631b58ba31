package dev.httpstatus.server.resource;

import dev.httpstatus.server.exchange.Endpoint;
import dev.httpstatus.server.exchange.Exchange;
import dev.httpstatus.server.exchange.Json;
import dev.httpstatus.server.exchange.Problem;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code /jobs}: work accepted now and finished later. POST answers 202 Accepted with a status monitor in
 * Location; the monitor answers 200 with the job's state while it runs, then 303 See Other to the result.
 * A job finishes after its monitor has been asked {@code ?polls=} times (2 by default), so tests need not wait.
 */
final class JobsEndpoint implements Endpoint {
    private static final String PREFIX = "/jobs";
    private static final int MAX_JOBS = 10_000;

    private final Map<String, int[]> pollsLeft = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, int[]> eldest) {
            return size() > MAX_JOBS;
        }
    });
    private int nextId = 1;

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
        String id;
        synchronized (this) {
            id = exchange.request().scope() + "-" + nextId++;
        }
        pollsLeft.put(id, new int[] {polls});
        FullHttpResponse response =
                Json.response(202, Json.MAPPER.createObjectNode().put("job", id).put("state", "running"));
        response.headers().set(HttpHeaderNames.LOCATION, base(exchange) + "/" + id);
        exchange.answer(response);
    }

    private void monitor(Exchange exchange, String id) {
        int[] left = pollsLeft.get(id);
        if (left == null) {
            throw Problem.of(404, "jobs.unknown", id);
        }
        boolean done;
        synchronized (left) {
            done = left[0] <= 1;
            left[0] = Math.max(0, left[0] - 1);
        }
        if (done) {
            FullHttpResponse response = Json.response(
                    303, Json.MAPPER.createObjectNode().put("job", id).put("state", "done"));
            response.headers().set(HttpHeaderNames.LOCATION, base(exchange) + "/" + id + "/result");
            exchange.answer(response);
        } else {
            exchange.answer(Json.response(
                    200, Json.MAPPER.createObjectNode().put("job", id).put("state", "running")));
        }
    }

    private static String base(Exchange exchange) {
        return exchange.request().scheme() + "://" + exchange.request().host()
                + exchange.request().scopePrefix() + PREFIX;
    }
}
