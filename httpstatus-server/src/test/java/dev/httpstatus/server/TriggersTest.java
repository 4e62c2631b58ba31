package dev.httpstatus.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.httpstatus.server.trigger.Trigger;
import dev.httpstatus.server.trigger.Triggers;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every trigger produces its code for its real reason, with a real client (or a raw socket where one refuses). */
class TriggersTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static HttpResponse<String> send(String method, String path, String body, String... headers)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.uri(path))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return server.http1.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static int status(String raw) {
        return Integer.parseInt(raw.substring(9, 12));
    }

    /** How each trigger is exercised; the status each one produced. */
    private static Map<Integer, Callable<Integer>> exercises() {
        Map<Integer, Callable<Integer>> run = new LinkedHashMap<>();
        run.put(
                100,
                () -> status(server.raw("POST /anything HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n"
                        + "Expect: 100-continue\r\nConnection: close\r\n\r\nhi")));
        run.put(
                101,
                () -> status(server.rawHead("GET /websocket/echo HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\n"
                        + "Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                        + "Sec-WebSocket-Version: 13\r\n\r\n")));
        run.put(200, () -> send("GET", "/anything", null).statusCode());
        run.put(
                301,
                () -> send("GET", "/redirect-to?url=/status/200&status=301", null)
                        .statusCode());
        run.put(302, () -> send("GET", "/redirect/3", null).statusCode());
        run.put(
                303,
                () -> send("POST", "/redirect-to?url=/anything&status=303", "x").statusCode());
        run.put(
                304,
                () -> send("GET", "/cache", null, "If-None-Match", "\"httpstatus-cache-v1\"")
                        .statusCode());
        run.put(
                307,
                () -> send("POST", "/redirect-to?url=/anything&status=307", "x").statusCode());
        run.put(
                308,
                () -> send("PUT", "/redirect-to?url=/anything&status=308", "x").statusCode());
        run.put(
                400,
                () -> send("POST", "/anything/json", "{\"name\":", "Content-Type", "application/json")
                        .statusCode());
        run.put(401, () -> send("GET", "/basic-auth/alice/secret", null).statusCode());
        run.put(
                403,
                () -> send("GET", "/bearer?scope=admin", null, "Authorization", "Bearer reader")
                        .statusCode());
        run.put(405, () -> send("DELETE", "/cache", null).statusCode());
        run.put(
                406,
                () -> send("GET", "/anything/json", null, "Accept", "text/html").statusCode());
        run.put(412, () -> send("GET", "/etag/v2", null, "If-Match", "\"v1\"").statusCode());
        run.put(
                413,
                () -> status(server.raw("POST /anything HTTP/1.1\r\nHost: x\r\nContent-Length: 20000000\r\n"
                        + "Expect: 100-continue\r\n\r\n")));
        run.put(414, () -> status(server.raw("GET /anything?q=" + "a".repeat(9000) + " HTTP/1.1\r\nHost: x\r\n\r\n")));
        run.put(
                415,
                () -> send("POST", "/anything/json", "name=tea", "Content-Type", "text/plain")
                        .statusCode());
        run.put(
                417,
                () -> status(server.raw("POST /anything HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\nExpect: teapot\r\n"
                        + "Connection: close\r\n\r\nhi")));
        run.put(
                422,
                () -> send("POST", "/anything/json", "{}", "Content-Type", "application/json")
                        .statusCode());
        run.put(
                431,
                () -> status(
                        server.raw("GET /anything HTTP/1.1\r\nHost: x\r\nX-Big: " + "b".repeat(17_000) + "\r\n\r\n")));
        run.put(501, () -> status(server.raw("BREW /anything HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")));
        run.put(505, () -> status(server.raw("GET / HTTP/3.0\r\nHost: x\r\nConnection: close\r\n\r\n")));
        run.put(
                201,
                () -> json("POST", "/_scope/create/resources", "{\"name\":\"tea\"}")
                        .statusCode());
        run.put(202, () -> send("POST", "/jobs", null).statusCode());
        run.put(204, () -> {
            json("POST", "/_scope/gone/resources", "{\"name\":\"tea\"}");
            return send("DELETE", "/_scope/gone/resources/1", null).statusCode();
        });
        run.put(206, () -> send("GET", "/range/100", null, "Range", "bytes=0-9").statusCode());
        run.put(409, () -> {
            json("POST", "/_scope/conflict/resources", "{\"name\":\"tea\"}");
            json("POST", "/_scope/conflict/resources", "{\"name\":\"coffee\"}");
            return send(
                            "PUT",
                            "/_scope/conflict/resources/2",
                            "{\"name\":\"tea\"}",
                            "Content-Type",
                            "application/json",
                            "If-Match",
                            "\"2-v1\"")
                    .statusCode();
        });
        run.put(410, () -> send("GET", "/_scope/gone/resources/1", null).statusCode());
        run.put(
                416,
                () -> send("GET", "/range/100", null, "Range", "bytes=200-300").statusCode());
        run.put(423, () -> {
            json("POST", "/_scope/locked/resources", "{\"name\":\"tea\"}");
            send("POST", "/_scope/locked/resources/1/lock", null);
            return send("PUT", "/_scope/locked/resources/1", "{\"name\":\"x\"}", "If-Match", "\"1-v1\"")
                    .statusCode();
        });
        run.put(428, () -> {
            json("POST", "/_scope/unconditional/resources", "{\"name\":\"tea\"}");
            return send("PUT", "/_scope/unconditional/resources/1", "{\"name\":\"x\"}")
                    .statusCode();
        });
        run.put(429, () -> {
            int last = 0;
            for (int i = 0; i < 6; i++) {
                last = send("GET", "/limited", null).statusCode();
            }
            return last;
        });
        run.put(451, () -> send("GET", "/blocked", null).statusCode());
        run.put(500, () -> send("GET", "/error", null).statusCode());
        run.put(502, () -> send("GET", "/proxy/dead", null).statusCode());
        run.put(503, () -> {
            send("POST", "/_scope/down/maintenance/on", null);
            return send("GET", "/_scope/down/maintenance", null).statusCode();
        });
        run.put(504, () -> send("GET", "/proxy/slow", null).statusCode());
        run.put(103, () -> status(server.rawHead("GET /early-hints HTTP/1.1\r\nHost: x\r\n\r\n")));
        run.put(207, () -> send("PROPFIND", "/dav/", null, "Depth", "1").statusCode());
        run.put(300, () -> send("GET", "/negotiate", null).statusCode());
        run.put(
                411,
                () -> status(
                        server.raw(
                                "POST /resources HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                                        + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\ne\r\n{\"name\":\"tea\"}\r\n0\r\n\r\n")));
        run.put(404, () -> send("GET", "/resources/999", null).statusCode());
        run.put(408, () -> {
            try (TestServer quick = new TestServer(TestServer.quietBuilder()
                    .headTimeout(java.time.Duration.ofMillis(200))
                    .build())) {
                return status(quick.raw("GET /anything HTTP/1.1\r\nHost: x\r\n"));
            }
        });
        run.put(426, () -> send("GET", "/websocket/echo", null).statusCode());
        run.put(507, () -> {
            int last = 0;
            for (int i = 0; i <= 1000; i++) {
                last = json("POST", "/_scope/full/resources", "{\"name\":\"item " + i + "\"}")
                        .statusCode();
            }
            return last;
        });
        Map<Integer, Callable<Integer>> ordered = new LinkedHashMap<>();
        run.keySet().stream().sorted().forEach(code -> ordered.put(code, run.get(code)));
        return ordered;
    }

    private static HttpResponse<String> json(String method, String path, String body) throws Exception {
        return send(method, path, body, "Content-Type", "application/json");
    }

    @Test
    void everyTriggerProducesItsCode() throws Exception {
        Map<Integer, Callable<Integer>> exercises = exercises();
        assertThat(exercises.keySet())
                .containsExactlyElementsOf(
                        Triggers.ALL.stream().map(Trigger::code).toList());
        for (Map.Entry<Integer, Callable<Integer>> exercise : exercises.entrySet()) {
            assertThat(exercise.getValue().call())
                    .as("trigger of %d", exercise.getKey())
                    .isEqualTo(exercise.getKey());
        }
    }

    @Test
    void redirectChainsAreRelativeOrAbsoluteAndEndAt200() throws Exception {
        HttpResponse<String> first = send("GET", "/redirect/2", null);
        assertThat(first.headers().firstValue("location")).contains("/redirect/1");
        assertThat(send("GET", "/redirect/1", null).headers().firstValue("location"))
                .contains("/status/200");
        assertThat(send("GET", "/redirect/2?absolute=true", null).headers().firstValue("location"))
                .contains(server.server.uri() + "/redirect/1");
        HttpClient following = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        assertThat(following
                        .send(
                                HttpRequest.newBuilder(server.uri("/redirect/3"))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString())
                        .statusCode())
                .isEqualTo(200);
        assertThat(send("GET", "/redirect/0", null).statusCode()).isEqualTo(400);
        assertThat(send("GET", "/redirect-to?url=https://evil.example/&status=302", null)
                        .statusCode())
                .isEqualTo(400);
    }

    @Test
    void redirects307And308KeepMethodAndBodyWhile301To303ShowTheChangeToGet() throws Exception {
        HttpClient following = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        // RFC 9110 §15.4.2-3 lets clients turn a POST into a GET on 301 and 302, as browsers do; the JDK's
        // client does so, and the target shows what arrived.
        for (int code : new int[] {307, 308, 301, 302, 303}) {
            HttpResponse<String> landed = following.send(
                    HttpRequest.newBuilder(server.uri("/redirect-to?url=/anything&status=" + code))
                            .POST(HttpRequest.BodyPublishers.ofString("form=1"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            JsonNode echo = JSON.readTree(landed.body());
            boolean keeps = code == 307 || code == 308;
            assertThat(echo.get("method").asText()).as("%d", code).isEqualTo(keeps ? "POST" : "GET");
            assertThat(echo.get("body").asText()).as("%d", code).isEqualTo(keeps ? "form=1" : "");
        }
    }

    @Test
    void conditionalRequestsUseTheValidators() throws Exception {
        HttpResponse<String> fresh = send("GET", "/cache", null);
        assertThat(fresh.statusCode()).isEqualTo(200);
        String lastModified = fresh.headers().firstValue("last-modified").orElseThrow();
        assertThat(send("GET", "/cache", null, "If-Modified-Since", lastModified)
                        .statusCode())
                .isEqualTo(304);
        assertThat(send("GET", "/cache", null, "If-None-Match", "\"other\"").statusCode())
                .isEqualTo(200);
        assertThat(send("DELETE", "/cache", null).headers().firstValue("allow")).contains("GET, HEAD");
        assertThat(send("GET", "/etag/v1", null, "If-None-Match", "W/\"v1\"").statusCode())
                .isEqualTo(304);
        assertThat(send("GET", "/etag/v1", null, "If-Match", "\"v1\"").statusCode())
                .isEqualTo(200);
    }

    @Test
    void theCollectionCreatesReadsUpdatesAndDeletesWithVersions() throws Exception {
        HttpResponse<String> created = json("POST", "/_scope/crud/resources", "{\"name\":\"tea\"}");
        assertThat(created.headers().firstValue("location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/_scope/crud/resources/1"));
        assertThat(created.headers().firstValue("etag")).contains("\"1-v1\"");
        HttpResponse<String> updated =
                send("PUT", "/_scope/crud/resources/1", "{\"name\":\"green tea\"}", "If-Match", "\"1-v1\"");
        assertThat(updated.statusCode()).isEqualTo(200);
        assertThat(updated.headers().firstValue("etag")).contains("\"1-v2\"");
        assertThat(send("PUT", "/_scope/crud/resources/1", "{\"name\":\"old\"}", "If-Match", "\"1-v1\"")
                        .statusCode())
                .isEqualTo(412);
        assertThat(send("PATCH", "/_scope/crud/resources/1", "{}").headers().firstValue("allow"))
                .isPresent();
        assertThat(json("POST", "/_scope/crud/resources", "{}").statusCode()).isEqualTo(422);
        assertThat(JSON.readTree(send("GET", "/_scope/crud/resources", null).body()))
                .hasSize(1);
        assertThat(send("GET", "/_scope/crud/resources/9", null).statusCode()).isEqualTo(404);
    }

    @Test
    void rangesAreSingleMultipartOrUnsatisfiable() throws Exception {
        HttpResponse<String> one = send("GET", "/range/30", null, "Range", "bytes=0-2");
        assertThat(one.body()).isEqualTo("abc");
        assertThat(one.headers().firstValue("content-range")).contains("bytes 0-2/30");
        HttpResponse<String> suffix = send("GET", "/range/30", null, "Range", "bytes=-3");
        assertThat(suffix.body()).isEqualTo("bcd");
        HttpResponse<String> many = send("GET", "/range/30", null, "Range", "bytes=0-1, 26-27");
        assertThat(many.headers().firstValue("content-type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("multipart/byteranges; boundary="));
        assertThat(many.body())
                .contains("Content-Range: bytes 0-1/30\r\n\r\nab")
                .contains("Content-Range: bytes 26-27/30\r\n\r\nab");
        assertThat(send("GET", "/range/30", null, "Range", "bytes=40-")
                        .headers()
                        .firstValue("content-range"))
                .contains("bytes */30");
        HttpResponse<String> whole = send("GET", "/range/30", null, "Range", "pages=1");
        assertThat(whole.statusCode()).isEqualTo(200);
        assertThat(whole.headers().firstValue("accept-ranges")).contains("bytes");
    }

    @Test
    void theRateLimiterSaysWhatIsLeftAndWhenToComeBack() throws Exception {
        try (TestServer fresh = TestServer.start()) {
            HttpResponse<String> first = fresh.get("/limited");
            assertThat(first.headers().firstValue("ratelimit"))
                    .hasValueSatisfying(v -> assertThat(v).startsWith("limit=5, remaining=4, reset="));
            assertThat(first.headers().firstValue("ratelimit-policy")).contains("5;w=10");
            HttpResponse<String> last = null;
            for (int i = 0; i < 5; i++) {
                last = fresh.get("/limited");
            }
            assertThat(last.statusCode()).isEqualTo(429);
            assertThat(last.headers().firstValueAsLong("retry-after").orElseThrow())
                    .isBetween(1L, 10L);
        }
    }

    @Test
    void aJobIsAcceptedMonitoredAndThenSeenElsewhere() throws Exception {
        HttpResponse<String> accepted = send("POST", "/jobs?polls=2", null);
        String monitor = accepted.headers().firstValue("location").orElseThrow();
        HttpClient client = HttpClient.newHttpClient();
        HttpResponse<String> running = client.send(
                HttpRequest.newBuilder(java.net.URI.create(monitor)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(JSON.readTree(running.body()).get("state").asText()).isEqualTo("running");
        HttpResponse<String> done = client.send(
                HttpRequest.newBuilder(java.net.URI.create(monitor)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(done.statusCode()).isEqualTo(303);
        assertThat(done.headers().firstValue("location")).contains(monitor + "/result");
    }

    @Test
    void serverSideTroubleIsExplainedWithoutInternals() throws Exception {
        HttpResponse<String> error = send("GET", "/error", null);
        assertThat(error.body()).doesNotContain("Exception").doesNotContain("at dev.");
        assertThat(send("GET", "/blocked", null).headers().firstValue("link"))
                .hasValueSatisfying(v -> assertThat(v).contains("rel=\"blocked-by\""));
        assertThat(send("GET", "/proxy/slow", null).body()).contains("did not answer within 1 s");
        assertThat(send("GET", "/_scope/m/maintenance", null).statusCode()).isEqualTo(200);
        send("POST", "/_scope/m/maintenance/on", null);
        assertThat(send("GET", "/_scope/m/maintenance", null).headers().firstValue("retry-after"))
                .isPresent();
        send("POST", "/_scope/m/maintenance/off", null);
        assertThat(send("GET", "/_scope/m/maintenance", null).statusCode()).isEqualTo(200);
    }

    @Test
    void anythingEchoesTheRequest() throws Exception {
        JsonNode echo = JSON.readTree(send("PATCH", "/anything/deep/path?a=1&a=2", "{\"x\":1}", "X-Trace", "t1")
                .body());
        assertThat(echo.get("method").asText()).isEqualTo("PATCH");
        assertThat(echo.get("path").asText()).isEqualTo("/anything/deep/path");
        assertThat(echo.get("query").get("a")).hasSize(2);
        assertThat(echo.get("headers").get("x-trace").get(0).asText()).isEqualTo("t1");
        assertThat(echo.get("json").get("x").asInt()).isEqualTo(1);
        assertThat(send("POST", "/anything/json", "{\"name\":\"tea\"}", "Content-Type", "application/json")
                        .body())
                .isEqualTo("{\"name\":\"tea\"}");
    }

    @Test
    void credentialsDecideBetween401403And200() throws Exception {
        String alice = "Basic " + Base64.getEncoder().encodeToString("alice:secret".getBytes());
        String wrong = "Basic " + Base64.getEncoder().encodeToString("alice:guess".getBytes());
        String bob = "Basic " + Base64.getEncoder().encodeToString("bob:pass".getBytes());
        assertThat(send("GET", "/basic-auth/alice/secret", null, "Authorization", alice)
                        .statusCode())
                .isEqualTo(200);
        HttpResponse<String> retry = send("GET", "/basic-auth/alice/secret", null, "Authorization", wrong);
        assertThat(retry.statusCode()).isEqualTo(401);
        assertThat(retry.headers().firstValue("www-authenticate"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
        assertThat(send("GET", "/basic-auth/alice/secret", null, "Authorization", bob)
                        .statusCode())
                .isEqualTo(403);
        assertThat(send("GET", "/bearer", null).headers().firstValue("www-authenticate"))
                .contains("Bearer realm=\"httpstatus\"");
        assertThat(send("GET", "/bearer?scope=admin", null, "Authorization", "Bearer admin-token")
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void everyRegisteredCodeHasATriggerOrAReasonWhyNot() {
        var covered = new java.util.TreeSet<Integer>();
        Triggers.ALL.forEach(t -> covered.add(t.code()));
        Triggers.UNTRIGGERED.forEach(
                u -> assertThat(covered.add(u.code())).as("%d twice", u.code()).isTrue());
        assertThat(covered)
                .containsExactlyElementsOf(dev.httpstatus.HttpStatus.registered().stream()
                        .map(dev.httpstatus.HttpStatus::code)
                        .toList());
    }

    @Test
    void webDavPropfindListsAStatusPerResource() throws Exception {
        String body = send("PROPFIND", "/dav/", null, "Depth", "1").body();
        assertThat(body)
                .contains("<D:multistatus")
                .contains("<D:href>/dav/readme.txt</D:href>")
                .contains("HTTP/1.1 404 Not Found");
        assertThat(send("PROPFIND", "/dav/", null, "Depth", "0").body()).doesNotContain("readme.txt");
        assertThat(send("GET", "/negotiate", null, "Accept", "application/json").statusCode())
                .isEqualTo(200);
        assertThat(send("GET", "/negotiate", null).headers().firstValue("link"))
                .hasValueSatisfying(l -> assertThat(l).contains("rel=\"alternate\""));
    }

    @Test
    void theTriggersAreServedAsJsonAndListedInTheReadme() throws Exception {
        JsonNode triggers = JSON.readTree(send("GET", "/api/v1/triggers", null).body());
        assertThat(triggers).hasSize(Triggers.ALL.size() + Triggers.UNTRIGGERED.size());
        assertThat(triggers.get(0).get("why").get("zh").asText()).isNotBlank();
        String readme = Files.readString(Path.of("..", "README.md"));
        for (Trigger trigger : Triggers.ALL) {
            assertThat(readme)
                    .as("README row of %d", trigger.code())
                    .contains("| " + trigger.code() + " | `" + trigger.method() + " " + trigger.target() + "`");
        }
        assertThat(Triggers.ALL.stream().map(Trigger::code).collect(Collectors.toList()))
                .isSorted();
    }
}
