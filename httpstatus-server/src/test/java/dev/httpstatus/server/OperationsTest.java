package dev.httpstatus.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** Health, readiness, metrics, retry helpers and graceful shutdown. */
class OperationsTest {

    @Test
    void healthAndReadiness() throws Exception {
        try (TestServer server = TestServer.start()) {
            assertThat(server.get("/healthz").body()).isEqualTo("ok\n");
            assertThat(server.get("/readyz").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void metricsCountRequestsByCodeMethodAndProtocol() throws Exception {
        try (TestServer server = TestServer.start()) {
            server.get("/status/418");
            server.send(server.http2, "POST", "/status/503");
            String metrics = server.get("/metrics").body();
            assertThat(metrics)
                    .contains("httpstatus_requests_total{code=\"418\",method=\"GET\",protocol=\"HTTP/1.1\"} 1.0")
                    .contains("httpstatus_requests_total{code=\"503\",method=\"POST\",protocol=\"HTTP/2\"} 1.0")
                    .contains("httpstatus_request_duration_seconds_bucket")
                    .contains("httpstatus_requests_in_flight 1.0");
        }
    }

    @Test
    void sequencesAnswerInOrderPerKeyThenRepeatTheLast() throws Exception {
        try (TestServer server = TestServer.start()) {
            List<Integer> codes = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                codes.add(server.get("/sequence/503,503,200?key=a").statusCode());
            }
            assertThat(codes).containsExactly(503, 503, 200, 200);
            assertThat(server.get("/sequence/503,503,200?key=b").statusCode()).isEqualTo(503);
            assertThat(server.get("/sequence/429,200", "X-HttpStatus-Key", "c")
                            .headers()
                            .firstValue("retry-after"))
                    .isPresent();
            assertThat(server.get("/sequence/").statusCode()).isEqualTo(400);
        }
    }

    @Test
    void unstableFailsAtTheRateAskedAndRepeatsWithASeed() throws Exception {
        try (TestServer server = TestServer.start()) {
            assertThat(server.get("/unstable?failure_rate=1").statusCode()).isEqualTo(500);
            assertThat(server.get("/unstable?failure_rate=0").statusCode()).isEqualTo(200);
            int first = server.get("/unstable?failure_rate=0.5&seed=42").statusCode();
            for (int i = 0; i < 5; i++) {
                assertThat(server.get("/unstable?failure_rate=0.5&seed=42").statusCode())
                        .isEqualTo(first);
            }
            assertThat(server.get("/unstable?failure_rate=2").statusCode()).isEqualTo(400);
        }
    }

    @Test
    void closingLetsRequestsInFlightFinishAndThenStops() throws Exception {
        TestServer server = TestServer.start();
        CompletableFuture<HttpResponse<String>> sleeping = server.http1.sendAsync(
                HttpRequest.newBuilder(server.uri("/status/202?sleep=500")).build(),
                HttpResponse.BodyHandlers.ofString());
        while (!server.get("/metrics").body().contains("httpstatus_requests_total{code=\"200\",method=\"GET\"")) {
            Thread.onSpinWait();
        }
        server.close();
        assertThat(sleeping.get().statusCode()).isEqualTo(202);
        assertThat(sleeping.get().body()).isEqualTo("202 Accepted");
    }
}
