package dev.httpstatus.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.httpstatus.server.StatusServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * Test classes run through the engine the build uses (the oldest JUnit supported, whose stores close nothing):
 * what the extension opens is closed when the tests are done, and tests running at once stay apart.
 */
class LifecycleTest {
    static final List<StatusServer> SERVERS = new CopyOnWriteArrayList<>();
    static final List<Integer> PORTS = new CopyOnWriteArrayList<>();
    static final CyclicBarrier TOGETHER = new CyclicBarrier(4);

    @HttpStatusServerTest
    static class SharedServer {
        @Test
        void one(TestStatusServer server) {
            seen(server);
        }

        @Test
        void two(TestStatusServer server) {
            seen(server);
        }

        @Nested
        class Inner {
            @Test
            void three(TestStatusServer server) {
                seen(server);
            }
        }

        private static void seen(TestStatusServer server) {
            SERVERS.add(server.server());
            PORTS.add(server.port());
        }
    }

    /** Four tests that script the same path differently, and all wait until the four have scripted it. */
    @HttpStatusServerTest
    static class AtOnce {
        private final HttpClient http = HttpClient.newHttpClient();

        @Test
        void a(TestStatusServer server) throws Exception {
            scriptWaitAndCall(server, 201);
        }

        @Test
        void b(TestStatusServer server) throws Exception {
            scriptWaitAndCall(server, 202);
        }

        @Test
        void c(TestStatusServer server) throws Exception {
            scriptWaitAndCall(server, 203);
        }

        @Test
        void d(TestStatusServer server) throws Exception {
            scriptWaitAndCall(server, 418);
        }

        private void scriptWaitAndCall(TestStatusServer server, int code) throws Exception {
            server.script("/same").respond(code);
            TOGETHER.await(30, TimeUnit.SECONDS);
            for (int i = 0; i < 3; i++) {
                HttpResponse<Void> response = http.send(
                        HttpRequest.newBuilder(server.uri().resolve("/same")).build(),
                        HttpResponse.BodyHandlers.discarding());
                assertThat(response.statusCode()).isEqualTo(code);
            }
            assertThat(server.requests("/same")).hasSize(3);
        }
    }

    @Test
    void theClassServerAndEveryTestsPortAreClosedWhenTheClassIsDone() throws Exception {
        EngineTestKit.engine("junit-jupiter")
                .selectors(selectClass(SharedServer.class))
                .execute()
                .testEvents()
                .assertStatistics(stats -> stats.succeeded(3).failed(0));

        assertThat(new HashSet<>(SERVERS))
                .as("one server for the class and its nested class")
                .hasSize(1);
        assertThat(new HashSet<>(PORTS)).as("a port for each test").hasSize(3);
        assertRefused(SERVERS.get(0).port());
        for (int port : PORTS) {
            assertRefused(port);
        }
    }

    @Test
    void testsRunningInParallelStayApart() {
        EngineTestKit.engine("junit-jupiter")
                .configurationParameter("junit.jupiter.execution.parallel.enabled", "true")
                .configurationParameter("junit.jupiter.execution.parallel.mode.default", "concurrent")
                .configurationParameter("junit.jupiter.execution.parallel.config.strategy", "fixed")
                .configurationParameter("junit.jupiter.execution.parallel.config.fixed.parallelism", "4")
                .selectors(selectClass(AtOnce.class))
                .execute()
                .testEvents()
                .assertStatistics(stats -> stats.succeeded(4).failed(0));
    }

    private static void assertRefused(int port) throws IOException {
        try (Socket socket = new Socket()) {
            assertThatThrownBy(() -> socket.connect(new InetSocketAddress("127.0.0.1", port), 1000))
                    .as("port %d is closed", port)
                    .isInstanceOf(IOException.class);
        }
    }
}
