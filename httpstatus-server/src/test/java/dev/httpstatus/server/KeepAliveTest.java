package dev.httpstatus.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An HTTP/1.1 connection outlives every answer whose end the client can tell: a 304, a 204 and an answer to
 * HEAD have no content, so a revalidating client keeps its connection, as with any real server. Each test
 * asks twice on one socket, the second time only after the first answer has been read.
 */
class KeepAliveTest {
    @RegisterExtension
    static final TestServer server = TestServer.perClass();

    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "GET  | /status/304 | 304 | ",
                "HEAD | /status/304 | 304 | ",
                "GET  | /cache      | 304 | If-Modified-Since: Sat, 01 Jan 2050 00:00:00 GMT",
                "HEAD | /cache      | 304 | If-Modified-Since: Sat, 01 Jan 2050 00:00:00 GMT",
                "GET  | /cache      | 304 | If-None-Match: \"x\"",
                "GET  | /etag/abc   | 304 | If-None-Match: \"abc\"",
                "HEAD | /etag/abc   | 304 | If-None-Match: \"abc\"",
                "GET  | /status/204 | 204 | ",
                "HEAD | /status/200 | 200 | ",
            })
    void theConnectionStaysOpenAfterAnAnswerWithoutContent(String method, String path, int status, String header)
            throws Exception {
        String extra = header == null ? "" : header + "\r\n";
        try (Socket socket = connect()) {
            String first = ask(socket, method + " " + path + " HTTP/1.1\r\nHost: x\r\n" + extra + "\r\n");
            assertThat(first)
                    .startsWith("HTTP/1.1 " + status + " ")
                    .as("the first answer lets the connection live")
                    .doesNotContainIgnoringCase("connection: close");
            String second = ask(socket, "GET /status/202 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
            assertThat(second).as("the same connection answers again").startsWith("HTTP/1.1 202 Accepted\r\n");
        }
    }

    @Test
    void a304ToARequestThatSaysCloseStillCloses() throws Exception {
        try (Socket socket = connect()) {
            String first = ask(socket, "GET /status/304 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
            assertThat(first).startsWith("HTTP/1.1 304 ").containsIgnoringCase("connection: close");
            assertThat(socket.getInputStream().read()).as("the server closed").isEqualTo(-1);
        }
    }

    private static Socket connect() throws IOException {
        Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.server.port());
        socket.setSoTimeout(10_000);
        return socket;
    }

    /** Sends {@code request} and reads the head of its answer and its content, as its Content-Length says. */
    private static String ask(Socket socket, String request) throws IOException {
        socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
        InputStream in = socket.getInputStream();
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int next = in.read();
            if (next < 0) {
                return head.toString();
            }
            head.append((char) next);
        }
        boolean bodiless = request.startsWith("HEAD ") || head.toString().matches("(?s)HTTP/1.1 (1\\d\\d|204|304) .*");
        int length = bodiless ? 0 : contentLength(head.toString());
        in.readNBytes(length);
        return head.toString();
    }

    private static int contentLength(String head) {
        for (String line : head.split("\r\n")) {
            if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                return Integer.parseInt(line.substring(15).strip());
            }
        }
        return 0;
    }
}
