package dev.httpstatus.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code /delay/{n}}, {@code /base64/…} and {@code /links/…}: content made from what the request says. */
class EchoedContentTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static final TestServer server =
            TestServer.perClass(config -> config.maxSleep(Duration.ofSeconds(1)).maxGenerated(1024));

    @ParameterizedTest
    @CsvSource({"/delay/0ms,0.00", "/delay/100ms,100.00", "/delay/0,0.00", "/delay/0.1,100.00"})
    void aDelayTellsTheRequestBackAndSaysTheDelay(String path, String milliseconds) throws Exception {
        HttpResponse<String> delayed = server.get(path);

        assertThat(delayed.statusCode()).isEqualTo(200);
        assertThat(delayed.headers().firstValue("content-type")).hasValue("application/json; charset=utf-8");
        assertThat(delayed.headers().firstValue("server-timing"))
                .hasValue("initial_delay;dur=" + milliseconds + ";desc=\"initial delay\"");
        JsonNode echo = JSON.readTree(delayed.body());
        assertThat(echo.fieldNames())
                .toIterable()
                .containsExactly("args", "headers", "method", "origin", "url", "data", "files", "form", "json");
    }

    @Test
    void aDelayedPostKeepsItsBody() throws Exception {
        HttpResponse<String> delayed = server.http1.send(
                HttpRequest.newBuilder(server.uri("/delay/50ms?q=1"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"kept\":[1,2]}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        JsonNode echo = JSON.readTree(delayed.body());
        assertThat(echo.get("method").asText()).isEqualTo("POST");
        assertThat(echo.get("data").asText()).isEqualTo("{\"kept\":[1,2]}");
        assertThat(echo.get("json").get("kept").get(1).asInt()).isEqualTo(2);
        assertThat(echo.get("args").get("q").get(0).asText()).isEqualTo("1");
        assertThat(echo.get("headers").get("Content-Type").get(0).asText()).isEqualTo("application/json");
    }

    @Test
    void aFormAndBinaryContentAreToldAsGoHttpbinTellsThem() throws Exception {
        JsonNode form = JSON.readTree(post("/delay/0", "application/x-www-form-urlencoded", "a=1&a=2&b=%20")
                .body());
        assertThat(form.get("form").get("a")).hasSize(2);
        assertThat(form.get("form").get("b").get(0).asText()).isEqualTo(" ");

        JsonNode binary = JSON.readTree(post("/delay/0", "image/png", "PNG").body());
        assertThat(binary.get("data").asText()).isEqualTo("data:image/png;base64,UE5H");

        assertThat(post("/delay/0", "application/json", "{broken").statusCode()).isEqualTo(400);
    }

    @ParameterizedTest
    @CsvSource({
        "/delay,404",
        "/delay/,404",
        "/delay/foo,400",
        "/delay/1/foo,404",
        "/delay/1.5s,400",
        "/delay/-1ms,400",
        "/delay/1.5,400",
        "/delay/-1,400",
        "/delay/-3.14,400"
    })
    void aDelayOutsideTheLimitOrOfAnotherShapeIsRefused(String path, int status) throws Exception {
        assertThat(server.get(path).statusCode()).as(path).isEqualTo(status);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "/base64/dmFsaWRfYmFzZTY0X2VuY29kZWRfc3RyaW5n|valid_base64_encoded_string",
                "/base64/decode/dmFsaWRfYmFzZTY0X2VuY29kZWRfc3RyaW5n|valid_base64_encoded_string",
                "/base64/encode/valid_base64_encoded_string|dmFsaWRfYmFzZTY0X2VuY29kZWRfc3RyaW5n",
                "/base64/dGVzdC1pbWFnZQ==|test-image"
            })
    void base64DecodesEitherAlphabetAndEncodesUrlSafe(String path, String expected) throws Exception {
        HttpResponse<String> answer = server.get(path);

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("content-type")).hasValue("text/plain; charset=utf-8");
        assertThat(answer.body()).isEqualTo(expected);
    }

    @Test
    void base64ReadsBothAlphabetsAndWritesTheUrlSafeOne() throws Exception {
        assertThat(server.get("/base64/decode/YWJjMTIzIT8kKiYoKSctPUB-").body()).isEqualTo("abc123!?$*&()'-=@~");
        assertThat(server.get("/base64/decode/8J+Ziywg8J+MjSEK4oCm").body()).isEqualTo("🙋, 🌍!\n…");
        assertThat(server.get("/base64/encode/abc123%21%3F%24%2A%26%28%29%27-%3D%40~")
                        .body())
                .isEqualTo("YWJjMTIzIT8kKiYoKSctPUB-");
    }

    @Test
    void base64TakesAContentTypeAndEscapesOneABrowserWouldRun() throws Exception {
        HttpResponse<String> json =
                server.get("/base64/eyJzZXJ2ZXIiOiAiaHR0cHN0YXR1cyJ9?content-type=application/json");
        assertThat(json.headers().firstValue("content-type")).hasValue("application/json");
        assertThat(json.body()).isEqualTo("{\"server\": \"httpstatus\"}");

        HttpResponse<String> html =
                server.get("/base64/PGltZy9zcmMvb25lcnJvcj1hbGVydCgneHNzJyk+?content-type=text/html");
        assertThat(html.headers().firstValue("content-type")).hasValue("text/html");
        assertThat(html.body()).isEqualTo("&lt;img/src/onerror=alert(&#39;xss&#39;)&gt;");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "/base64/invalid_base64_encoded_string|400|is not base64",
                "/base64/decode/invalid_base64_encoded_string|400|is not base64",
                "/base64/unknown/dmFsaWRfYmFzZTY0X2VuY29kZWRfc3RyaW5n|400|\"unknown\" is not an operation",
                "/base64/|404|there is nothing at /base64/",
                "/base64/decode/|404|there is nothing at /base64/decode/",
                "/base64/decode/dmFs/extra|404|there is nothing at"
            })
    void base64RefusesWhatItCannotRead(String path, int status, String says) throws Exception {
        HttpResponse<String> refused = server.get(path);

        assertThat(refused.statusCode()).isEqualTo(status);
        assertThat(refused.body()).contains(says);
    }

    @Test
    void base64RefusesAValueOverTheLimit() throws Exception {
        HttpResponse<String> refused = server.get("/base64/decode/" + "X".repeat(1025));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("over the limit of 1024");
    }

    @ParameterizedTest
    @CsvSource({"/links/1,/links/1/0", "/links/100,/links/100/0", "/links/5?x=1,/links/5/0?x=1"})
    void linksRedirectToTheFirstPage(String path, String location) throws Exception {
        HttpResponse<String> redirect = server.get(path);

        assertThat(redirect.statusCode()).isEqualTo(302);
        assertThat(redirect.headers().firstValue("location")).hasValue(location);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "/links/2/0|<html><head><title>Links</title></head><body>0 <a href=\"/links/2/1\">1</a> </body></html>",
                "/links/2/1|<html><head><title>Links</title></head><body><a href=\"/links/2/0\">0</a> 1 </body></html>",
                "/links/2/10|<html><head><title>Links</title></head><body><a href=\"/links/2/0\">0</a> "
                        + "<a href=\"/links/2/1\">1</a> </body></html>",
                "/links/2/-1|<html><head><title>Links</title></head><body><a href=\"/links/2/0\">0</a> "
                        + "<a href=\"/links/2/1\">1</a> </body></html>"
            })
    void aLinksPageLinksEveryPageButItsOwn(String path, String page) throws Exception {
        HttpResponse<String> links = server.get(path);

        assertThat(links.headers().firstValue("content-type")).hasValue("text/html; charset=utf-8");
        assertThat(links.body()).isEqualTo(page);
    }

    @Test
    void aLinksPageInAScopeLinksWithinIt() throws Exception {
        assertThat(server.get("/_scope/crawl/links/2/0").body()).contains("href=\"/_scope/crawl/links/2/1\"");
        assertThat(server.get("/_scope/crawl/links/3").headers().firstValue("location"))
                .hasValue("/_scope/crawl/links/3/0");
    }

    @ParameterizedTest
    @CsvSource({
        "/links/10/1/foo,404",
        "/links/3.14,400",
        "/links/-1,400",
        "/links/257,400",
        "/links/1/3.14,400",
        "/links/1/foo,400"
    })
    void linksRefuseWhatTheyCannotMake(String path, int status) throws Exception {
        assertThat(server.get(path).statusCode()).as(path).isEqualTo(status);
    }

    private static HttpResponse<String> post(String path, String type, String body) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(server.uri(path))
                                .header("Content-Type", type)
                                .POST(HttpRequest.BodyPublishers.ofString(body))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }
}
