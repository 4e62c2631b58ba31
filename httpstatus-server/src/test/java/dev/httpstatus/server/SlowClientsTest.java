package dev.httpstatus.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A thousand clients that never finish their request head do not keep a normal client from an answer. */
class SlowClientsTest {
    private static final int SLOW_CLIENTS = 1000;

    @Test
    void aThousandStalledHeadsDoNotBlockOthersAndEachGets408() throws Exception {
        try (TestServer server = new TestServer(
                TestServer.quietBuilder().headTimeout(Duration.ofSeconds(2)).build())) {
            List<Socket> slow = new ArrayList<>();
            try {
                for (int i = 0; i < SLOW_CLIENTS; i++) {
                    Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.server.port());
                    socket.setSoTimeout(20_000);
                    socket.getOutputStream()
                            .write("GET /status/200 HTTP/1.1\r\nHo".getBytes(StandardCharsets.ISO_8859_1));
                    slow.add(socket);
                }
                assertThat(server.get("/status/200").statusCode()).isEqualTo(200);
                assertThat(server.send(server.http2, "GET", "/status/201").statusCode())
                        .isEqualTo(201);
                for (Socket socket : slow) {
                    String answer = TestServer.readAll(socket.getInputStream());
                    assertThat(answer).startsWith("HTTP/1.1 408 Request Timeout\r\n");
                }
            } finally {
                for (Socket socket : slow) {
                    socket.close();
                }
            }
        }
    }
}
