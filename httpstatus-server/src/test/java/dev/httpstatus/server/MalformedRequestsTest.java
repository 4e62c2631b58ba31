package dev.httpstatus.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * More than 200 malformed or hostile requests over raw sockets. Each gets a 4xx or 5xx (never a 500) or
 * the connection closes; none hangs; and a normal request on a new connection still succeeds afterwards.
 */
class MalformedRequestsTest {
    @RegisterExtension
    static final TestServer both = TestServer.perClass(config -> config.headTimeout(Duration.ofSeconds(2)));

    @RegisterExtension
    static final TestServer http1Only = TestServer.perClass(
            config -> config.headTimeout(Duration.ofSeconds(2)).http1Only(true));

    /** Request lines that are odd but valid: they may succeed. */
    private static final java.util.Set<String> BENIGN_LINES = java.util.Set.of(
            "GET http://other.example/ HTTP/1.1",
            "GET ///////// HTTP/1.1",
            "GET /status/200?%% HTTP/1.1",
            "GET /%zz HTTP/1.1");

    /**
     * Header sections that are valid, or tolerated as RFC 9112 allows: obs-fold replaced by a space (0, 1),
     * a bare LF ending a line (11), and valid upgrades, expectations and an empty Host (23, 25, 26, 29).
     */
    private static final java.util.Set<Integer> BENIGN_HEADERS = java.util.Set.of(0, 1, 11, 23, 25, 26, 29);

