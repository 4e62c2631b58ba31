package dev.httpstatus.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A real 101: the JDK's WebSocket client upgrades and hears its messages come back. */
class WebSocketTest {

    @Test
    void aWebSocketUpgradeSwitchesProtocolsAndEchoes() throws Exception {
        try (TestServer server = TestServer.start()) {
            CompletableFuture<String> echoed = new CompletableFuture<>();
            WebSocket socket = server.http1
                    .newWebSocketBuilder()
                    .buildAsync(
                            URI.create("ws://127.0.0.1:" + server.server.port() + "/websocket/echo"),
                            new WebSocket.Listener() {
                                @Override
                                public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
                                    echoed.complete(data.toString());
                                    return null;
                                }
                            })
                    .get(10, TimeUnit.SECONDS);
            socket.sendText("你好, 101", true);
            assertThat(echoed.get(10, TimeUnit.SECONDS)).isEqualTo("你好, 101");
            socket.sendPing(ByteBuffer.wrap(new byte[] {1}));
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").get(10, TimeUnit.SECONDS);
            assertThat(server.get("/metrics").body()).contains("code=\"101\"");
        }
    }

    @Test
    void aPlainRequestIsToldToUpgrade() throws Exception {
        try (TestServer server = TestServer.start()) {
            HttpResponse<String> response = server.get("/websocket/echo");
            assertThat(response.statusCode()).isEqualTo(426);
            assertThat(response.headers().firstValue("upgrade")).contains("websocket");
            try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.server.port())) {
                socket.setSoTimeout(10_000);
                OutputStream out = socket.getOutputStream();
                out.write(("GET /websocket/echo HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                                + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n")
                        .getBytes(StandardCharsets.ISO_8859_1));
                InputStream in = socket.getInputStream();
                StringBuilder head = new StringBuilder();
                while (!head.toString().endsWith("\r\n\r\n")) {
                    head.append((char) in.read());
                }
                assertThat(head.toString())
                        .startsWith("HTTP/1.1 101 Switching Protocols\r\n")
                        .contains("sec-websocket-accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=");
                out.write(new byte[] {(byte) 0x88, (byte) 0x80, 0, 0, 0, 0});
                byte[] closing = in.readAllBytes();
                assertThat(closing[0] & 0xff).as("a close frame comes back").isEqualTo(0x88);
            }
        }
    }
}
