package dev.httpstatus.server;

import static dev.httpstatus.server.EchoClient.contentOf;
import static dev.httpstatus.server.EchoClient.fields;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The echo of a request in go-httpbin's shape: {@code /anything}, and {@code /get}, {@code /head}, {@code /post},
 * {@code /put}, {@code /patch}, {@code /delete} and {@code /upload} with the methods each takes. How content is read
 * is in {@link EchoContentTest}.
 */
class EchoTest {
    @RegisterExtension
    static final TestServer server = TestServer.perClass();

    private final EchoClient client = new EchoClient(server);

    @Test
    void anythingAnswersGoHttpbinsFieldsInItsOrder() throws Exception {
        JsonNode echo = EchoClient.echo(server.get("/anything?a=1&a=2&b", "X-Trace", "t1"));

        assertThat(fields(echo))
                .containsExactly("args", "headers", "method", "origin", "url", "data", "files", "form", "json");
        assertThat(echo.get("args").toString()).isEqualTo("{\"a\":[\"1\",\"2\"],\"b\":[\"\"]}");
        assertThat(echo.get("data").asText()).isEmpty();
        assertThat(echo.get("files").isEmpty()).isTrue();
        assertThat(echo.get("form").isEmpty()).isTrue();
        assertThat(echo.get("headers").get("X-Trace").toString()).isEqualTo("[\"t1\"]");
        assertThat(echo.get("json").isNull()).isTrue();
        assertThat(echo.get("method").asText()).isEqualTo("GET");
        assertThat(echo.get("origin").asText()).isEqualTo("127.0.0.1");
        assertThat(echo.get("url").asText())
                .isEqualTo(server.uri("/anything?a=1&a=2&b").toString());
    }

    @Test
    void anythingBelowItsPathEchoesWithAnyMethod() throws Exception {
        JsonNode echo = client.echo("PROPFIND", "/anything/deep/path", "");

        assertThat(echo.get("method").asText()).isEqualTo("PROPFIND");
        assertThat(echo.get("url").asText()).endsWith("/anything/deep/path");
    }

    @Test
    void theUrlIsTheOneTheClientAddressedItsScopeAndEscapesIncluded() throws Exception {
        String raw = server.raw("GET /_scope/s1/anything/a%20b?q=%41 HTTP/1.1\r\nHost: example.test:8080\r\n"
                + "Connection: close\r\n\r\n");

        JsonNode echo = EchoClient.JSON.readTree(contentOf(raw));
        assertThat(echo.get("url").asText()).isEqualTo("http://example.test:8080/_scope/s1/anything/a%20b?q=%41");
        assertThat(echo.get("args").toString()).isEqualTo("{\"q\":[\"A\"]}");
    }

    @Test
    void headerNamesTakeGoCanonicalFormAndKeepEveryValue() throws Exception {
        String raw = server.raw("GET /anything HTTP/1.1\r\nHost: x\r\nx-trace: t1\r\nX-TRACE: t2\r\n"
                + "accept-ENCODING: gzip\r\nConnection: close\r\n\r\n");

        JsonNode headers = EchoClient.JSON.readTree(contentOf(raw)).get("headers");
        assertThat(fields(headers)).containsExactly("Host", "X-Trace", "Accept-Encoding", "Connection");
        assertThat(headers.get("X-Trace").toString()).isEqualTo("[\"t1\",\"t2\"]");
    }

    @Test
    void http2HeadersAreCanonicalWithoutTheOnesNettyAdds() throws Exception {
        HttpResponse<String> answer = server.send(server.http2, "GET", "/anything", "x-lower", "1");

        JsonNode headers = EchoClient.echo(answer).get("headers");
        assertThat(answer.version()).isEqualTo(java.net.http.HttpClient.Version.HTTP_2);
        assertThat(headers.get("X-Lower").toString()).isEqualTo("[\"1\"]");
        assertThat(fields(headers)).contains("Host", "User-Agent").noneMatch(name -> name.startsWith("X-Http2"));
    }

