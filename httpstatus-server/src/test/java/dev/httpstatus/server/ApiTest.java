package dev.httpstatus.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.httpstatus.HttpStatus;
import dev.httpstatus.StatusJson;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The JSON API over the registry, checked against the OpenAPI document the server itself serves. */
class ApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static final TestServer server = TestServer.perClass();

    private static OpenApiContract contract;

    @BeforeAll
    static void readTheContract() throws Exception {
        contract = OpenApiContract.served(server);
    }

    @Test
    void everyResourceOfTheApiIsReadOnlyAndSaysWhichMethodsItTakes() throws Exception {
        String[] resources = {
            "/api/v1/codes",
            "/api/v1/codes/404",
            "/api/v1/codes/103/clients",
            "/api/v1/search?q=timeout",
            "/api/v1/classes",
            "/api/v1/triggers",
            "/api/v1/try?target=/status/404",
            "/openapi.json",
            "/codes/404.json"
        };
        for (String resource : resources) {
            for (String method : new String[] {"POST", "PUT", "DELETE", "PATCH"}) {
                HttpResponse<String> answer = server.send(server.http1, method, resource, "Accept-Language", "zh");
                assertThat(answer.statusCode()).as("%s %s", method, resource).isEqualTo(405);
                assertThat(answer.headers().firstValue("allow"))
                        .as("%s %s", method, resource)
                        .hasValue("GET, HEAD");
                assertThat(answer.headers().firstValue("content-type"))
                        .as("%s %s", method, resource)
                        .hasValue("application/problem+json");
                assertThat(JSON.readTree(answer.body()).get("detail").asText())
                        .as("%s %s", method, resource)
                        .isEqualTo("API 的资源只能用 GET 或 HEAD 读取，不能用 " + method);
            }
            assertThat(server.send(server.http1, "HEAD", resource).statusCode())
                    .as("HEAD %s", resource)
                    .isEqualTo(200);
        }
    }

    @Test
    void anUnknownApiPathIsAProblemInJsonWhateverTheAcceptAndInTheRequestsLanguage() throws Exception {
        for (String accept : new String[] {"text/html", "text/plain", "*/*", "application/json", "image/png"}) {
            for (String path : new String[] {"/api/v1/nope?lang=zh", "/api/v2/codes?lang=zh", "/api?lang=zh"}) {
                HttpResponse<String> answer = server.get(path, "Accept", accept);
                assertThat(answer.statusCode()).as("%s for %s", path, accept).isEqualTo(404);
                assertThat(answer.headers().firstValue("content-type"))
                        .as("%s for %s", path, accept)
                        .hasValue("application/problem+json");
                assertThat(answer.headers().firstValue("content-language")).hasValue("zh");
                JsonNode problem = JSON.readTree(answer.body());
                assertThat(problem.get("title").asText()).isEqualTo("未找到");
                assertThat(problem.get("detail").asText()).contains("没有 API 资源", "/openapi.json");
            }
        }
        HttpResponse<String> english = server.get("/api/v1/nope", "Accept", "text/plain");
        assertThat(JSON.readTree(english.body()).get("detail").asText())
                .isEqualTo("there is no API resource at /api/v1/nope; /openapi.json describes the API");
    }

    @Test
    void listsEveryKnownCodeInTheOneShape() throws Exception {
        JsonNode codes = contract.check("/api/v1/codes", server.get("/api/v1/codes?lang=en"));

        assertThat(codes).hasSize(HttpStatus.known().size());
        assertThat(codes.get(0))
                .isEqualTo(JSON.readTree(StatusJson.of(HttpStatus.known().get(0), Locale.ENGLISH)));
        assertThat(numbers(codes)).contains(100, 404, 418, 451, 511, 499);
    }

    @Test
    void listsOneClass() throws Exception {
        JsonNode codes = contract.check("/api/v1/codes", server.get("/api/v1/codes?class=5xx&lang=zh"));

        assertThat(numbers(codes)).allMatch(code -> code >= 500 && code < 600).contains(500, 503, 511);
        assertThat(codes.get(0).get("lang").asText()).isEqualTo("zh");
        contract.check("/api/v1/codes", server.get("/api/v1/codes?class=6xx"));
    }

    @Test
    void describesOneCodeInEitherLanguage() throws Exception {
        JsonNode english = contract.check("/api/v1/codes/{code}", server.get("/api/v1/codes/404?lang=en"));
        JsonNode chinese = contract.check("/api/v1/codes/{code}", server.get("/api/v1/codes/404?lang=zh"));

        assertThat(english).isEqualTo(JSON.readTree(StatusJson.of(HttpStatus.NOT_FOUND, Locale.ENGLISH)));
        assertThat(chinese.get("title").asText()).isEqualTo("未找到");
        assertThat(english.get("spec").get("url").asText()).endsWith("#section-15.5.5");
    }

    private static JsonNode fact(JsonNode clients, String caseName, String client) {
        for (JsonNode fact : clients.get("facts")) {
            if (fact.get("case").asText().equals(caseName)
                    && fact.get("client").asText().equals(client)) {
                return fact;
            }
        }
        throw new AssertionError("no fact of " + client + " on " + caseName);
    }

    @Test
    void tellsWhatRealClientsDoWithACodeInEitherLanguage() throws Exception {
        JsonNode english =
                contract.check("/api/v1/codes/{code}/clients", server.get("/api/v1/codes/103/clients?lang=en"));
        JsonNode chinese = contract.check(
                "/api/v1/codes/{code}/clients", server.get("/api/v1/codes/103/clients", "Accept-Language", "zh-CN"));
        assertThat(english.get("code").asInt()).isEqualTo(103);
        assertThat(english.get("lang").asText()).isEqualTo("en");
        assertThat(chinese.get("lang").asText()).isEqualTo("zh");
        assertThat(english.get("measured").asText()).isEqualTo(dev.httpstatus.ClientFacts.measured());
        assertThat(english.get("cases").get(0).get("case").asText()).isEqualTo("103-interim");
        assertThat(english.get("cases").get(0).get("label").asText()).isEqualTo("103 Early Hints, then 200");
        assertThat(chinese.get("cases").get(0).get("label").asText()).isEqualTo("103 Early Hints，然后 200");
        java.util.Set<String> clients = new java.util.HashSet<>();
        english.get("facts").forEach(f -> clients.add(f.get("client").asText()));
        assertThat(clients).hasSizeGreaterThanOrEqualTo(8).contains("curl", "python-requests");
        JsonNode requests = null;
        for (JsonNode fact : chinese.get("facts")) {
            if (fact.get("client").asText().equals("python-requests")
                    && fact.get("case").asText().equals("103-interim")) {
                requests = fact;
            }
        }
        assertThat(requests).isNotNull();
        assertThat(requests.get("ok").asBoolean()).isFalse();
        assertThat(requests.get("advice").asText()).containsPattern("\\p{IsHan}");
        // a client that cannot speak HTTP/1.0 is outside the 1xx-http10 row: ok for readers of ok, but not applying
        JsonNode jdk17 = fact(english, "1xx-http10", "jdk17-httpclient");
        assertThat(jdk17.get("applies").asBoolean()).isFalse();
        assertThat(jdk17.get("ok").asBoolean()).isTrue();
        assertThat(jdk17.get("advice").isNull()).isTrue();
        assertThat(fact(english, "1xx-http10", "curl").get("applies").asBoolean())
                .isTrue();
        assertThat(fact(chinese, "103-interim", "jdk17-httpclient")
                        .get("applies")
                        .asBoolean())
                .isTrue();
        JsonNode unmeasured = contract.check("/api/v1/codes/{code}/clients", server.get("/api/v1/codes/499/clients"));
        assertThat(unmeasured.get("facts")).isEmpty();
        JsonNode unknown = contract.check("/api/v1/codes/{code}/clients", server.get("/api/v1/codes/299/clients"));
        assertThat(unknown.get("status").asInt()).isEqualTo(404);
        JsonNode invalid = contract.check("/api/v1/codes/{code}/clients", server.get("/api/v1/codes/abc/clients"));
        assertThat(invalid.get("status").asInt()).isEqualTo(400);
    }

    @Test
    void followsAcceptLanguageWithoutLangAndSaysSo() throws Exception {
        HttpResponse<String> response = server.get("/api/v1/codes/404", "Accept-Language", "zh-CN,zh;q=0.9,en;q=0.5");

        assertThat(JSON.readTree(response.body()).get("lang").asText()).isEqualTo("zh");
        assertThat(response.headers().allValues("vary")).containsExactly("Accept-Encoding", "Accept-Language");
    }

    @Test
    void servesTheFileFormHttpstatusesUsersKnow() throws Exception {
        HttpResponse<String> file = server.get("/codes/418.json?lang=en");

        contract.check("/codes/{code}.json", file);
        assertThat(file.body())
                .isEqualTo(server.get("/api/v1/codes/418?lang=en").body());
    }

    @Test
    void answersProblemsForInvalidAndUnknownCodes() throws Exception {
        JsonNode invalid = contract.check("/api/v1/codes/{code}", server.get("/api/v1/codes/abc"));
        JsonNode outOfRange = contract.check("/codes/{code}.json", server.get("/codes/600.json"));
        JsonNode unknown = contract.check("/api/v1/codes/{code}", server.get("/api/v1/codes/299"));
        JsonNode language = contract.check("/api/v1/codes/{code}", server.get("/api/v1/codes/404?lang=fr"));

        assertThat(invalid.get("status").asInt()).isEqualTo(400);
        assertThat(invalid.get("detail").asText()).contains("'abc' is not a status code");
        assertThat(outOfRange.get("status").asInt()).isEqualTo(400);
        assertThat(unknown.get("status").asInt()).isEqualTo(404);
        assertThat(unknown.get("title").asText()).isEqualTo("Not Found");
        assertThat(numbers(unknown.get("closest"))).isNotEmpty().allMatch(code -> code >= 200 && code < 300);
        assertThat(language.get("detail").asText()).isEqualTo("lang=fr is not a language of this server: use en or zh");
    }

    @Test
    void searchesInBothLanguages() throws Exception {
        JsonNode chinese =
                contract.check("/api/v1/search", server.get("/api/v1/search?q=" + encode("超时") + "&lang=zh"));
        JsonNode english = contract.check("/api/v1/search", server.get("/api/v1/search?q=timeout"));
        JsonNode teapot = contract.check("/api/v1/search", server.get("/api/v1/search?q=teapot"));
        JsonNode pattern = contract.check("/api/v1/search", server.get("/api/v1/search?q=41x"));
        JsonNode missing = contract.check("/api/v1/search", server.get("/api/v1/search"));

        assertThat(numbers(chinese)).contains(408, 504);
        assertThat(numbers(english)).contains(408, 504);
        assertThat(numbers(teapot).get(0)).isEqualTo(418);
        assertThat(numbers(pattern)).contains(410, 411, 418).allMatch(code -> code / 10 == 41);
        assertThat(missing.get("status").asInt()).isEqualTo(400);
    }

    @Test
    void everyFormOfRedirectAndTheClassNameFindTheRedirects() throws Exception {
        for (String query : List.of("redirect", "redirection", "redirects", encode("重定向") + "&lang=zh")) {
            JsonNode found = contract.check("/api/v1/search", server.get("/api/v1/search?q=" + query));
            assertThat(numbers(found)).as(query).contains(301, 302, 303, 307, 308);
        }
    }

    @Test
    void aQueryInRawUtf8IsReadAsTypedAsCurlSendsIt() throws Exception {
        String target = "/api/v1/search?q=超时&lang=zh";
        String asSent = new String(target.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
        String answer = server.raw("GET " + asSent + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        assertThat(answer).startsWith("HTTP/1.1 200").contains("\"code\":408").contains("\"code\":504");
    }

    @Test
    void explainsTheFiveClasses() throws Exception {
        JsonNode classes = contract.check("/api/v1/classes", server.get("/api/v1/classes?lang=zh"));

        assertThat(classes).hasSize(5);
        assertThat(classes.get(3).get("class").asText()).isEqualTo("4xx");
        assertThat(classes.get(3).get("title").asText()).isEqualTo("客户端错误");
        assertThat(numbers(classes.get(3).get("codes"))).contains(400, 404, 451).doesNotContain(499);
    }

    @Test
    void documentsTheTriggers() throws Exception {
        JsonNode triggers = contract.check("/api/v1/triggers", server.get("/api/v1/triggers"));

        assertThat(numbers(triggers)).contains(304, 416, 306);
    }

    @Test
    void triesARequestOnTheWireAndShowsInterimResponses() throws Exception {
        JsonNode hints = contract.check("/api/v1/try", server.get("/api/v1/try?target=" + encode("/status/103")));
        JsonNode redirect = contract.check("/api/v1/try", server.get("/api/v1/try?target=" + encode("/status/302")));
        JsonNode range = contract.check(
                "/api/v1/try",
                server.get("/api/v1/try?target=" + encode("/range/100") + "&header=" + encode("Range: bytes=0-9")));

        assertThat(hints.get("interim").get(0).asText())
                .startsWith("HTTP/1.1 103 Early Hints\r\n")
                .contains("link: ");
        assertThat(hints.get("status").asInt()).isEqualTo(200);
        assertThat(redirect.get("response").asText())
                .startsWith("HTTP/1.1 302 Found\r\n")
                .contains("location: http://" + server.server.uri().getAuthority() + "/status/200");
        assertThat(range.get("status").asInt()).isEqualTo(206);
        assertThat(range.get("request").asText()).contains("\r\nRange: bytes=0-9\r\n");
    }

    @Test
    void refusesToTryAnythingButAPathOfItsOwn() throws Exception {
        for (String target : List.of("http://example.com/", "//example.com/", "status/200", "/a b", "")) {
            JsonNode refused = contract.check("/api/v1/try", server.get("/api/v1/try?target=" + encode(target)));
            assertThat(refused.get("status").asInt()).as(target).isEqualTo(400);
        }
        JsonNode splitting = contract.check(
                "/api/v1/try", server.get("/api/v1/try?target=/status/200&header=" + encode("X-A: 1\r\nX-B: 2")));
        assertThat(splitting.get("detail").asText()).contains("one line");
    }

    @Test
    void theDocumentIsOpenApi31AndListsEveryApiPath() throws Exception {
        JsonNode document = contract.document();

        assertThat(document.get("openapi").asText()).isEqualTo("3.1.0");
        List<String> paths = new ArrayList<>();
        document.get("paths").fieldNames().forEachRemaining(paths::add);
        assertThat(paths)
                .containsExactlyInAnyOrder(
                        "/api/v1/codes",
                        "/api/v1/codes/{code}",
                        "/api/v1/codes/{code}/clients",
                        "/codes/{code}.json",
                        "/api/v1/search",
                        "/api/v1/classes",
                        "/api/v1/triggers",
                        "/api/v1/try");
    }

    @Test
    void answersNotModifiedWhenTheClientHoldsTheSameList() throws Exception {
        HttpResponse<String> first = server.get("/api/v1/classes?lang=en");
        String etag = first.headers().firstValue("etag").orElseThrow();

        HttpResponse<String> again = server.get("/api/v1/classes?lang=en", "If-None-Match", etag);

        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(first.headers().firstValue("cache-control")).hasValue("public, max-age=3600");
    }

    private static List<Integer> numbers(JsonNode array) {
        List<Integer> numbers = new ArrayList<>();
        Iterator<JsonNode> elements = array.elements();
        while (elements.hasNext()) {
            JsonNode element = elements.next();
            numbers.add(element.isObject() ? element.get("code").asInt() : element.asInt());
        }
        return numbers;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
