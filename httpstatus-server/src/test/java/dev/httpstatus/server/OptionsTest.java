package dev.httpstatus.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Options as query parameters or X-HttpStatus-* headers: delays, headers, bodies and faults. */
class OptionsTest {
    @RegisterExtension
    static final TestServer server = TestServer.perClass(config -> config.maxSleep(Duration.ofSeconds(2))
            .retryAfter(Duration.ofSeconds(7))
            .maxBody(1 << 20));

    @Test
    void sleepDelaysTheAnswerByAtLeastWhatWasAsked() throws Exception {
        long started = System.nanoTime();
        assertThat(server.get("/status/201?sleep=300").statusCode()).isEqualTo(201);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
        started = System.nanoTime();
        assertThat(server.get("/status/202", "X-HttpStatus-Sleep", "0.2s").statusCode())
                .isEqualTo(202);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(200));
    }

    @Test
    void delayedAnswersBeyondTheBudgetGet503UntilOneIsDone() throws Exception {
        try (TestServer small =
                new TestServer(TestServer.quietBuilder().maxDelayed(2).build())) {
            var first = small.http1.sendAsync(
                    java.net.http.HttpRequest.newBuilder(small.uri("/status/201?sleep=800"))
                            .build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            var second = small.http1.sendAsync(
                    java.net.http.HttpRequest.newBuilder(small.uri("/status/202?sleep=800"))
                            .build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            while (!small.get("/metrics").body().contains("httpstatus_requests_in_flight 3.0")) {
                Thread.onSpinWait();
            }
            HttpResponse<String> refused = small.get("/status/200?sleep=100");
            assertThat(refused.statusCode()).isEqualTo(503);
            assertThat(refused.body()).contains("--max-delayed");
            assertThat(refused.headers().firstValue("retry-after")).contains("1");
            assertThat(small.get("/status/200").statusCode())
                    .as("undelayed answers go on")
                    .isEqualTo(200);
            assertThat(first.get().statusCode()).isEqualTo(201);
            assertThat(second.get().statusCode()).isEqualTo(202);
            assertThat(small.get("/status/204?sleep=10").statusCode())
                    .as("places come back")
                    .isEqualTo(204);
        }
    }

    @Test
    void aSleepOverTheLimitIsRefusedNamingTheLimit() throws Exception {
        HttpResponse<String> response = server.get("/status/200?sleep=5s");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("2s").contains("--max-sleep");
        assertThat(server.get("/status/200?sleep=soon").statusCode()).isEqualTo(400);
    }

    @Test
    void sleepAfterHeadersSendsTheHeadFirst() throws Exception {
        String raw = server.raw(
                "GET /status/200?sleep_after_headers=200ms HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        assertThat(raw).startsWith("HTTP/1.1 200 OK\r\n").endsWith("\r\n\r\n200 OK");
    }

    @Test
    void responseHeadersComeFromHeadersAndQuery() throws Exception {
        HttpResponse<String> response = server.get(
                "/status/200?header=X-One:1&header=Cache-Control:no-store", "X-HttpStatus-Response-X-Two", "two");
        assertThat(response.headers().firstValue("x-one")).contains("1");
        assertThat(response.headers().firstValue("cache-control")).contains("no-store");
        assertThat(response.headers().firstValue("x-two")).contains("two");
    }

    @Test
    void aNamedHeaderReplacesTheCodesOwn() throws Exception {
        HttpResponse<String> response = server.get("/status/503?header=Retry-After:1");
        assertThat(response.headers().allValues("retry-after")).containsExactly("1");
    }

    @Test
    void headerOptionsCannotSplitTheResponse() throws Exception {
        assertThat(server.get("/status/200?header=X-A:b%0d%0aSet-Cookie:%20x=1").statusCode())
                .isEqualTo(400);
        assertThat(server.get("/status/200?header=Bad%20Name:1").statusCode()).isEqualTo(400);
        assertThat(server.get("/status/200?header=nocolon").statusCode()).isEqualTo(400);
        assertThat(server.get("/status/302?location=/a%0d%0aX:%20y").statusCode())
                .isEqualTo(400);
    }

    @Test
    void bodiesCanBeSuppressedOrReplaced() throws Exception {
        HttpResponse<String> none = server.get("/status/404?suppress_body");
        assertThat(none.body()).isEmpty();
        assertThat(none.headers().firstValueAsLong("content-length")).hasValue(0);
        HttpResponse<String> own = server.get("/status/422?body=%7B%22error%22%3A1%7D&content_type=application/json");
        assertThat(own.body()).isEqualTo("{\"error\":1}");
        assertThat(own.headers().firstValue("content-type")).contains("application/json");
        assertThat(server.get("/status/200", "X-HttpStatus-Body", "hello").body())
                .isEqualTo("hello");
    }

    @Test
    void retryAfterFollowsTheConfiguration() throws Exception {
        assertThat(server.get("/status/429").headers().firstValue("retry-after"))
                .contains("7");
    }

    @Test
    void aResetFaultResetsTheConnectionBeforeAnyResponse() {
        assertThatThrownBy(() -> server.raw("GET /status/200?fault=reset HTTP/1.1\r\nHost: x\r\n\r\n"))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("reset");
    }

    @Test
    void anEmptyFaultClosesWithoutAByte() throws Exception {
        assertThat(server.raw("GET /status/200?fault=empty HTTP/1.1\r\nHost: x\r\n\r\n"))
                .isEmpty();
    }

    @Test
    void anAbortFaultStopsHalfwayThroughTheBody() throws Exception {
        String raw = server.raw("GET /status/404?fault=abort HTTP/1.1\r\nHost: x\r\n\r\n");
        assertThat(raw)
                .startsWith("HTTP/1.1 404 Not Found\r\n")
                .contains("content-length: 13")
                .endsWith("\r\n\r\n404 No");
    }

    @Test
    void aDribbleFaultStillDeliversTheWholeBody() throws Exception {
        HttpResponse<String> response = server.get("/status/200?fault=dribble");
        assertThat(response.body()).isEqualTo("200 OK");
        assertThat(server.get("/status/200?fault=explode").statusCode()).isEqualTo(400);
    }
}
