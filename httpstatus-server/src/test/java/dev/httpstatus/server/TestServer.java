package dev.httpstatus.server;

import dev.httpstatus.server.config.ServerConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.UnaryOperator;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real server on a loopback port chosen by the system, and the clients tests talk to it with. A test class that
 * shares one registers it as an extension, which starts it before the first test and closes it after the last:
 *
 * <pre>{@code
 * @RegisterExtension
 * static final TestServer server = TestServer.perClass(config -> config.maxSleep(Duration.ofSeconds(2)));
 * }</pre>
 */
final class TestServer implements AutoCloseable, BeforeAllCallback, AfterAllCallback {
    private final ServerConfig config;

    /** The server, once started. */
    StatusServer server;

    final HttpClient http1 = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    final HttpClient http2 = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_2)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    /** A server started at once, for a test to close itself. */
    TestServer(ServerConfig config) {
        this.config = config;
        server = StatusServer.start(config);
    }

    private TestServer(ServerConfig config, boolean unstarted) {
        this.config = config;
    }

    /** A quiet server started at once, for a test to close itself. */
    static TestServer start() {
        return new TestServer(quiet());
    }

    /** A quiet server for a whole test class, registered as its extension. */
    static TestServer perClass() {
        return perClass(UnaryOperator.identity());
    }

    /** A server for a whole test class, its quiet configuration adjusted by {@code adjust}. */
    static TestServer perClass(UnaryOperator<ServerConfig.Builder> adjust) {
        return new TestServer(adjust.apply(quietBuilder()).build(), true);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        server = StatusServer.start(config);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }

    static ServerConfig quiet() {
        return quietBuilder().build();
    }

    /** A configuration for port 0 on loopback without an access log, to adjust further. */
    static ServerConfig.Builder quietBuilder() {
        return ServerConfig.builder().address("127.0.0.1", 0).accessLog(false);
    }

    URI uri(String path) {
        return server.uri().resolve(path);
    }

    HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        return send(http1, "GET", path, headers);
    }

    HttpResponse<String> send(HttpClient client, String method, String path, String... headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .timeout(Duration.ofSeconds(20))
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (headers.length > 0) {
            request.headers(headers);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Writes {@code raw} on a new connection and reads until the server closes it or {@code limit} bytes. */
    String raw(String raw) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(raw.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            return readAll(socket.getInputStream());
        }
    }

    /** Writes {@code raw} on a new connection and reads the response head only, up to its blank line. */
    String rawHead(String raw) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(raw.getBytes(StandardCharsets.ISO_8859_1));
            InputStream in = socket.getInputStream();
            StringBuilder head = new StringBuilder();
            while (!head.toString().endsWith("\r\n\r\n")) {
                int next = in.read();
                if (next < 0) {
                    break;
                }
                head.append((char) next);
            }
            return head.toString();
        }
    }

    static String readAll(InputStream in) throws IOException {
        return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
    }

    /** A client that trusts any certificate, for the server's self-signed one. */
    static HttpClient trustingHttp2() throws Exception {
        SSLContext context = TrustingTls.context();
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_2)
                .sslContext(context)
                .build();
    }

    @Override
    public void close() {
        server.close();
    }
}
