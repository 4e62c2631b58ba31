package dev.httpstatus.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * HTTP/2 resets as the clients that found them see them: curl names the code a fault resets with, and curl and
 * the JDK client keep a 413 that came before their upload ended.
 */
class Http2ClientsTest {
    @RegisterExtension
    static final TestServer server = TestServer.perClass(config -> config.maxBody(1024));

    @ParameterizedTest
    @ValueSource(strings = {"reset", "empty", "abort"})
    void curlReportsAFaultAsAnInternalError(String fault) throws Exception {
        String error = Curl.failure(
                "--http2-prior-knowledge",
                server.uri("/status/200?fault=" + fault).toString());
        assertThat(error).contains("HTTP/2 stream 1 was not closed cleanly: INTERNAL_ERROR (err 2)");
    }

    /**
     * An upload without a length, over the limit once part of it has come: the server answers 413 and resets the
     * stream, which said CANCEL and made curl drop the answer. The upload fits the first flow-control window:
     * curl 7.88 still loses an early answer now and then when it is stopped mid-upload by any reset.
     */
    @Test
    void curlKeepsA413ThatCameBeforeItsUploadEnded(@TempDir Path dir) throws Exception {
        Path big = Files.write(dir.resolve("big"), new byte[60_000]);
        String status = Curl.run(
                "--http2-prior-knowledge",
                "--header",
                "Transfer-Encoding: chunked",
                "--data-binary",
                "@" + big,
                "--output",
                "/dev/null",
                "--write-out",
                "%{http_version} %{http_code}",
                server.uri("/anything").toString());
        assertThat(status).isEqualTo("2 413");
    }

    /**
     * The upload fits the stream's first flow-control window (65,535 bytes), as most do: JDK 17's client, which
     * runs this suite, waits for ever for window to send the rest of a larger upload once the stream is reset,
     * NO_ERROR or not, and never hands over the answer it has (JDK 25's client does). With CANCEL, it threw the
     * answer away even for a small upload.
     */
    @Test
    void theJdkClientKeepsA413ThatCameBeforeItsUploadEnded() throws Exception {
        try (TestServer tls = new TestServer(TestServer.quietBuilder()
                .tls(Optional.empty(), Optional.empty())
                .maxBody(1024)
                .build())) {
            HttpRequest upload = HttpRequest.newBuilder(tls.uri("/anything"))
                    .timeout(Duration.ofSeconds(20))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[60_000]))
                    .build();
            HttpResponse<String> response =
                    TestServer.trustingHttp2().send(upload, HttpResponse.BodyHandlers.ofString());
            assertThat(response.version()).isEqualTo(HttpClient.Version.HTTP_2);
            assertThat(response.statusCode()).isEqualTo(413);
            assertThat(response.body()).startsWith("413 Content Too Large: ");
        }
    }

    @Test
    void theJdkClientSeesAResetFaultAsAFailedExchange() throws Exception {
        try (TestServer tls = new TestServer(TestServer.quietBuilder()
                .tls(Optional.empty(), Optional.empty())
                .build())) {
            assertThatThrownBy(() -> tls.send(TestServer.trustingHttp2(), "GET", "/status/200?fault=reset"))
                    .isInstanceOf(IOException.class);
        }
    }
}
