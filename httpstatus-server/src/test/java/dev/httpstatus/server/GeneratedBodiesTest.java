package dev.httpstatus.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code /drip} and {@code /bytes/{n}}: bodies made on request, within the limits. */
class GeneratedBodiesTest {
    @RegisterExtension
    static final TestServer server =
            TestServer.perClass(config -> config.maxGenerated(4096).maxSleep(Duration.ofSeconds(3)));

    @Test
    void aDripSendsItsBytesInPartsWithTheCodeAsked() throws Exception {
        HttpResponse<InputStream> drip = server.http1.send(
                HttpRequest.newBuilder(server.uri("/drip?numbytes=5&duration=500ms&code=503"))
                        .build(),
                HttpResponse.BodyHandlers.ofInputStream());

        assertThat(drip.statusCode()).isEqualTo(503);
        assertThat(drip.headers().firstValue("content-length")).hasValue("5");
        int reads = 0;
        StringBuilder body = new StringBuilder();
        try (InputStream in = drip.body()) {
            byte[] buffer = new byte[64];
            int read;
            while ((read = in.read(buffer)) > 0) {
                reads++;
                body.append(new String(buffer, 0, read, java.nio.charset.StandardCharsets.US_ASCII));
            }
        }
        assertThat(body.toString()).isEqualTo("*****");
        assertThat(reads).as("the bytes arrive in separate parts").isGreaterThan(1);
    }

    @Test
    void aDripOverHttp2AndAfterADelayArrivesWhole() throws Exception {
        HttpResponse<String> drip = server.send(server.http2, "GET", "/drip?numbytes=20&duration=0.2&delay=100ms");

        assertThat(drip.statusCode()).isEqualTo(200);
        assertThat(drip.body()).isEqualTo("*".repeat(20));
        assertThat(drip.version()).isEqualTo(java.net.http.HttpClient.Version.HTTP_2);
    }

    @Test
    void aDripHeadHasTheLengthAndNoBody() throws Exception {
        String head = server.raw("HEAD /drip?numbytes=7&duration=0 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");

        assertThat(head)
                .startsWith("HTTP/1.1 200 OK\r\n")
                .contains("content-length: 7\r\n")
                .endsWith("\r\n\r\n");
    }

    @Test
    void aDripOutsideTheLimitsIsRefusedNamingTheLimit() throws Exception {
        assertThat(server.get("/drip?numbytes=5000").body()).contains("--max-generated");
        assertThat(server.get("/drip?duration=2&delay=2").body()).contains("sleep limit of 3s");
        assertThat(server.get("/drip?code=204").statusCode()).isEqualTo(400);
        assertThat(server.get("/drip?numbytes=lots").body()).contains("numbytes=lots is not a whole number");
    }

    @Test
    void bytesAreRandomButRepeatableWithASeed() throws Exception {
        HttpResponse<byte[]> first = bytes("/bytes/64?seed=7");
        HttpResponse<byte[]> again = bytes("/bytes/64?seed=7");
        HttpResponse<byte[]> other = bytes("/bytes/64?seed=8");

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.body()).hasSize(64).isEqualTo(again.body()).isNotEqualTo(other.body());
        assertThat(first.headers().firstValue("content-type")).hasValue("application/octet-stream");
        assertThat(server.get("/bytes/5000").body()).contains("--max-generated");
        assertThat(server.get("/bytes/8?seed=x").statusCode()).isEqualTo(400);
    }

    private static HttpResponse<byte[]> bytes(String path) throws Exception {
        return server.http1.send(
                HttpRequest.newBuilder(server.uri(path)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
