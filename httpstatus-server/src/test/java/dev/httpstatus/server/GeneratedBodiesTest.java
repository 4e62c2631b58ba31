package dev.httpstatus.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code /drip}, {@code /bytes/{n}}, {@code /stream-bytes/{n}} and {@code /range/{n}}: bodies made on request, within the limits. */
class GeneratedBodiesTest {
    @RegisterExtension
    static final TestServer server =
            TestServer.perClass(config -> config.maxGenerated(4096).maxSleep(Duration.ofSeconds(3)));

    @Test
    void aDripSendsItsBytesInPartsWithTheCodeAsked() throws Exception {
        HttpResponse<InputStream> drip = server.http1.send(
                HttpRequest.newBuilder(server.uri("/drip?numbytes=5&duration=500ms&delay=0&code=503"))
                        .build(),
                HttpResponse.BodyHandlers.ofInputStream());

        assertThat(drip.statusCode()).isEqualTo(503);
        assertThat(drip.headers().firstValue("content-length")).hasValue("5");
        assertThat(drip.headers().firstValue("content-type")).hasValue("text/plain; charset=utf-8");
        assertThat(drip.headers().firstValue("transfer-encoding")).isEmpty();
        int reads = 0;
        StringBuilder body = new StringBuilder();
        try (InputStream in = drip.body()) {
            byte[] buffer = new byte[64];
            int read;
            while ((read = in.read(buffer)) > 0) {
                reads++;
                body.append(new String(buffer, 0, read, StandardCharsets.US_ASCII));
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
        assertThat(drip.version()).isEqualTo(HttpClient.Version.HTTP_2);
    }

    @Test
    void aDripSaysHowItSpendsItsTime() throws Exception {
        HttpResponse<String> drip = server.get("/drip?numbytes=3&duration=100ms&delay=50ms");

        assertThat(drip.headers().firstValue("server-timing"))
                .hasValue("total_duration;dur=150.00;desc=\"total request duration\", "
                        + "initial_delay;dur=50.00;desc=\"initial delay\", "
                        + "write_duration;dur=100.00;desc=\"duration of writes after initial delay\", "
                        + "pause_per_write;dur=50.00;desc=\"computed pause between writes\"");
    }

    @Test
    void aDripHeadHasTheLengthAndNoBody() throws Exception {
        String head =
                server.raw("HEAD /drip?numbytes=7&duration=0&delay=0 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");

        assertThat(head)
                .startsWith("HTTP/1.1 200 OK\r\n")
                .contains("content-length: 7\r\n")
                .endsWith("\r\n\r\n");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "numbytes=0",
                "numbytes=-1",
                "numbytes=0xff",
                "numbytes=4097",
                "duration=1m",
                "duration=-1ms",
                "duration=foo",
                "delay=-1",
                "delay=4s",
                "code=25",
                "code=600",
                "code=foo",
                "code=204",
                "code=100",
                "duration=2&delay=2"
            })
    void aDripOutsideItsLimitsIsRefused(String query) throws Exception {
        assertThat(server.get("/drip?" + query).statusCode()).as(query).isEqualTo(400);
    }

    @Test
    void aDripRefusalSaysWhatWasWrong() throws Exception {
        assertThat(server.get("/drip?numbytes=5000").body()).contains("--max-generated");
        assertThat(server.get("/drip?duration=2&delay=2").body()).contains("sleep limit of 3s");
        assertThat(server.get("/drip?numbytes=lots").body()).contains("numbytes=lots is not a whole number");
        assertThat(server.get("/drip?duration=soon").body()).contains("duration=soon is not a duration");
    }

    @Test
    void bytesAreRandomButRepeatableWithASeed() throws Exception {
        HttpResponse<byte[]> first = bytes("/bytes/64?seed=7");
        HttpResponse<byte[]> again = bytes("/bytes/64?seed=7");
        HttpResponse<byte[]> other = bytes("/bytes/64?seed=-8");

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.body()).hasSize(64).isEqualTo(again.body()).isNotEqualTo(other.body());
        assertThat(first.headers().firstValue("content-type")).hasValue("application/octet-stream");
        assertThat(bytes("/bytes/0").body()).isEmpty();
        assertThat(bytes("/bytes/0").headers().firstValue("content-length")).hasValue("0");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/bytes/-1",
                "/bytes/5000",
                "/bytes/foo",
                "/bytes/3.14",
                "/bytes/16?seed=x",
                "/bytes/16?seed=3.14",
                "/bytes/16?seed=12345678901234567890"
            })
    void bytesRefuseWhatTheyCannotMake(String path) throws Exception {
        assertThat(server.get(path).statusCode()).as(path).isEqualTo(400);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/bytes", "/bytes/", "/bytes/16/foo", "/stream-bytes/10/foo", "/range/", "/range/1/foo"})
    void aPathOfAnotherShapeIsNotFound(String path) throws Exception {
        HttpResponse<String> missing = server.get(path);
        assertThat(missing.statusCode()).as(path).isEqualTo(404);
        assertThat(missing.body()).contains("there is nothing at " + path);
    }

    @Test
    void streamedBytesAreChunkedAndTheSameAsTheirUnstreamedSeed() throws Exception {
        HttpResponse<byte[]> streamed = bytes("/stream-bytes/256?seed=5&chunk_size=7");

        assertThat(streamed.statusCode()).isEqualTo(200);
        assertThat(streamed.headers().firstValue("transfer-encoding")).hasValue("chunked");
        assertThat(streamed.headers().firstValue("content-length")).isEmpty();
        assertThat(streamed.body()).isEqualTo(bytes("/bytes/256?seed=5").body());
    }

    @Test
    void streamedBytesComeInChunksOfTheAskedSize() throws Exception {
        String raw = server.raw("GET /stream-bytes/10?chunk_size=4 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");

        String body = raw.substring(raw.indexOf("\r\n\r\n") + 4);
        assertThat(body).matches("(?s)4\r\n.{4}\r\n4\r\n.{4}\r\n2\r\n.{2}\r\n0\r\n\r\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"chunk_size=512", "chunk_size=-10", "chunk_size=1", "chunk_size=256"})
    void anyWholeChunkSizeGivesEveryByte(String query) throws Exception {
        assertThat(bytes("/stream-bytes/256?" + query).body()).as(query).hasSize(256);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/stream-bytes/foo",
                "/stream-bytes/3.1415",
                "/stream-bytes/16?chunk_size=foo",
                "/stream-bytes/16?chunk_size=3.14",
                "/stream-bytes/5000",
                "/stream-bytes/-1"
            })
    void streamedBytesRefuseWhatTheyCannotMake(String path) throws Exception {
        assertThat(server.get(path).statusCode()).as(path).isEqualTo(400);
    }

    @Test
    void noStreamedBytesAreAnEmptyAnswerWithALength() throws Exception {
        HttpResponse<byte[]> none = bytes("/stream-bytes/0");
        assertThat(none.statusCode()).isEqualTo(200);
        assertThat(none.headers().firstValue("content-length")).hasValue("0");
        assertThat(none.body()).isEmpty();
    }

    @Test
    void aRangeIsServedWithItsEntityTagAsText() throws Exception {
        HttpResponse<String> part = server.get("/range/100", "Range", "bytes=10-24");

        assertThat(part.statusCode()).isEqualTo(206);
        assertThat(part.body()).isEqualTo("klmnopqrstuvwxy");
        assertThat(part.headers().firstValue("content-range")).hasValue("bytes 10-24/100");
        assertThat(part.headers().firstValue("content-length")).hasValue("15");
        assertThat(part.headers().firstValue("etag")).hasValue("\"range100\"");
        assertThat(part.headers().firstValue("accept-ranges")).hasValue("bytes");
        assertThat(part.headers().firstValue("content-type")).hasValue("text/plain; charset=utf-8");
    }

    @Test
    void theWholeResourceAndItsSuffixesAndOpenRanges() throws Exception {
        HttpResponse<String> whole = server.get("/range/26");
        assertThat(whole.statusCode()).isEqualTo(200);
        assertThat(whole.body()).isEqualTo("abcdefghijklmnopqrstuvwxyz");
        assertThat(whole.headers().firstValue("etag")).hasValue("\"range26\"");
        assertThat(server.get("/range/26", "Range", "bytes=-5").body()).isEqualTo("vwxyz");
        assertThat(server.get("/range/26", "Range", "bytes=20-").body()).isEqualTo("uvwxyz");
    }

    @Test
    void anIfRangeForAnotherVersionGetsTheWholeResource() throws Exception {
        assertThat(server.get("/range/26", "Range", "bytes=0-1", "If-Range", "\"range27\"")
                        .statusCode())
                .isEqualTo(200);
        assertThat(server.get("/range/26", "Range", "bytes=0-1", "If-Range", "\"range26\"")
                        .statusCode())
                .isEqualTo(206);
    }

    @Test
    void severalRangesArePartsOfTextWithTheirOwnRanges() throws Exception {
        HttpResponse<String> parts = server.get("/range/100", "Range", "bytes=10-24, 50-64");

        assertThat(parts.statusCode()).isEqualTo(206);
        assertThat(parts.headers().firstValue("content-type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("multipart/byteranges; boundary="));
        assertThat(parts.body())
                .contains("Content-Type: text/plain; charset=utf-8\r\nContent-Range: bytes 10-24/100\r\n\r\n"
                        + "klmnopqrstuvwxy\r\n")
                .contains("Content-Range: bytes 50-64/100\r\n\r\nyzabcdefghijklm\r\n");
    }

    @Test
    void anUnsatisfiableRangeIs416WithTheLength() throws Exception {
        HttpResponse<String> refused = server.get("/range/26", "Range", "bytes=32-40");

        assertThat(refused.statusCode()).isEqualTo(416);
        assertThat(refused.headers().firstValue("content-range")).hasValue("bytes */26");
        assertThat(refused.headers().firstValue("etag")).hasValue("\"range26\"");
        assertThat(refused.body()).contains("26 bytes");
    }

    @Test
    void aRangeWithADurationArrivesInTimedChunks() throws Exception {
        HttpResponse<InputStream> slow = server.http1.send(
                HttpRequest.newBuilder(server.uri("/range/100?duration=300ms&chunk_size=25"))
                        .build(),
                HttpResponse.BodyHandlers.ofInputStream());

        assertThat(slow.headers().firstValue("content-length")).hasValue("100");
        int reads = 0;
        int total = 0;
        try (InputStream in = slow.body()) {
            byte[] buffer = new byte[1024];
            int read;
            while ((read = in.read(buffer)) > 0) {
                reads++;
                total += read;
            }
        }
        assertThat(total).isEqualTo(100);
        assertThat(reads).as("the chunks arrive apart").isGreaterThan(1);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/range/foo",
                "/range/1.5",
                "/range/-1",
                "/range/0",
                "/range/4097",
                "/range/100?duration=-1",
                "/range/100?duration=XYZ",
                "/range/100?duration=2h",
                "/range/100?chunk_size=x"
            })
    void aRangeRefusesWhatItCannotServe(String path) throws Exception {
        assertThat(server.get(path).statusCode()).as(path).isEqualTo(400);
    }

    private static HttpResponse<byte[]> bytes(String path) throws Exception {
        return server.http1.send(
                HttpRequest.newBuilder(server.uri(path)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
