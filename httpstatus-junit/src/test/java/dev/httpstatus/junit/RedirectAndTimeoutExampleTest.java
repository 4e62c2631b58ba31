package dev.httpstatus.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.httpstatus.server.script.Reply;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Redirect following and time-outs, with the server's own endpoints and a scripted delay. */
@HttpStatusServerTest
class RedirectAndTimeoutExampleTest {
    @ServerUri
    URI base;

    TestStatusServer server;

    @Test
    void followsARedirectToItsTarget() throws Exception {
        HttpClient following = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();

        HttpResponse<String> response = following.send(
                HttpRequest.newBuilder(server.uri("/status/302")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.uri()).isEqualTo(server.uri("/status/200"));
        assertThat(server.requests()).extracting(r -> r.path()).containsExactly("/status/302", "/status/200");
    }

    @Test
    void keepsTheMethodOn307AndChangesItOn303() throws Exception {
        HttpClient following = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        for (int code : new int[] {307, 303}) {
            following.send(
                    HttpRequest.newBuilder(server.uri("/status/" + code + "?location=/status/204"))
                            .POST(HttpRequest.BodyPublishers.ofString("form"))
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
        }
        assertThat(server.requests("/status/204")).extracting(r -> r.method()).containsExactly("POST", "GET");
    }

    @Test
    void timesOutOnASlowAnswer() throws Exception {
        server.script("/slow").respond(Reply.status(200).delay(Duration.ofSeconds(5)));
        HttpClient client = HttpClient.newHttpClient();
        // Connect first, so the time-out below measures the answer rather than the connection set-up.
        client.send(HttpRequest.newBuilder(server.uri("/status/204")).build(), HttpResponse.BodyHandlers.discarding());
        HttpRequest request = HttpRequest.newBuilder(base.resolve("/slow"))
                .timeout(Duration.ofMillis(200))
                .build();

        assertThatThrownBy(() -> client.send(request, HttpResponse.BodyHandlers.ofString()))
                .isInstanceOf(HttpTimeoutException.class);
        assertThat(server.requests("/slow")).hasSize(1);
    }

    @Test
    void theBaseUriIsAPlainOriginOfThisTestsOwnPort() {
        assertThat(base).isEqualTo(server.uri());
        assertThat(base.toString()).isEqualTo("http://127.0.0.1:" + server.port() + "/");
        assertThat(server.port()).isNotEqualTo(server.server().port());
    }

    @Test
    void everyWayOfJoiningAPathReachesTheScript() throws Exception {
        server.script("/pay").respond(202);
        HttpClient client = HttpClient.newHttpClient();
        for (URI uri : new URI[] {base.resolve("/pay"), base.resolve("pay"), server.uri("/pay")}) {
            HttpResponse<Void> response =
                    client.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.discarding());
            assertThat(response.statusCode()).as(uri.toString()).isEqualTo(202);
        }
        assertThat(server.requests("/pay")).hasSize(3);
    }
}
