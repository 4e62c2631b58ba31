package dev.httpstatus.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.httpstatus.junit.HttpStatusServerTest.Lifecycle;
import dev.httpstatus.server.StatusServer;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** With a server per method, each test starts a fresh one and it is closed when the test ends. */
@HttpStatusServerTest(lifecycle = Lifecycle.PER_METHOD, http1Only = true)
class PerMethodTest {
    private static final List<StatusServer> SEEN = new ArrayList<>();

    @Test
    void first(TestStatusServer server) throws Exception {
        SEEN.add(server.server());
        assertThat(get(server).version()).isEqualTo(HttpClient.Version.HTTP_1_1);
    }

    @Test
    void second(TestStatusServer server) throws Exception {
        SEEN.add(server.server());
        assertThat(get(server).statusCode()).isEqualTo(418);
    }

    private static HttpResponse<Void> get(TestStatusServer server) throws Exception {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_2)
                .build()
                .send(
                        HttpRequest.newBuilder(server.uri("/status/418")).build(),
                        HttpResponse.BodyHandlers.discarding());
    }

    @AfterAll
    static void eachMethodHadItsOwnServerAndItIsClosed() throws Exception {
        assertThat(SEEN).hasSize(2).doesNotHaveDuplicates();
        for (StatusServer server : SEEN) {
            assertThat(server.journal().requests("")).isEmpty();
            try (var socket = new java.net.Socket()) {
                org.assertj.core.api.Assertions.assertThatThrownBy(
                                () -> socket.connect(new java.net.InetSocketAddress("127.0.0.1", server.port()), 1000))
                        .isInstanceOf(java.io.IOException.class);
            }
        }
    }
}