    @Test
    void argsAreReadAsGoReadsAQuery() throws Exception {
        String raw = server.raw(
                "GET /anything?b=1;c=2&d=%41+b&=e&&f==g HTTP/1.1\r\nHost: x\r\n" + "Connection: close\r\n\r\n");

        assertThat(raw).startsWith("HTTP/1.1 200 ");
        assertThat(EchoClient.JSON.readTree(contentOf(raw)).get("args").toString())
                .isEqualTo("{\"d\":[\"A b\"],\"\":[\"e\"],\"f\":[\"=g\"]}");
    }

    @Test
    void optionsInTheQueryShapeTheAnswerAndShowAmongTheArgs() throws Exception {
        HttpResponse<String> answer = server.get("/anything?sleep=10ms&header=X-A:1&x=y");

        assertThat(answer.headers().firstValue("x-a")).contains("1");
        assertThat(EchoClient.echo(answer).get("args").toString())
                .isEqualTo("{\"sleep\":[\"10ms\"],\"header\":[\"X-A:1\"],\"x\":[\"y\"]}");
    }

    @Test
    void headOnAnythingHasTheHeadOfAGet() throws Exception {
        String raw = server.raw("HEAD /anything HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");

        assertThat(raw).startsWith("HTTP/1.1 200 ").contains("content-type: application/json; charset=utf-8\r\n");
        assertThat(contentOf(raw)).isEmpty();
    }

    @Test
    void getShowsNoContentFieldsAndTakesGetAndHeadOnly() throws Exception {
        JsonNode echo = EchoClient.echo(server.get("/get?x=1"));
        HttpResponse<String> post = server.send(server.http1, "POST", "/get");

        assertThat(fields(echo)).containsExactly("args", "headers", "method", "origin", "url");
        assertThat(server.send(server.http1, "HEAD", "/get").statusCode()).isEqualTo(200);
        assertThat(post.statusCode()).isEqualTo(405);
        assertThat(post.headers().firstValue("allow")).contains("GET, HEAD");
        assertThat(post.body()).contains("POST is not allowed on /get");
    }

    @Test
    void headTakesHeadOnly() throws Exception {
        HttpResponse<String> get = server.get("/head");

        assertThat(server.send(server.http1, "HEAD", "/head").statusCode()).isEqualTo(200);
        assertThat(get.statusCode()).isEqualTo(405);
        assertThat(get.headers().firstValue("allow")).contains("HEAD");
    }

    @ParameterizedTest
    @ValueSource(strings = {"POST", "PUT", "PATCH", "DELETE"})
    void eachMethodsEndpointEchoesItsMethodWithTheContentAndRefusesOthers(String method) throws Exception {
        String path = "/" + method.toLowerCase(java.util.Locale.ROOT);
        JsonNode echo = client.echo(method, path, "hello", "Content-Type", "text/plain");
        HttpResponse<String> other = server.send(server.http1, method.equals("PUT") ? "POST" : "PUT", path);

        assertThat(echo.get("method").asText()).isEqualTo(method);
        assertThat(echo.get("data").asText()).isEqualTo("hello");
        assertThat(fields(echo)).hasSize(9);
        assertThat(other.statusCode()).isEqualTo(405);
        assertThat(other.headers().firstValue("allow")).contains(method);
    }

    @Test
    void uploadCountsTheContentWithoutShowingIt() throws Exception {
        JsonNode echo = client.echo("PUT", "/upload", "encodeMe", "Content-Type", "image/png");
        HttpResponse<String> get = server.get("/upload");

        assertThat(fields(echo)).containsExactly("args", "headers", "method", "origin", "url", "bytes_received");
        assertThat(echo.get("bytes_received").isInt()).isTrue();
        assertThat(echo.get("bytes_received").asInt()).isEqualTo(8);
        assertThat(get.statusCode()).isEqualTo(405);
        assertThat(get.headers().firstValue("allow")).contains("POST, PUT, PATCH");
    }

    @Test
    void theStrictJsonResourceStaysBesideTheEcho() throws Exception {
        assertThat(client.send("POST", "/anything/json", "{}", "Content-Type", "application/json")
                        .statusCode())
                .isEqualTo(422);
        assertThat(client.send("POST", "/anything/json", "{\"name\":\"tea\"}", "Content-Type", "application/json")
                        .body())
                .isEqualTo("{\"name\":\"tea\"}");
    }
}
