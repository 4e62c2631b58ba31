package dev.httpstatus.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Slow heads get 408, idle connections are closed, and a connection limit holds. */
class TimeLimitsTest {

    private static TestServer server(Duration head, Duration idle) {
        return new TestServer(
                TestServer.quietBuilder().headTimeout(head).idleTimeout(idle).build());
    }

    @Test
    void aRequestHeadThatDoesNotArriveInTimeGets408AndTheConnectionCloses() throws Exception {
        try (TestServer server = server(Duration.ofMillis(300), Duration.ofSeconds(30));
                Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.server.port())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write("GET /status/200 HTTP/1.1\r\nHost: x\r\n".getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            String answer = TestServer.readAll(socket.getInputStream());
            assertThat(answer)
                    .startsWith("HTTP/1.1 408 Request Timeout\r\n")
                    .contains("connection: close")
                    .contains("within 300 ms");
            assertThat(new String(answer.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8))
                    .contains("408 请求超时：请求标头未在 300 毫秒内全部到达");
            assertThat(server.get("/status/200").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void aSlowButCompleteHeadIsAnswered() throws Exception {
        try (TestServer server = server(Duration.ofSeconds(5), Duration.ofSeconds(30))) {
            String answer = server.raw("GET /status/201 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
            assertThat(answer).startsWith("HTTP/1.1 201 Created");
        }
    }

    @Test
    void anIdleConnectionIsClosedWithoutAnAnswer() throws Exception {
        try (TestServer server = server(Duration.ofSeconds(5), Duration.ofMillis(300));
                Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.server.port())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream()
                    .write("GET /status/204 HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
            InputStream in = socket.getInputStream();
            String all = TestServer.readAll(in);
            assertThat(all).startsWith("HTTP/1.1 204 No Content\r\n").doesNotContain("408");
        }
    }

    @Test
    void connectionsOverTheLimitAreClosedAtOnce() throws Exception {
        try (TestServer server = new TestServer(
                        TestServer.quietBuilder().maxConnections(1).build());
                Socket first = new Socket(InetAddress.getLoopbackAddress(), server.server.port())) {
            first.getOutputStream()
                    .write("GET /status/200 HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
            first.setSoTimeout(10_000);
            byte[] head = new byte[15];
            assertThat(first.getInputStream().readNBytes(head, 0, 15)).isEqualTo(15);
            assertThat(new String(head, StandardCharsets.ISO_8859_1)).isEqualTo("HTTP/1.1 200 OK");
            try (Socket second = new Socket(InetAddress.getLoopbackAddress(), server.server.port())) {
                second.setSoTimeout(10_000);
                assertThat(second.getInputStream().read()).isEqualTo(-1);
            }
        }
    }

    @Test
    void http2ConnectionsAreNotCutByTheHttp1Limits() throws Exception {
        try (TestServer server = server(Duration.ofMillis(200), Duration.ofMillis(200))) {
            var first = server.send(server.http2, "GET", "/status/200");
            assertThat(first.version()).isEqualTo(java.net.http.HttpClient.Version.HTTP_2);
            var slow = server.send(server.http2, "GET", "/status/202?sleep=600");
            assertThat(slow.statusCode()).isEqualTo(202);
        }
    }
}
