package dev.httpstatus.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.InflaterInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code /gzip}, {@code /deflate} and {@code /brotli}: the request told back in a content coding, decoded here by the
 * JDK (gzip, zlib) and by curl's Brotli decoder.
 */
class EncodedBodiesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static final TestServer server = TestServer.perClass(config -> config.maxHeaderSize(256 * 1024));

    @Test
    void gzipIsGzippedJsonSayingSo() throws Exception {
        HttpResponse<byte[]> gzip = encoded("/gzip?a=1");

        assertThat(gzip.headers().firstValue("content-encoding")).hasValue("gzip");
        assertThat(gzip.headers().firstValue("content-type")).hasValue("application/json; charset=utf-8");
        assertThat(gzip.headers().firstValue("content-length")).hasValue(String.valueOf(gzip.body().length));
        JsonNode echo = decoded(new GZIPInputStream(new ByteArrayInputStream(gzip.body())));
        assertThat(echo.get("gzipped").asBoolean()).isTrue();
        assertThat(echo.get("method").asText()).isEqualTo("GET");
        assertThat(echo.get("args").get("a").get(0).asText()).isEqualTo("1");
        assertThat(echo.get("headers").get("Host").isArray()).isTrue();
        assertThat(echo.get("url").asText()).endsWith("/gzip?a=1");
        assertThat(echo.get("origin").asText()).isEqualTo("127.0.0.1");
    }

    @Test
    void deflateIsZlibJsonSayingSo() throws Exception {
        HttpResponse<byte[]> deflate = encoded("/deflate");

        assertThat(deflate.headers().firstValue("content-encoding")).hasValue("deflate");
        assertThat(deflate.headers().firstValue("content-type")).hasValue("application/json; charset=utf-8");
        JsonNode echo = decoded(new InflaterInputStream(new ByteArrayInputStream(deflate.body())));
        assertThat(echo.get("deflated").asBoolean()).isTrue();
    }

    @Test
    void brotliIsBrotliThatCurlDecodes() throws Exception {
        HttpResponse<byte[]> raw = encoded("/brotli");
        assertThat(raw.headers().firstValue("content-encoding")).hasValue("br");

        JsonNode echo =
                JSON.readTree(Curl.run("--compressed", server.uri("/brotli?b=2").toString()));

        assertThat(echo.get("brotli").asBoolean()).isTrue();
        assertThat(echo.get("args").get("b").get(0).asText()).isEqualTo("2");
        assertThat(echo.get("headers").get("Accept-Encoding").get(0).asText()).contains("br");
    }

    @Test
    void brotliOfMoreThanOneMetaBlockDecodes(@org.junit.jupiter.api.io.TempDir Path directory) throws Exception {
        String large = "x".repeat(150_000);
        Path header = Files.writeString(directory.resolve("header"), "X-Large: " + large + "\n");

        JsonNode echo = JSON.readTree(Curl.run(
                "--compressed", "-H", "@" + header, server.uri("/brotli").toString()));

        assertThat(echo.get("headers").get("X-Large").get(0).asText()).isEqualTo(large);
    }

    @Test
    void theCodingIsTheSameWhateverTheClientAccepts() throws Exception {
        HttpResponse<byte[]> gzip = server.http1.send(
                HttpRequest.newBuilder(server.uri("/gzip"))
                        .header("Accept-Encoding", "identity")
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());

        assertThat(gzip.headers().firstValue("content-encoding")).hasValue("gzip");
    }

    private static JsonNode decoded(InputStream in) throws Exception {
        try (in) {
            return JSON.readTree(in.readAllBytes());
        }
    }

    private static HttpResponse<byte[]> encoded(String path) throws Exception {
        return server.http1.send(
                HttpRequest.newBuilder(server.uri(path)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
