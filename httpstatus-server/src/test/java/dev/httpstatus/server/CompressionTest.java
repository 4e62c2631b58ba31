package dev.httpstatus.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.aayushatharva.brotli4j.decoder.Decoder;
import com.aayushatharva.brotli4j.decoder.DecoderJNI;
import com.aayushatharva.brotli4j.decoder.DirectDecompress;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The site and the API compressed as Accept-Encoding asks; the test endpoints left as they are. */
class CompressionTest {
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @RegisterExtension
    static final TestServer server = TestServer.perClass();

    private static HttpResponse<byte[]> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.uri(path)).timeout(Duration.ofSeconds(20));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String gunzip(byte[] bytes) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/?lang=en", "/codes/404?lang=zh", "/search?q=timeout", "/api/v1/codes", "/openapi.json"})
    void textOfTheSiteAndTheApiIsGzippedWhenAskedAndTheSameContent(String path) throws Exception {
        HttpResponse<byte[]> plain = get(path);
        HttpResponse<byte[]> gzipped = get(path, "Accept-Encoding", "gzip");

        assertThat(plain.headers().firstValue("content-encoding")).isEmpty();
        assertThat(gzipped.headers().firstValue("content-encoding")).contains("gzip");
        assertThat(gzipped.headers().allValues("vary")).anyMatch(v -> v.contains("Accept-Encoding"));
        assertThat(plain.headers().allValues("vary")).anyMatch(v -> v.contains("Accept-Encoding"));
        assertThat(gzipped.body().length).isLessThan(plain.body().length);
        assertThat(gunzip(gzipped.body())).isEqualTo(new String(plain.body(), StandardCharsets.UTF_8));
        assertThat(gzipped.headers().firstValue("etag"))
                .isNotEqualTo(plain.headers().firstValue("etag"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/?lang=en", "/codes/404?lang=zh", "/search?q=timeout", "/api/v1/codes", "/openapi.json"})
    void textIsBrotliWhenTheClientTakesItAndSmallerThanGzip(String path) throws Exception {
        HttpResponse<byte[]> plain = get(path);
        HttpResponse<byte[]> gzipped = get(path, "Accept-Encoding", "gzip");
        HttpResponse<byte[]> brotli = get(path, "Accept-Encoding", "gzip, deflate, br");

        assertThat(brotli.headers().firstValue("content-encoding")).contains("br");
        assertThat(brotli.headers().allValues("vary")).anyMatch(v -> v.contains("Accept-Encoding"));
        assertThat(brotli.body().length).isLessThan(gzipped.body().length);
        assertThat(unbrotli(brotli.body())).isEqualTo(new String(plain.body(), StandardCharsets.UTF_8));
        assertThat(brotli.headers().firstValue("etag"))
                .isNotEqualTo(gzipped.headers().firstValue("etag"));
    }

    private static String unbrotli(byte[] bytes) throws IOException {
        DirectDecompress decoded = Decoder.decompress(bytes);
        assertThat(decoded.getResultStatus()).isEqualTo(DecoderJNI.Status.DONE);
        return new String(decoded.getDecompressedData(), StandardCharsets.UTF_8);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "gzip|gzip",
                "GZIP;q=0.5|gzip",
                "*|br",
                "br|br",
                "deflate, br|br",
                "gzip, br;q=0.5|gzip",
                "br;q=0, gzip|gzip",
                "gzip;q=0|identity",
                "gzip;q=0.4, identity;q=0.5|identity",
                "gzip;q=0.1, identity;q=0.1|gzip",
                "*;q=0, gzip|gzip",
                "identity|identity",
                "identity;q=0, gzip;q=0.2|gzip",
                "gzip;q=bad|identity"
            })
    void qValuesDecideTheCoding(String acceptEncoding, String expected) throws Exception {
        HttpResponse<byte[]> response = get("/codes/503", "Accept-Encoding", acceptEncoding);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("content-encoding").orElse("identity"))
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"identity;q=0", "deflate, identity;q=0", "*;q=0"})
    void refusingBothGzipAndIdentityIs406WithAReason(String acceptEncoding) throws Exception {
        HttpResponse<String> response = server.get("/codes/503", "Accept-Encoding", acceptEncoding);

        assertThat(response.statusCode()).isEqualTo(406);
        assertThat(response.body()).contains("refuses every coding").contains("br, gzip");
    }

    @Test
    void assetsAreCompressedOnceAndKeepTheirImmutableCaching() throws Exception {
        String page = new String(get("/?lang=en").body(), StandardCharsets.UTF_8);
        Matcher css = Pattern.compile("/assets/site\\.[0-9a-f]+\\.css").matcher(page);
        assertThat(css.find()).isTrue();

        HttpResponse<byte[]> plain = get(css.group());
        HttpResponse<byte[]> gzipped = get(css.group(), "Accept-Encoding", "gzip");

        assertThat(gzipped.headers().firstValue("content-encoding")).contains("gzip");
        assertThat(gzipped.headers().firstValue("cache-control")).contains("public, max-age=31536000, immutable");
        assertThat(gzipped.headers().allValues("vary")).anyMatch(v -> v.contains("Accept-Encoding"));
        assertThat(gunzip(gzipped.body())).isEqualTo(new String(plain.body(), StandardCharsets.UTF_8));
        assertThat(get("/assets/site.js", "Accept-Encoding", "gzip").headers().firstValue("content-encoding"))
                .contains("gzip");
        HttpResponse<byte[]> brotli = get(css.group(), "Accept-Encoding", "br");
        assertThat(brotli.headers().firstValue("content-encoding")).contains("br");
        assertThat(unbrotli(brotli.body())).isEqualTo(new String(plain.body(), StandardCharsets.UTF_8));
    }

    @Test
    void aRevalidationOfTheGzippedPageIs304() throws Exception {
        HttpResponse<byte[]> first = get("/codes/404?lang=en", "Accept-Encoding", "gzip");
        String etag = first.headers().firstValue("etag").orElseThrow();

        HttpResponse<byte[]> again = get("/codes/404?lang=en", "Accept-Encoding", "gzip", "If-None-Match", etag);
        HttpResponse<byte[]> plain = get("/codes/404?lang=en", "If-None-Match", etag);

        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(plain.statusCode()).isEqualTo(200);
    }

    @Test
    void curlCompressedReadsThePage() throws Exception {
        String compressed =
                Curl.run("-s", "--compressed", server.uri("/codes/418?lang=zh").toString());
        String plain = Curl.run("-s", server.uri("/codes/418?lang=zh").toString());

        assertThat(compressed).isEqualTo(plain).contains("418");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/status/404", "/status/200", "/json", "/html"})
    void theTestEndpointsAnswerAsTheyAlwaysDid(String path) throws Exception {
        HttpResponse<byte[]> response = get(path, "Accept-Encoding", "gzip");

        assertThat(response.headers().firstValue("content-encoding")).isEmpty();
    }

    @Test
    void slashGzipStillAnswersInItsOwnCodingWhatever() throws Exception {
        HttpResponse<byte[]> response = get("/gzip", "Accept-Encoding", "identity");

        assertThat(response.headers().firstValue("content-encoding")).contains("gzip");
        assertThat(gunzip(response.body())).contains("gzipped");
    }
}
