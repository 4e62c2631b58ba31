package dev.httpstatus.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.httpstatus.server.exchange.Exchange;
import dev.httpstatus.server.exchange.ExchangeListener;
import dev.httpstatus.server.exchange.RequestHandler;
import dev.httpstatus.server.exchange.Router;
import dev.httpstatus.server.state.MemoryStore;
import dev.httpstatus.server.status.Status;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http.DefaultFullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpVersion;
import java.lang.ref.WeakReference;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The request handler and status endpoint through an EmbeddedChannel: no socket, time under control. */
class HandlerTest {
    private final EmbeddedChannel channel = new EmbeddedChannel(new RequestHandler(
            TestServer.quiet(), statusRoutes(), exchange -> {}, (exchange, status, bytes, time) -> {}));

    private static Router statusRoutes() {
        Router router = new Router();
        Status.routes(router, new MemoryStore());
        return router;
    }

    @AfterEach
    void close() {
        channel.finishAndReleaseAll();
    }

    /** A request as a client sends it: HTTP/1.1 with its Host. */
    private static DefaultFullHttpRequest request(HttpMethod method, String uri) {
        DefaultFullHttpRequest request = new DefaultFullHttpRequest(HttpVersion.HTTP_1_1, method, uri);
        request.headers().set("Host", "localhost");
        return request;
    }

    private FullHttpResponse answer(HttpMethod method, String uri) {
        channel.writeInbound(request(method, uri));
        return channel.readOutbound();
    }

    @Test
    void aStatusIsAnsweredWithContentLengthAndType() {
        FullHttpResponse response = answer(HttpMethod.GET, "/status/404");
        assertThat(response.status().code()).isEqualTo(404);
        assertThat(response.content().toString(StandardCharsets.UTF_8)).isEqualTo("404 Not Found");
        assertThat(response.headers().get("content-length")).isEqualTo("13");
        assertThat(response.headers().get("date")).isNotBlank();
        response.release();
    }

    @Test
    void headKeepsTheLengthButNotTheContent() {
        FullHttpResponse response = answer(HttpMethod.HEAD, "/status/200");
        assertThat(response.content().readableBytes()).isZero();
        assertThat(response.headers().get("content-length")).isEqualTo("6");
        response.release();
    }

    @Test
    void aSleepRunsOnTheEventLoopsSchedulerWithoutBlocking() {
        channel.writeInbound(request(HttpMethod.GET, "/status/202?sleep=30s"));
        assertThat((Object) channel.readOutbound()).isNull();
        channel.advanceTimeBy(29, TimeUnit.SECONDS);
        channel.runScheduledPendingTasks();
        assertThat((Object) channel.readOutbound()).isNull();
        channel.advanceTimeBy(1, TimeUnit.SECONDS);
        channel.runScheduledPendingTasks();
        FullHttpResponse response = channel.readOutbound();
        assertThat(response.status().code()).isEqualTo(202);
        response.release();
    }

    @Test
    void interimResponsesComeBeforeTheFinalOne() {
        channel.writeInbound(request(HttpMethod.GET, "/status/103?then=201"));
        FullHttpResponse interim = channel.readOutbound();
        FullHttpResponse last = channel.readOutbound();
        assertThat(interim.status().code()).isEqualTo(103);
        assertThat(interim.headers().getAll("link")).hasSize(2);
        assertThat(last.status().code()).isEqualTo(201);
        interim.release();
        last.release();
    }

    @Test
    void anHttp11RequestWithoutHostIsABadRequest() {
        channel.writeInbound(new DefaultFullHttpRequest(HttpVersion.HTTP_1_1, HttpMethod.GET, "/status/200"));
        FullHttpResponse response = channel.readOutbound();
        assertThat(response.status().code()).isEqualTo(400);
        assertThat(response.content().toString(StandardCharsets.UTF_8)).contains("needs a Host header");
        response.release();
    }

    @Test
    void aFailingEndpointGives500WithoutItsStackTrace() {
        EmbeddedChannel failing = new EmbeddedChannel(new RequestHandler(
                TestServer.quiet(),
                new Router().exact("/boom", exchange -> {
                    throw new IllegalStateException("secret detail");
                }),
                exchange -> {},
                (exchange, status, bytes, time) -> {}));
        failing.writeInbound(request(HttpMethod.GET, "/boom"));
        FullHttpResponse response = failing.readOutbound();
        assertThat(response.status().code()).isEqualTo(500);
        assertThat(response.content().toString(StandardCharsets.UTF_8))
                .doesNotContain("secret")
                .doesNotContain("at dev.");
        response.release();
        failing.finishAndReleaseAll();
    }

    @Test
    void listenersHearOfEveryAnswer() {
        int[] seen = new int[1];
        ExchangeListener listener = (exchange, status, bytes, time) -> seen[0] = status;
        EmbeddedChannel counted =
                new EmbeddedChannel(new RequestHandler(TestServer.quiet(), statusRoutes(), exchange -> {}, listener));
        counted.writeInbound(request(HttpMethod.GET, "/status/418"));
        ((FullHttpResponse) counted.readOutbound()).release();
        assertThat(seen[0]).isEqualTo(418);
        counted.finishAndReleaseAll();
    }

    @Test
    void delayedAnswersLeaveNothingOnTheirConnection() {
        List<WeakReference<Exchange>> exchanges = new ArrayList<>();
        ExchangeListener watcher = new ExchangeListener() {
            @Override
            public void started(Exchange exchange) {
                exchanges.add(new WeakReference<>(exchange));
            }

            @Override
            public void completed(Exchange exchange, int status, long bytes, Duration time) {}
        };
        EmbeddedChannel keptAlive =
                new EmbeddedChannel(new RequestHandler(TestServer.quiet(), statusRoutes(), exchange -> {}, watcher));
        for (int i = 0; i < 500; i++) {
            keptAlive.writeInbound(request(HttpMethod.GET, "/status/200?sleep=1ms&n=" + i));
            keptAlive.advanceTimeBy(1, TimeUnit.MILLISECONDS);
            keptAlive.runScheduledPendingTasks();
            FullHttpResponse response = keptAlive.readOutbound();
            assertThat(response.status().code()).isEqualTo(200);
            response.release();
        }
        assertThat(keptAlive.isOpen()).isTrue();

        assertThat(collected(exchanges))
                .as("exchanges collected while the connection stays open")
                .isEqualTo(500);
        keptAlive.finishAndReleaseAll();
    }

    /**
     * How many of {@code references} a garbage collection clears, asking for up to ten collections: the JVM may
     * treat one request as a hint, but no referent held only weakly survives all of them.
     */
    private static int collected(List<WeakReference<Exchange>> references) {
        int cleared = 0;
        for (int attempt = 0; attempt < 10 && cleared < references.size(); attempt++) {
            System.gc();
            cleared = (int) references.stream().filter(r -> r.get() == null).count();
        }
        return cleared;
    }
}
