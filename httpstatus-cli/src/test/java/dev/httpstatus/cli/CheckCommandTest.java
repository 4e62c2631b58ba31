package dev.httpstatus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.httpstatus.server.StatusServer;
import dev.httpstatus.server.config.ServerConfig;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code check} against a real server on a loopback port: redirects, exit codes, methods, failures. */
class CheckCommandTest {
    private final CountDownLatch release = new CountDownLatch(1);
    private final List<String> received = new CopyOnWriteArrayList<>();
    private HttpServer server;
    private String base;

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/old", exchange -> respond(exchange, 301, "/moved"));
        server.createContext("/moved", exchange -> respond(exchange, 302, base + "/final"));
        server.createContext("/final", exchange -> respond(exchange, 200, null));
        server.createContext("/missing", exchange -> respond(exchange, 404, null));
        server.createContext("/down", exchange -> {
            exchange.getResponseHeaders().add("Retry-After", "120");
            respond(exchange, 503, null);
        });
        server.createContext("/private", exchange -> {
            exchange.getResponseHeaders().add("WWW-Authenticate", "Basic realm=\"staff\"");
            respond(exchange, 401, null);
        });
        server.createContext("/loop", exchange -> respond(exchange, 302, "/loop"));
        server.createContext("/form", exchange -> respond(exchange, 303, "/final"));
        server.createContext("/keep", exchange -> respond(exchange, 307, "/final"));
        server.createContext("/hang", exchange -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            respond(exchange, 200, null);
        });
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stopServer() {
        release.countDown();
        server.stop(0);
    }

    private void respond(HttpExchange exchange, int status, String location) throws IOException {
        received.add(
                exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath() + " "
                        + String.valueOf(exchange.getRequestHeaders().getFirst("X-Test")));
        exchange.getRequestBody().readAllBytes();
        if (location != null) {
            exchange.getResponseHeaders().add("Location", location);
        }
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
    }

    @Test
    void followsEveryHopAndExplainsEachStatus() {
        Run run = Run.of("check", base + "/old", "--http1.1");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .contains("GET " + base + "/old")
                .contains("301 Moved Permanently")
                .contains("Location: /moved")
                .contains("302 Found")
                .contains("200 OK")
                .contains("HTTP/1.1");
        assertThat(received).extracting(r -> r.split(" ")[1]).containsExactly("/old", "/moved", "/final");
    }

    @Test
    void theHeadersThatSayWhatToDoAreShownAndATitleEqualToThePhraseOnce() throws Exception {
        Run run = Run.of("check", base + "/down", base + "/private", base + "/old", "--no-follow");

        assertThat(run.out())
                .contains("Retry-After: 120")
                .contains("WWW-Authenticate: Basic realm=\"staff\"")
                .contains("Location: /moved")
                .contains("503 Service Unavailable  ")
                .doesNotContain("Service Unavailable · Service Unavailable");
        assertThat(Run.of("check", base + "/down", "--lang", "zh").out()).contains("503 Service Unavailable · 服务不可用");
        JsonNode json = new ObjectMapper()
                .readTree(Run.of("check", base + "/down", "--format", "json").out());
        assertThat(json.get("hops").get(0).get("headers").get("Retry-After").asText())
                .isEqualTo("120");
    }

    @Test
    void noFollowStopsAtTheFirstResponse() {
        Run run = Run.of("check", base + "/old", "--no-follow");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("301 Moved Permanently").doesNotContain("200 OK");
    }

    @Test
    void theExitCodeFollowsTheFinalStatus() {
        assertThat(Run.of("check", base + "/missing").exitCode()).isEqualTo(4);
        assertThat(Run.of("check", base + "/down").exitCode()).isEqualTo(5);
        assertThat(Run.of("check", base + "/final", base + "/down").exitCode()).isEqualTo(5);
    }

    @Test
    void aRedirectLoopStopsAtTheLimitWithItsOwnExitCode() {
        Run run = Run.of("check", base + "/loop", "--max-redirects", "3");
        assertThat(run.exitCode()).isEqualTo(6);
        assertThat(run.out()).contains("stopped after 3 redirects");
        assertThat(received).hasSize(4);
    }

    @Test
    void aRefusedConnectionExitsThree() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        Run run = Run.of("check", "http://127.0.0.1:" + port + "/", "--lang", "zh");
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.out()).contains("没有响应").contains("连接被拒绝");
        Run json = Run.of("check", "http://127.0.0.1:" + port + "/", "--format", "json");
        assertThat(json.exitCode()).isEqualTo(3);
        assertThat(json.out()).contains("\"error\":\"connection refused\"");
    }

    @Test
    void aServerThatDoesNotAnswerInTimeExitsThree() {
        Run run = Run.of("check", base + "/hang", "--timeout", "300ms");
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.out()).contains("no response").contains("timed out");
    }

    @Test
    void methodsChangeAsBrowsersDoOn303AndStayOn307() {
        Run.of("check", base + "/form", "-X", "POST", "-d", "a=1");
        Run.of("check", base + "/keep", "-X", "POST", "-d", "a=1", "-H", "X-Test: kept");
        assertThat(received)
                .containsExactly("POST /form null", "GET /final null", "POST /keep kept", "POST /final kept");
    }

    @Test
    void contentImpliesPostUnlessAMethodIsGiven() {
        Run.of("check", base + "/final", "-d", "{\"a\":1}");
        Run.of("check", base + "/final", "--data", "a=1", "-X", "PUT");
        Run.of("check", base + "/final");
        assertThat(received).containsExactly("POST /final null", "PUT /final null", "GET /final null");
        assertThat(Run.of("check", "--help").out().replaceAll("\\s+", " ")).contains("POST when -d gives content");
    }

    @Test
    void anUntrustedCertificateIsSaidPlainlyAndInsecureAcceptsIt() {
        ServerConfig config = ServerConfig.defaults().toBuilder()
                .address("127.0.0.1", 0)
                .tls(Optional.empty(), Optional.empty())
                .accessLog(false)
                .build();
        try (StatusServer tls = StatusServer.start(config)) {
            String url = "https://127.0.0.1:" + tls.port() + "/status/200";
            Run run = Run.of("check", url, "--http1.1");
            assertThat(run.exitCode()).isEqualTo(3);
            assertThat(run.out())
                    .contains("TLS certificate is not trusted")
                    .contains("-k (--insecure)")
                    .doesNotContain("PKIX")
                    .doesNotContain("sun.security");
            assertThat(Run.of("check", url, "--http1.1", "--lang", "zh").out()).contains("证书不受信任");
            Run json = Run.of("check", url, "--http1.1", "-f", "json");
            assertThat(json.out()).contains("not trusted").doesNotContain("PKIX");

            Run insecure = Run.of("check", url, "--http1.1", "-k");
            assertThat(insecure.exitCode()).as(insecure.out()).isZero();
            assertThat(insecure.out()).contains("200 OK");
        }
    }

    @Test
    void jsonListsTheHopsWithTheSharedStatusShape() throws Exception {
        JsonNode json = new ObjectMapper()
                .readTree(Run.of("check", base + "/moved", "-f", "json").out());
        assertThat(json.get("outcome").asText()).isEqualTo("final");
        assertThat(json.get("hops")).hasSize(2);
        assertThat(json.get("hops").get(0).get("status").get("code").asInt()).isEqualTo(302);
        assertThat(json.get("hops").get(0).get("location").asText()).isEqualTo(base + "/final");
        assertThat(json.get("hops").get(1).get("status").get("phrase").asText()).isEqualTo("OK");
    }

    @Test
    void badUrlsAndHeadersAreUsageErrors() {
        assertThat(Run.of("check", "ftp://example.org/").exitCode()).isEqualTo(2);
        assertThat(Run.of("check", "not a url").err()).contains("is not an http:// or https:// URL");
        Run header = Run.of("check", base + "/final", "-H", "no colon");
        assertThat(header.exitCode()).isEqualTo(2);
        assertThat(header.err()).contains("\"no colon\" is not a header");
        assertThat(Run.of("check", base + "/final", "--timeout", "soon").exitCode())
                .isEqualTo(2);
    }
}
