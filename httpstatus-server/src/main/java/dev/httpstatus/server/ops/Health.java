package dev.httpstatus.server.ops;

import dev.httpstatus.server.exchange.Endpoint;
import dev.httpstatus.server.exchange.Exchange;
import dev.httpstatus.server.exchange.Responses;
import io.netty.handler.codec.http.HttpResponseStatus;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * {@code /healthz} answers 200 while the process serves at all; {@code /readyz} answers 200 until a
 * shutdown begins, then 503, so a load balancer stops sending new work before the server stops.
 */
public final class Health {
    private static final String TEXT = "text/plain; charset=utf-8";
    private final AtomicBoolean stopping = new AtomicBoolean();

    /** {@code /healthz}: 200 while the process serves at all. */
    public Endpoint live() {
        return exchange -> exchange.answer(Responses.of(HttpResponseStatus.OK, TEXT, "ok\n"));
    }

    /** {@code /readyz}: 200 until a shutdown begins, then 503. */
    public Endpoint ready() {
        return this::ready;
    }

    private void ready(Exchange exchange) {
        if (stopping.get()) {
            exchange.answer(Responses.of(HttpResponseStatus.SERVICE_UNAVAILABLE, TEXT, "stopping\n"));
        } else {
            exchange.answer(Responses.of(HttpResponseStatus.OK, TEXT, "ready\n"));
        }
    }

    /** Marks the server as stopping: /readyz answers 503 from now on. */
    public void stopping() {
        stopping.set(true);
    }
}
