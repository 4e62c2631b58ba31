package dev.httpstatus.server.trouble;

import dev.httpstatus.server.exchange.Endpoint;
import dev.httpstatus.server.exchange.Exchange;
import dev.httpstatus.server.exchange.Problem;
import dev.httpstatus.server.exchange.Responses;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.CompletionException;
import java.util.function.IntSupplier;

/**
 * {@code /proxy/dead} and {@code /proxy/slow}: a gateway in front of an upstream on loopback. A dead upstream
 * (a port nothing listens on) makes it answer 502 Bad Gateway; a slow one (this server, asked to sleep longer
 * than the gateway waits) 504 Gateway Timeout. The upstream call runs asynchronously; the event loop never
 * waits for it.
 */
final class ProxyEndpoint implements Endpoint {
    static final Duration UPSTREAM_TIMEOUT = Duration.ofSeconds(1);

    private final IntSupplier ownPort;
    private final int deadPort;
    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(UPSTREAM_TIMEOUT).build();

    /** @param ownPort the port this server listens on, known once it does */
    ProxyEndpoint(IntSupplier ownPort) {
        this.ownPort = ownPort;
        this.deadPort = freePort();
    }

    /** A loopback port that was free a moment ago: the closest thing to a dead upstream. */
    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("cannot find a free loopback port", e);
        }
    }

    @Override
    public void handle(Exchange exchange) {
        URI upstream = switch (exchange.request().path()) {
            case "/proxy/dead" -> URI.create("http://127.0.0.1:" + deadPort + "/");
            case "/proxy/slow" ->
                URI.create("http://127.0.0.1:" + ownPort.getAsInt() + "/status/200?sleep="
                        + UPSTREAM_TIMEOUT.multipliedBy(3).toMillis());
            default -> null;
        };
        if (upstream == null) {
            throw Problem.of(404, "proxy.unknown");
        }
        HttpRequest request =
                HttpRequest.newBuilder(upstream).timeout(UPSTREAM_TIMEOUT).build();
        client.sendAsync(request, HttpResponse.BodyHandlers.ofString())
                .whenComplete((response, failure) -> answer(exchange, response, failure));
    }

    private static void answer(Exchange exchange, HttpResponse<String> response, Throwable failure) {
        Throwable cause =
                failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        if (cause instanceof HttpTimeoutException) {
            exchange.answer(Problem.of(504, "proxy.timeout", UPSTREAM_TIMEOUT.toSeconds()));
        } else if (cause != null) {
            exchange.answer(
                    Problem.of(502, "proxy.unreachable", cause.getClass().getSimpleName()));
        } else {
            exchange.answer(Responses.of(
                    Responses.status(response.statusCode()), "text/plain; charset=utf-8", response.body()));
        }
    }
}