    record Case(String name, byte[] bytes, String expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> corpus() {
        List<Case> cases = new ArrayList<>();
        String host = "Host: x\r\n";
        // Request lines.
        for (String line : List.of(
                "GET",
                "GET /",
                "GET / HTTP/1.1 extra",
                " GET / HTTP/1.1",
                "GET  / HTTP/1.1",
                "GET / HTTP/1",
                "GET / HTTP/x.y",
                "GET / http/1.1",
                "GET / HTTP/1.1.1",
                "/ HTTP/1.1",
                "GET\t/\tHTTP/1.1",
                "GET / HTTP/9.9",
                "GET / HTTP/0.9",
                "GET / HTTP/2.0",
                "GET / HTTP/3.0",
                "G\u0000T / HTTP/1.1",
                "GET /\u0000 HTTP/1.1",
                "GET /%zz HTTP/1.1",
                "GET * HTTP/1.1",
                "GET http://other.example/ HTTP/1.1",
                "CONNECT x:443 HTTP/1.1",
                "GET ///////// HTTP/1.1",
                "GET /status/200?%% HTTP/1.1",
                "GET /status/../../etc/passwd HTTP/1.1",
                "GET /\u00ff HTTP/1.1")) {
            cases.add(new Case(
                    "line " + line.replaceAll("\\p{Cntrl}", "?"), bytes(line + "\r\n" + host + "\r\n"), "any"));
        }
        // Methods.
        for (String method :
                List.of("G(T", "GE T", "\u00e9GET", "123", "GET\u007f", "get", "Get", "BREW", "X".repeat(300), "PRI")) {
            cases.add(new Case(
                    "method " + method.length() + ":"
                            + method.replaceAll("[^A-Za-z0-9]", "?").substring(0, Math.min(12, method.length())),
                    bytes(method + " / HTTP/1.1\r\n" + host + "\r\n"),
                    "any"));
        }
        // Headers.
        List<String> headers = List.of(
                "Host: x\r\n folded: continuation\r\n",
                "Host: x\r\nX-Fold: a\r\n\tb\r\n",
                "X: y\r\n",
                "Host: x\r\nHost: y\r\n",
                "Host: x\r\nBad Name: v\r\n",
                "Host: x\r\n: novalue\r\n",
                "Host: x\r\nX-Nul: a\u0000b\r\n",
                "Host: x\r\nX-Ctl: a\u0001b\r\n",
                "Host: x\r\nX\u00e9: v\r\n",
                "Host: x\r\nNoColon\r\n",
                "Host: x\r\nX-Bare-CR: a\rb\r\n",
                "Host: x\r\nX-LF-only: v\n",
                "Host: x\r\n" + "X-Many: v\r\n".repeat(3000),
                "Host: x\r\nX-Long: " + "v".repeat(20_000) + "\r\n",
                "Host: x\r\nContent-Length: 5\r\nContent-Length: 6\r\n",
                "Host: x\r\nContent-Length: -1\r\n",
                "Host: x\r\nContent-Length: abc\r\n",
                "Host: x\r\nContent-Length: 99999999999999999999\r\n",
                "Host: x\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n",
                "Host: x\r\nTransfer-Encoding: chunked\r\nTransfer-Encoding: identity\r\n",
                "Host: x\r\nTransfer-Encoding: gzip\r\n",
                "Host: x\r\nTransfer-Encoding: chunked, chunked\r\n",
                "Host: x\r\nTransfer-Encoding : chunked\r\n",
                "Host: x\r\nExpect: 100-continue\r\nContent-Length: 0\r\n",
                "Host: x\r\nExpect: \u00ff\r\n",
                "Host: x\r\nConnection: upgrade\r\nUpgrade: h2c\r\n",
                "Host: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n",
                "Host: [::1\r\n",
                "Host: a b\r\n",
                "Host: \r\n");
        for (int i = 0; i < headers.size(); i++) {
            cases.add(new Case(
                    "header " + i,
                    bytes("POST /status/200 HTTP/1.1\r\n" + headers.get(i) + "\r\n"),
                    BENIGN_HEADERS.contains(i) ? "any" : "error"));
        }
        // Bodies and chunks.
        List<String> chunked = List.of(
                "zz\r\nabc\r\n0\r\n\r\n",
                "3\r\nab\r\n0\r\n\r\n",
                "-1\r\nx\r\n0\r\n\r\n",
                "ffffffffffffffff\r\nx\r\n",
                "3;ext=\u0000\r\nabc\r\n0\r\n\r\n",
                "3\r\nabc0\r\n\r\n",
                "3\r\nabc\r\n",
                "0\r\nTrailer: \u0000\r\n\r\n",
                "1\r\n",
                "3 \r\nabc\r\n0\r\n\r\n",
                "0x3\r\nabc\r\n0\r\n\r\n",
                "3\nabc\n0\n\n");
        for (int i = 0; i < chunked.size(); i++) {
            cases.add(new Case(
                    "chunk " + i,
                    bytes("POST /anything HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n"
                            + "Connection: close\r\n\r\n" + chunked.get(i)),
                    "any"));
        }
        // Truncations of a valid request, and HTTP/2 frames on an HTTP/1 connection.
        String valid =
                "POST /anything?a=1 HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 9\r\n"
                        + "\r\n{\"a\":123}";
        for (int cut = 1; cut < valid.length(); cut += 2) {
            cases.add(new Case("truncated at " + cut, bytes(valid.substring(0, cut)), "error"));
        }
        cases.add(new Case("h2 preface", bytes("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n"), "h2 or any"));
        cases.add(new Case("h2 frame without preface", new byte[] {0, 0, 0, 4, 0, 0, 0, 0, 0}, "any"));
        cases.add(new Case("binary noise", noise(512), "any"));
        cases.add(new Case("only CRLFs", bytes("\r\n".repeat(100)), "any"));
        cases.add(new Case(
                "TLS hello on plain port", new byte[] {0x16, 0x03, 0x01, 0x00, 0x05, 0x01, 0, 0, 1, 0}, "any"));
        cases.add(new Case(
                "505 for HTTP/3.0", bytes("GET /status/200 HTTP/3.0\r\nHost: x\r\nConnection: close\r\n\r\n"), "505"));
        return Stream.of(false, true)
                .flatMap(only -> cases.stream().map(c -> Arguments.of(only ? "HTTP/1.1 only" : "HTTP/1.1 and h2c", c)));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] noise(int length) {
        byte[] bytes = new byte[length];
        new java.util.Random(42).nextBytes(bytes);
        return bytes;
    }

    @org.junit.jupiter.api.Test
    void contentLengthWithTransferEncodingIsRefusedAndTheConnectionClosed() throws Exception {
        // A front end that trusts Content-Length would see one request here; one that trusts the chunks, two.
        String answer = both.raw("POST /anything HTTP/1.1\r\nHost: x\r\nContent-Length: 44\r\n"
                + "Transfer-Encoding: chunked\r\n\r\n0\r\n\r\nGET /status/418 HTTP/1.1\r\nHost: x\r\n\r\n");

        assertThat(answer)
                .startsWith("HTTP/1.1 400 Bad Request\r\n")
                .contains("connection: close\r\n")
                .contains("both Content-Length and Transfer-Encoding")
                .doesNotContain("418");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "GET /status/%zz HTTP/1.1 | 400 | malformed escape",
                "GET /anything?q=%4 HTTP/1.1 | 400 | malformed escape",
                "CONNECT example.org:443 HTTP/1.1 | 501 | CONNECT",
            })
    void aRequestFoundWrongByTryingGetsItsOwnAnswer(String line, int status, String reason) throws Exception {
        String answer =
                send(both, (line + "\r\nHost: x\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        assertThat(answer).as(line).startsWith("HTTP/1.1 " + status).contains(reason);
    }

    /**
     * Framing, coding, header and version faults, each with the reason a client needs: the head, what follows
     * it, the status and a piece of the English reason.
     */
    static Stream<Arguments> faultsWithTheirReasons() {
        String post = "POST /anything HTTP/1.1\r\nHost: x\r\n";
        String chunked = post + "Transfer-Encoding: chunked\r\n\r\n";
        return Stream.of(
                Arguments.of(
                        post + "Content-Length: abc\r\n\r\n", "abc", 400, "Content-Length must be one decimal number"),
                Arguments.of(post + "Content-Length: -1\r\n\r\n", "", 400, "-1 is not"),
                Arguments.of(post + "Content-Length: +3\r\n\r\n", "abc", 400, "+3 is not"),
                Arguments.of(
                        post + "Content-Length: 99999999999999999999\r\n\r\n", "", 400, "99999999999999999999 is not"),
                Arguments.of(
                        post + "Content-Length: 5\r\nContent-Length: 6\r\n\r\n",
                        "abcde",
                        400,
                        "several Content-Length values (5, 6)"),
                Arguments.of(post + "Content-Length: 1, 2\r\n\r\n", "ab", 400, "several Content-Length values (1, 2)"),
                Arguments.of(post + "Content-Length: 3, 3\r\n\r\n", "abc", 400, "several Content-Length values (3, 3)"),
                Arguments.of(
                        post + "Content-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n",
                        "0\r\n\r\n",
                        400,
                        "both Content-Length and Transfer-Encoding"),
                Arguments.of(post + "Transfer-Encoding: chunked, gzip\r\n\r\n", "", 400, "does not end in chunked"),
                Arguments.of(post + "Transfer-Encoding: gzip\r\n\r\n", "", 400, "does not end in chunked"),
                Arguments.of(post + "Transfer-Encoding: foo\r\n\r\n", "", 400, "does not end in chunked"),
                Arguments.of(
                        post + "Transfer-Encoding: chunked\r\nTransfer-Encoding: identity\r\n\r\n",
                        "",
                        400,
                        "does not end in chunked"),
                Arguments.of(
                        post + "Transfer-Encoding: chunked, chunked\r\n\r\n",
                        "0\r\n\r\n",
                        400,
                        "names chunked more than once"),
                Arguments.of(
                        post + "Transfer-Encoding: gzip, chunked\r\n\r\n",
                        "3\r\nabc\r\n0\r\n\r\n",
                        501,
                        "decodes no transfer coding but chunked"),
                Arguments.of(chunked, "zz\r\nabc\r\n0\r\n\r\n", 400, "a chunk size must be a hexadecimal number"),
                Arguments.of(chunked, "-1\r\nx\r\n0\r\n\r\n", 400, "a chunk size must be a hexadecimal number"),
                Arguments.of(chunked, "0x3\r\nabc\r\n0\r\n\r\n", 400, "a chunk size must be a hexadecimal number"),
                Arguments.of(chunked, "ffffffffffffffff\r\nx\r\n", 400, "a chunk size must be a hexadecimal number"),
                Arguments.of(chunked, "3\r\nab\r\n0\r\n\r\n", 400, "must be followed by CRLF"),
                Arguments.of(chunked, "3;ext=\u0000\r\nabc\r\n0\r\n\r\n", 400, "chunk extension"),
                Arguments.of(chunked, "3\nabc\n0\n\n", 400, "end every line with CRLF"),
                Arguments.of(
                        "GET /get HTTP/1.1\r\nHost: x\r\nBad Name: v\r\n\r\n", "", 400, "a header line must be a name"),
                Arguments.of(
                        "GET /get HTTP/1.1\r\nHost: x\r\nNoColon\r\n\r\n", "", 400, "a header line must be a name"),
                Arguments.of(
                        "GET /get HTTP/1.1\r\nHost: x\r\nX-Nul: a\u0000b\r\n\r\n",
                        "",
                        400,
                        "the value of header X-Nul"),
                Arguments.of(
                        "GET /get http/1.1\r\nHost: x\r\n\r\n", "", 400, "case-sensitive: write HTTP/1.1 in capitals"),
                Arguments.of(
                        "GET /get Http/1.0\r\nHost: x\r\n\r\n", "", 400, "case-sensitive: write HTTP/1.0 in capitals"),
                Arguments.of("GET /get HTTP/x.y\r\nHost: x\r\n\r\n", "", 400, "must end in the HTTP version"),
                Arguments.of("GET /get\r\nHost: x\r\n\r\n", "", 400, "must end in the HTTP version"),
                Arguments.of("G(T /get HTTP/1.1\r\nHost: x\r\n\r\n", "", 400, "the method must be a token"),
                Arguments.of("GET /get HTTP/2.0\r\nHost: x\r\n\r\n", "", 505, "HTTP/2.0 is not supported"),
                Arguments.of("GET /get HTTP/3.0\r\nHost: x\r\n\r\n", "", 505, "HTTP/3.0 is not supported"));
    }

    @ParameterizedTest(name = "{0}{1} is {2}")
    @MethodSource("faultsWithTheirReasons")
    void aFramingCodingHeaderOrVersionFaultGetsItsReason(String head, String rest, int status, String reason)
            throws Exception {
        String answer = send(both, bytes(head + rest));
        assertThat(answer)
                .as(head + rest)
                .startsWith("HTTP/1.1 " + status + " ")
                .contains(reason);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Content-Length: abc                 | Content-Length 必须是一个表示字节数的十进制数",
                "Transfer-Encoding: gzip             | 的最后一项不是 chunked",
                "Transfer-Encoding: chunked, chunked | 多次列出 chunked",
            })
    void theReasonIsInTheClientsLanguage(String header, String reason) throws Exception {
        String answer = send(
                both, bytes("POST /anything HTTP/1.1\r\nHost: x\r\nAccept-Language: zh\r\n" + header + "\r\n\r\n"));
        assertThat(new String(bytes(answer), StandardCharsets.UTF_8))
                .startsWith("HTTP/1.1 400 ")
                .contains(reason);
    }

    @org.junit.jupiter.api.Test
    void aWebSocketHandshakeWithoutItsKeyIsA400() throws Exception {
        String answer = send(
                both,
                ("GET /websocket/echo HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                                + "Sec-WebSocket-Version: 13\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
        assertThat(answer).startsWith("HTTP/1.1 400").contains("Sec-WebSocket-Key");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("corpus")
    void everyMalformedRequestGetsAClientOrServerErrorOrAClose(String port, Case request) throws Exception {
        TestServer server = port.equals("HTTP/1.1 only") ? http1Only : both;
        String answer = send(server, request.bytes());
        boolean http2 = answer.length() >= 9 && answer.charAt(3) == 4 && !answer.startsWith("HTTP/");
        if (request.expected().equals("h2 or any") && http2) {
            assertThat(port)
                    .as("only a server that speaks h2c answers the preface with SETTINGS")
                    .isEqualTo("HTTP/1.1 and h2c");
        } else if (!answer.isEmpty()) {
            assertThat(answer).as(request.name()).startsWith("HTTP/1.");
            int status = Integer.parseInt(answer.substring(9, 12));
            assertThat(status).as("%s: %s", request.name(), firstLine(answer)).isNotEqualTo(500);
            if (request.expected().equals("error")) {
                assertThat(status)
                        .as("%s: %s", request.name(), firstLine(answer))
                        .isBetween(400, 599);
            }
            if (request.expected().matches("\\d{3}")) {
                assertThat(status).as(request.name()).isEqualTo(Integer.parseInt(request.expected()));
            }
        }
        assertThat(server.get("/status/204").statusCode())
                .as("after %s", request.name())
                .isEqualTo(204);
    }

    /** Sends {@code bytes}, half-closes, and reads what comes back until the server closes; never longer than 10 s. */
    private static String send(TestServer server, byte[] bytes) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.server.port())) {
            socket.setSoTimeout(10_000);
            try {
                socket.getOutputStream().write(bytes);
                socket.getOutputStream().flush();
                socket.shutdownOutput();
            } catch (SocketException e) {
                return "";
            }
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[8192];
            try {
                for (int read; (read = in.read(buffer)) >= 0; ) {
                    answer.write(buffer, 0, read);
                }
            } catch (SocketTimeoutException e) {
                throw new AssertionError("the server neither answered nor closed within 10 s", e);
            } catch (SocketException e) {
                // A reset after (or instead of) an answer is a close.
            }
            return answer.toString(StandardCharsets.ISO_8859_1);
        }
    }

    private static String firstLine(String answer) {
        int end = answer.indexOf('\r');
        return end < 0 ? answer : answer.substring(0, end);
    }
}
