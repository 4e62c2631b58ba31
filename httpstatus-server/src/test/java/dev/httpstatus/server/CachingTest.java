package dev.httpstatus.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code /cache}, {@code /cache/{n}}, {@code /etag/{etag}} and {@code /response-headers} as go-httpbin answers them. */
class CachingTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static final TestServer server = TestServer.perClass();

    /** The request as go-httpbin's /get shows it: its fields and their types. */
    private static void assertShowsTheRequest(HttpResponse<String> response, String method, String path)
            throws Exception {
        assertThat(response.headers().firstValue("content-type")).contains("application/json; charset=utf-8");
        JsonNode shown = JSON.readTree(response.body());
        assertThat(shown.fieldNames()).toIterable().containsExactly("args", "headers", "method", "origin", "url");
        assertThat(shown.get("args").isObject()).isTrue();
        assertThat(shown.get("headers").get("Host").get(0).asText()).startsWith("127.0.0.1:");
        assertThat(shown.get("headers").get("User-Agent").isArray()).isTrue();
        assertThat(shown.get("method").asText()).isEqualTo(method);
        assertThat(shown.get("origin").asText()).isEqualTo("127.0.0.1");
        assertThat(shown.get("url").asText()).isEqualTo(server.server.uri() + path);
    }

    @Test
    void cacheIsTheRequestWithValidatorsOfNow() throws Exception {
        HttpResponse<String> fresh = server.get("/cache?a=1&a=2");
        assertThat(fresh.statusCode()).isEqualTo(200);
        assertShowsTheRequest(fresh, "GET", "/cache?a=1&a=2");
        assertThat(JSON.readTree(fresh.body()).get("args").get("a")).hasSize(2);
        String lastModified = fresh.headers().firstValue("last-modified").orElseThrow();
        assertThat(ZonedDateTime.parse(lastModified, DateTimeFormatter.RFC_1123_DATE_TIME))
                .isAfter(ZonedDateTime.now().minusMinutes(1));
        String sha1 = HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-1").digest(lastModified.getBytes(StandardCharsets.US_ASCII)));
        assertThat(fresh.headers().firstValue("etag")).contains("\"" + sha1 + "\"");
        assertThat(fresh.headers().firstValue("cache-control")).isEmpty();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({"If-None-Match, my-custom-etag", "If-Modified-Since, my-custom-date", "If-None-Match, *"})
    void cacheAnswersAnyRevalidationWith304AndItsValidators(String header, String value) throws Exception {
        HttpResponse<String> notModified = server.get("/cache", header, value);
        assertThat(notModified.statusCode()).isEqualTo(304);
        assertThat(notModified.body()).isEmpty();
        assertThat(notModified.headers().firstValue("etag")).isPresent();
        assertThat(notModified.headers().firstValue("last-modified")).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"POST", "PUT", "DELETE", "PATCH"})
    void everyMethodReadsTheCacheResources(String method) throws Exception {
        HttpResponse<String> cache = server.send(server.http1, method, "/cache");
        assertThat(cache.statusCode()).isEqualTo(200);
        assertShowsTheRequest(cache, method, "/cache");
        HttpResponse<String> etag = server.send(server.http1, method, "/etag/abc");
        assertThat(etag.statusCode()).isEqualTo(200);
        assertShowsTheRequest(etag, method, "/etag/abc");
        assertThat(server.send(server.http1, method, "/cache/1").statusCode()).isEqualTo(200);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"/cache/60, 60", "/cache/0, 0", "/cache/007, 7", "/cache/4294967296, 4294967296"})
    void cacheForNSecondsSaysSo(String path, String seconds) throws Exception {
        HttpResponse<String> cacheable = server.get(path);
        assertThat(cacheable.statusCode()).isEqualTo(200);
        assertThat(cacheable.headers().firstValue("cache-control")).contains("public, max-age=" + seconds);
        assertShowsTheRequest(cacheable, "GET", path);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"/cache/60/foo, 404", "/cache/, 404", "/cache/foo, 400", "/cache/3.14, 400", "/cache/-1, 400"})
    void cacheForNSecondsRefusesWhatIsNotSeconds(String path, int status) throws Exception {
        assertThat(server.get(path).statusCode()).isEqualTo(status);
    }

    @ParameterizedTest(name = "{0} {1}: {2} → {3}")
    @CsvSource(
            delimiter = '|',
            value = {
                "abc | If-None-Match | \"abc\" | 304",
                "abc | If-None-Match | \"123\", \"abc\" | 304",
                "abc | If-None-Match | * | 304",
                "c3piozzzz | If-None-Match | W/\"xyzzy\", W/\"r2d2xxxx\", W/\"c3piozzzz\" | 304",
                "abc | If-None-Match | \"123\" | 200",
                "abc | If-None-Match | abc | 200",
                "a,b | If-None-Match | \"x\", \"a,b\" | 304",
                "abc | If-Match | \"abc\" | 200",
                "abc | If-Match | \"123\", \"abc\" | 200",
                "abc | If-Match | * | 200",
                "abc | If-Match | \"xxxxxx\" | 412",
                "abc | If-Match | W/\"abc\" | 412"
            })
    void etagAnswersThePreconditionsOfItsTag(String etag, String header, String value, int status) throws Exception {
        HttpResponse<String> answer = server.get("/etag/" + etag, header, value);
        assertThat(answer.statusCode()).isEqualTo(status);
        assertThat(answer.headers().firstValue("etag")).contains("\"" + etag + "\"");
        if (status == 200) {
            assertShowsTheRequest(answer, "GET", "/etag/" + etag);
        }
    }

    @Test
    void etagRefusesAChangeToTheVersionIfNoneMatchNames() throws Exception {
        assertThat(server.send(server.http1, "PUT", "/etag/abc", "If-None-Match", "\"abc\"")
                        .statusCode())
                .isEqualTo(412);
        assertThat(server.send(server.http1, "HEAD", "/etag/abc", "If-None-Match", "\"abc\"")
                        .statusCode())
                .isEqualTo(304);
        assertThat(server.send(server.http1, "PUT", "/etag/abc", "If-Match", "\"abc\"", "If-None-Match", "\"x\"")
                        .statusCode())
                .isEqualTo(200);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"/etag/foo/bar, 404", "/etag, 404", "/etag/, 404", "/etag/a%22b, 400", "/etag/a%20b, 400"})
    void etagRefusesWhatCannotBeATag(String path, int status) throws Exception {
        assertThat(server.get(path).statusCode()).isEqualTo(status);
    }

    private static String query(String... namesAndValues) {
        StringBuilder query = new StringBuilder();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            query.append(query.length() == 0 ? "?" : "&")
                    .append(URLEncoder.encode(namesAndValues[i], StandardCharsets.UTF_8))
                    .append('=')
                    .append(URLEncoder.encode(namesAndValues[i + 1], StandardCharsets.UTF_8));
        }
        return query.toString();
    }

    @ParameterizedTest
    @ValueSource(strings = {"GET", "POST"})
    void responseHeadersSetsTheQueryAsHeadersAndListsThem(String method) throws Exception {
        HttpResponse<String> answer = server.send(
                server.http1, method, "/response-headers" + query("Foo", "foo", "Bar", "bar1", "Bar", "bar2"));
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().allValues("foo")).containsExactly("foo");
        assertThat(answer.headers().allValues("bar")).containsExactly("bar1", "bar2");
        assertThat(answer.headers().allValues("content-type")).containsExactly("application/json");
        JsonNode listed = JSON.readTree(answer.body());
        assertThat(listed.fieldNames()).toIterable().containsExactly("Foo", "Bar", "Content-Type");
        assertThat(listed.get("Bar"))
                .containsExactly(
                        JSON.getNodeFactory().textNode("bar1"),
                        JSON.getNodeFactory().textNode("bar2"));
        assertThat(listed.get("Content-Type").get(0).asText()).isEqualTo("application/json");
    }

    @Test
    void responseHeadersTakesTheContentTypeAsked() throws Exception {
        HttpResponse<String> answer = server.get("/response-headers" + query("Content-Type", "text/test"));
        assertThat(answer.headers().allValues("content-type")).containsExactly("text/test");
        assertThat(JSON.readTree(answer.body()).get("Content-Type").get(0).asText())
                .isEqualTo("text/test");
    }

    @ParameterizedTest(name = "{0} escaped: {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "application/json; charset=utf8 | false",
                "text/plain | false",
                "application/octet-stream | false",
                " | false",
                "application/xml | true",
                "image/png | true",
                "text/html; charset=utf8 | true",
                "TEXT/HTML | true"
            })
    void responseHeadersEscapesTheListForATypeABrowserMayRender(String type, boolean escaped) throws Exception {
        String dangerous = "<img/src/onerror=alert('xss')>";
        String path = "/response-headers"
                + (type == null ? query("xss", dangerous) : query("Content-Type", type, "xss", dangerous));
        HttpResponse<String> answer = server.get(path);
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("xss")).contains(dangerous);
        JsonNode listed = JSON.readTree(answer.body());
        String escapedForm = "&lt;img/src/onerror=alert(&#39;xss&#39;)&gt;";
        assertThat(listed.get("xss").get(0).asText()).isEqualTo(escaped ? escapedForm : dangerous);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "?%3Cimg%3E=1",
                "?a%20b=1",
                "?a%3Ab=1",
                "?X=a%0Db",
                "?X=a%0Ab",
                "?X=a%7Fb",
                "?Content-Length=1",
                "?transfer-encoding=chunked"
            })
    void responseHeadersRefusesWhatCannotBeAHeaderOrWouldBreakTheAnswer(String query) throws Exception {
        HttpResponse<String> refused = server.get("/response-headers" + query);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.headers().firstValue("x")).isEmpty();
    }
}
