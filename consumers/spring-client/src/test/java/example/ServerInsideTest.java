package example;

import static org.assertj.core.api.Assertions.assertThat;

import dev.httpstatus.junit.HttpStatusServerTest;
import dev.httpstatus.junit.TestStatusServer;
import org.junit.jupiter.api.Test;
import org.springframework.web.client.RestClient;

/**
 * What the server needs besides its own classes works in this project too: Spring Boot 3 runs it from
 * httpstatus-junit-standalone, where Netty, Jackson, jte and the Prometheus client are relocated, and each of them
 * finds something by name (Netty its native library, jte its compiled pages, Jackson its services).
 */
@HttpStatusServerTest
class ServerInsideTest {
    @Test
    void runsOnTheNativeTransportOnLinux(TestStatusServer server) {
        // The native library ships for Linux on x86_64 only; elsewhere NIO is the expected transport.
        boolean native64 =
                "Linux".equals(System.getProperty("os.name")) && "amd64".equals(System.getProperty("os.arch"));

        assertThat(server.server().transport()).isEqualTo(native64 ? "epoll" : "nio");
    }

    @Test
    void rendersTheSitesPages(TestStatusServer server) {
        String page = RestClient.create().get().uri(server.uri("/")).retrieve().body(String.class);

        assertThat(page).contains("<html").contains("418");
    }

    @Test
    void writesJson(TestStatusServer server) {
        String json = RestClient.create().get().uri(server.uri("/api/v1/codes")).retrieve().body(String.class);

        assertThat(json).startsWith("[").contains("\"code\":418");
    }

    @Test
    void countsRequestsForPrometheus(TestStatusServer server) {
        String metrics = RestClient.create().get().uri(server.uri("/metrics")).retrieve().body(String.class);

        assertThat(metrics).contains("# TYPE");
    }
}
