package dev.httpstatus.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.httpstatus.HttpStatus;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every code 100..599 over HTTP/1.1 and HTTP/2 with the JDK client: status, headers and body rules. */
class StatusCodesTest {
    @RegisterExtension
    static final TestServer server = TestServer.perClass();

    @Test
    void everyFinalCodeIsAnsweredWithItsBodyRulesOverHttp1() throws Exception {
        for (int code = 200; code <= 599; code++) {
            HttpResponse<String> response = server.get("/status/" + code);
            HttpStatus status = HttpStatus.of(code);
            assertThat(response.statusCode()).as("status of %d", code).isEqualTo(code);
            if (status.allowsContent()) {
                String expected = code == 206 ? null : code + " " + expectedPhrase(status);
                if (expected != null) {
                    assertThat(response.body()).as("body of %d", code).isEqualTo(expected);
                }
                assertThat(response.headers().firstValue("content-type"))
                        .as("type of %d", code)
                        .contains("text/plain; charset=utf-8");
                assertThat(response.headers().firstValueAsLong("content-length"))
                        .as("length of %d", code)
                        .hasValue(response.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
            } else {
                assertThat(response.body()).as("body of %d", code).isEmpty();
            }
        }
    }

    private static String expectedPhrase(HttpStatus status) {
        return status.registration() == dev.httpstatus.Registration.UNUSED
                ? status.aliases().get(0)
                : status.reasonPhrase();
    }

    @Test
    void everyCodeIsAnsweredOverHttp2Too() throws Exception {
        for (int code : new int[] {200, 204, 206, 301, 304, 404, 418, 429, 499, 503, 599}) {
            HttpResponse<String> response = server.send(server.http2, "GET", "/status/" + code);
            assertThat(response.statusCode()).isEqualTo(code);
            assertThat(response.version()).isEqualTo(java.net.http.HttpClient.Version.HTTP_2);
        }
    }

    @Test
    void aClientOfferingH2cCanSendContentOnItsFirstRequest() throws Exception {
        java.net.http.HttpRequest post = java.net.http.HttpRequest.newBuilder(server.uri("/status/201"))
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("x".repeat(5000)))
                .build();
        java.net.http.HttpClient fresh = java.net.http.HttpClient.newHttpClient();
        assertThat(fresh.send(post, HttpResponse.BodyHandlers.ofString()).statusCode())
                .isEqualTo(201);
    }

    @Test
    void interimCodesAreFollowedByAFinalResponse() throws Exception {
        assertThat(server.get("/status/100").statusCode()).isEqualTo(200);
        assertThat(server.get("/status/103?then=404").statusCode()).isEqualTo(404);
        assertThat(server.send(server.http2, "GET", "/status/102").statusCode()).isEqualTo(200);
    }

    @Test
    void noContentForHead204205And304() throws Exception {
        HttpResponse<String> head = server.send(server.http1, "HEAD", "/status/404");
        assertThat(head.body()).isEmpty();
        assertThat(head.headers().firstValueAsLong("content-length")).hasValue(13);
        assertThat(server.get("/status/204").headers().firstValue("content-length"))
                .isEmpty();
        assertThat(server.get("/status/205").headers().firstValueAsLong("content-length"))
                .hasValue(0);
        assertThat(server.get("/status/304").headers().firstValue("content-type"))
                .isEmpty();
    }

    @Test
    void theBodyFollowsAcceptAndTheLanguageAcceptLanguage() throws Exception {
        HttpResponse<String> json =
                server.get("/status/404", "Accept", "application/json", "Accept-Language", "zh-CN,zh;q=0.9");
        assertThat(json.headers().firstValue("content-type")).contains("application/json");
        JsonNode node = new ObjectMapper().readTree(json.body());
        assertThat(node.get("code").asInt()).isEqualTo(404);
        assertThat(node.get("title").asText()).isEqualTo("未找到");
        HttpResponse<String> html = server.get("/status/404", "Accept", "text/html,application/xhtml+xml;q=0.9");
        assertThat(html.headers().firstValue("content-type")).contains("text/html; charset=utf-8");
        assertThat(html.body()).contains("<h1>404 Not Found</h1>").contains("href=\"/codes/404?lang=en\"");
        assertThat(server.get("/status/404", "Accept", "image/png").body()).isEqualTo("404 Not Found");
        assertThat(server.get("/status/404", "Accept", "text/plain;q=0.1, application/json")
                        .headers()
                        .firstValue("content-type"))
                .contains("application/json");
    }

    @Test
    void theHttpstatusFormAndRandomCodesWork() throws Exception {
        assertThat(server.get("/418").statusCode()).isEqualTo(418);
        assertThat(server.get("/503/anything/here").statusCode()).isEqualTo(503);
        assertThat(server.get("/random/201,202").statusCode()).isIn(201, 202);
        assertThat(server.get("/random/500-504").statusCode()).isBetween(500, 504);
        assertThat(server.get("/status/200:0,503:1").statusCode()).isEqualTo(503);
        assertThat(server.get("/status/200,200,200").statusCode()).isEqualTo(200);
    }

    @Test
    void anythingOutsideTheRangeIsABadRequestWithAnExplanation() throws Exception {
        for (String path : new String[] {
            "/status/600", "/status/abc", "/99", "/1000", "/status/", "/status/200:x", "/status/504-500"
        }) {
            HttpResponse<String> response = server.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(400);
            assertThat(response.body()).as(path).startsWith("400 Bad Request: ");
        }
        HttpResponse<String> problem = server.get("/status/600", "Accept", "application/json");
        assertThat(problem.headers().firstValue("content-type")).contains("application/problem+json");
        assertThat(new ObjectMapper().readTree(problem.body()).get("detail").asText())
                .contains("100..599");
    }

    @Test
    void unknownPathsAre404WithAHint() throws Exception {
        HttpResponse<String> response = server.get("/nothing-here");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("/status/404");
    }

    @Test
    void allMethodsButOptionsAreAnsweredWithTheCode() throws Exception {
        // OPTIONS is answered for CORS on every path, as go-httpbin answers it (CorsTest).
        for (String method : new String[] {"GET", "POST", "PUT", "PATCH", "DELETE"}) {
            assertThat(server.send(server.http1, method, "/status/409").statusCode())
                    .as(method)
                    .isEqualTo(409);
        }
    }
}
