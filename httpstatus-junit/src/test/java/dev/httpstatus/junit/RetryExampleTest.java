package dev.httpstatus.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.httpstatus.server.script.RecordedRequest;
import dev.httpstatus.server.script.Reply;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * How to test a client's retries: script the answers, run the client, then read the journal to see what it
 * sent and how long it waited.
 */
@HttpStatusServerTest
class RetryExampleTest {
    private final HttpClient http = HttpClient.newHttpClient();

    /** The client under test: retries 503 up to three times, waiting as Retry-After says. */
    private HttpResponse<String> getWithRetries(URI uri) throws IOException, InterruptedException {
        HttpResponse<String> response = null;
        for (int attempt = 0; attempt < 4; attempt++) {
            response = http.send(
                    HttpRequest.newBuilder(uri)
                            .header("X-Attempt", Integer.toString(attempt))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 503) {
                return response;
            }
            long seconds = response.headers().firstValueAsLong("retry-after").orElse(0);
            Thread.sleep(Duration.ofSeconds(seconds).toMillis());
        }
        return response;
    }

    @Test
    void retriesExactlyUntilTheServiceRecovers(TestStatusServer server) throws Exception {
        server.script("/flaky").respond(503, 503, 200);

        HttpResponse<String> response = getWithRetries(server.uri("/flaky"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(server.requests("/flaky"))
                .extracting(r -> r.header("x-attempt").orElseThrow())
                .containsExactly("0", "1", "2");
    }

    @Test
    void waitsForRetryAfterBetweenAttempts(TestStatusServer server) throws Exception {
        Reply busy = Reply.status(503).header("Retry-After", "1");
        server.script("/busy").respond(busy, Reply.status(200).body("done"));

        HttpResponse<String> response = getWithRetries(server.uri("/busy"));

        assertThat(response.body()).isEqualTo("done");
        assertThat(server.requests("/busy")).hasSize(2);
        assertThat(server.intervals("/busy"))
                .singleElement()
                .satisfies(wait -> assertThat(wait).isGreaterThanOrEqualTo(Duration.ofSeconds(1)));
    }

    @Test
    void givesUpAfterThreeRetries(TestStatusServer server) throws Exception {
        server.script("/down").respond(503);

        assertThat(getWithRetries(server.uri("/down")).statusCode()).isEqualTo(503);
        assertThat(server.requests("/down"))
                .hasSize(4)
                .allSatisfy(r -> assertThat(r.method()).isEqualTo("GET"));
    }

    @Test
    void theJournalHoldsMethodPathHeadersAndBody(TestStatusServer server) throws Exception {
        http.send(
                HttpRequest.newBuilder(server.uri("/status/201?x=1"))
                        .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"tea\"}"))
                        .header("Content-Type", "application/json")
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        RecordedRequest request = server.requests().get(0);
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/status/201");
        assertThat(request.query()).isEqualTo("x=1");
        assertThat(request.header("Content-Type")).contains("application/json");
        assertThat(request.bodyText()).isEqualTo("{\"name\":\"tea\"}");
    }
}
