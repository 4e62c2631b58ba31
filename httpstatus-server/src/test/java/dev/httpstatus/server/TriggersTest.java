package dev.httpstatus.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.httpstatus.HttpStatus;
import dev.httpstatus.Language;
import dev.httpstatus.server.trigger.Trigger;
import dev.httpstatus.server.trigger.TriggerTable;
import dev.httpstatus.server.trigger.Untriggered;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every row of the trigger table produces its code for its real reason, sent as the row says (a real client,
 * or a raw socket where clients refuse); the API and docs/server.md say what the table says.
 */
class TriggersTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** A head time-out of a second, so that the row sent halfway gets its 408 in a second, not ten. */
    @RegisterExtension
    static final TestServer server = TestServer.perClass(config -> config.headTimeout(Duration.ofSeconds(1)));

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

    private static HttpResponse<String> json(String method, String path, String body) throws Exception {
        return send(method, path, body, "Content-Type", "application/json");
    }

    static Stream<Named<Trigger>> rows() {
        return TriggerTable.triggers().stream()
                .map(trigger -> Named.of(trigger.code() + " " + trigger.method() + " " + trigger.target(), trigger));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void everyRowOfTheTableProducesItsCode(Trigger trigger) throws Exception {
        assertThat(new TriggerSender(server).send(trigger))
                .as("%s %s via %s", trigger.method(), trigger.target(), trigger.via())
                .isEqualTo(trigger.code());
    }

    @Test
    void redirectChainsAreRelativeOrAbsoluteOnEveryHopAndEndAtGet() throws Exception {
        String self = server.server.uri().toString();
        assertThat(location("/redirect/2")).contains("/relative-redirect/1");
        assertThat(location("/relative-redirect/1")).contains("/get");
        assertThat(location("/redirect/2?absolute=true")).contains(self + "/absolute-redirect/1");
        assertThat(location("/absolute-redirect/1")).contains(self + "/get");
        assertThat(send("GET", "/redirect/0", null).statusCode()).isEqualTo(400);
        assertThat(send("GET", "/redirect-to?url=https://evil.example/&status_code=302", null)
                        .statusCode())
                .isEqualTo(403);
    }

    private static Optional<String> location(String path) throws Exception {
        HttpResponse<String> redirect = send("GET", path, null);
        assertThat(redirect.statusCode()).as(path).isEqualTo(302);
        return redirect.headers().firstValue("location");
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
                    HttpRequest.newBuilder(server.uri("/redirect-to?url=/anything&status_code=" + code))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString("form=1"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            JsonNode echo = JSON.readTree(landed.body());
            boolean keeps = code == 307 || code == 308;
            assertThat(echo.get("method").asText()).as("%d", code).isEqualTo(keeps ? "POST" : "GET");
            assertThat(echo.get("data").asText()).as("%d", code).isEqualTo(keeps ? "form=1" : "");
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
        assertThat(send("GET", "/etag/v1", null, "If-None-Match", "W/\"v1\"").statusCode())
                .isEqualTo(304);
        assertThat(send("GET", "/etag/v1", null, "If-None-Match", "\"v0\"").statusCode())
                .isEqualTo(200);
        assertThat(send("GET", "/etag/v1", null, "If-Match", "\"v1\"").statusCode())
                .isEqualTo(200);
        assertThat(send("DELETE", "/resources", null).headers().firstValue("allow"))
                .contains("GET, HEAD, POST");
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
        JsonNode echo = JSON.readTree(send(
                        "PATCH",
                        "/anything/deep/path?a=1&a=2",
                        "{\"x\":1}",
                        "X-Trace",
                        "t1",
                        "Content-Type",
                        "application/json")
                .body());
        assertThat(echo.get("method").asText()).isEqualTo("PATCH");
        assertThat(echo.get("url").asText()).endsWith("/anything/deep/path?a=1&a=2");
        assertThat(echo.get("args").get("a")).hasSize(2);
        assertThat(echo.get("headers").get("X-Trace").get(0).asText()).isEqualTo("t1");
        assertThat(echo.get("json").get("x").asInt()).isEqualTo(1);
        assertThat(send("POST", "/anything/json", "{\"name\":\"tea\"}", "Content-Type", "application/json")
                        .body())
                .isEqualTo("{\"name\":\"tea\"}");
    }

    @Test
    void credentialsThatDoNotAuthenticateAre401AndAMissingScopeIs403() throws Exception {
        String alice = "Basic " + Base64.getEncoder().encodeToString("alice:secret".getBytes());
        String wrong = "Basic " + Base64.getEncoder().encodeToString("alice:guess".getBytes());
        String bob = "Basic " + Base64.getEncoder().encodeToString("bob:pass".getBytes());
        assertThat(send("GET", "/basic-auth/alice/secret", null, "Authorization", alice)
                        .statusCode())
                .isEqualTo(200);
        for (String refused : new String[] {wrong, bob}) {
            HttpResponse<String> retry = send("GET", "/basic-auth/alice/secret", null, "Authorization", refused);
            assertThat(retry.statusCode()).isEqualTo(401);
            assertThat(retry.headers().firstValue("www-authenticate")).contains("Basic realm=\"Fake Realm\"");
        }
        assertThat(send("GET", "/bearer", null).headers().firstValue("www-authenticate"))
                .contains("Bearer");
        assertThat(send("GET", "/bearer?scope=admin", null, "Authorization", "Bearer reader")
                        .statusCode())
                .isEqualTo(403);
        assertThat(send("GET", "/bearer?scope=admin", null, "Authorization", "Bearer admin-token")
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void everyRegisteredCodeHasOneRowWithATriggerOrAReasonWhyNot() {
        List<Integer> codes = Stream.concat(
                        TriggerTable.triggers().stream().map(Trigger::code),
                        TriggerTable.untriggered().stream().map(Untriggered::code))
                .sorted()
                .toList();
        assertThat(codes)
                .doesNotHaveDuplicates()
                .containsExactlyElementsOf(
                        HttpStatus.registered().stream().map(HttpStatus::code).toList());
    }

    @Test
    void theTableIsInCodeOrder() {
        assertThat(TriggerTable.triggers().stream().map(Trigger::code).toList()).isSorted();
        assertThat(TriggerTable.untriggered().stream().map(Untriggered::code).toList())
                .isSorted();
    }

    @Test
    void everyRowHasItsWhyInEveryLanguageOfTheApi() throws Exception {
        List<String> keys = Stream.concat(
                        TriggerTable.triggers().stream().map(Trigger::code),
                        TriggerTable.untriggered().stream().map(Untriggered::code))
                .map(code -> "why." + code)
                .toList();
        for (Language language : Language.values()) {
            // English is the bundle without a suffix, which languages without texts fall back to.
            String file =
                    language == Language.EN ? "triggers.properties" : "triggers_" + language.tag() + ".properties";
            Properties texts = new Properties();
            try (Reader in = new InputStreamReader(Trigger.class.getResourceAsStream(file), StandardCharsets.UTF_8)) {
                texts.load(in);
            }
            assertThat(texts.stringPropertyNames()).as(file).containsExactlyInAnyOrderElementsOf(keys);
            assertThat(texts.values())
                    .as(file)
                    .allSatisfy(why -> assertThat((String) why).isNotBlank());
        }
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
    void theTriggersAreServedAsJsonRowByRowWithTheirWhyInEachLanguage() throws Exception {
        JsonNode served = JSON.readTree(send("GET", "/api/v1/triggers", null).body());
        List<JsonNode> rows = new ArrayList<>();
        String origin = server.server.uri().toString();
        TriggerTable.triggers()
                .forEach(t -> rows.add(row(t.code(), t.method(), t.target(), t.headers(), t.script(origin), t::why)));
        TriggerTable.untriggered().forEach(u -> rows.add(row(u.code(), null, null, "", null, u::why)));
        assertThat(served).containsExactlyElementsOf(rows);
    }

    private static JsonNode row(
            int code, String method, String target, String headers, String script, Function<Locale, String> why) {
        ObjectNode row = JSON.createObjectNode()
                .put("code", code)
                .put("method", method)
                .put("target", target)
                .put("headers", headers)
                .put("script", script);
        row.putObject("why").put("en", why.apply(Locale.ENGLISH)).put("zh", why.apply(Locale.CHINESE));
        return row;
    }

    @Test
    void theReadmeListsEveryTriggerAsTheTableDoes() throws Exception {
        assertThat(readmeTable("| code | request | headers | why |"))
                .containsExactlyElementsOf(TriggerTable.triggers().stream()
                        .map(TriggersTest::readmeRow)
                        .toList());
    }

    @Test
    void theReadmeSaysWhyNotForEveryCodeWithoutATriggerAsTheTableDoes() throws Exception {
        assertThat(readmeTable("| code | why not |"))
                .containsExactlyElementsOf(TriggerTable.untriggered().stream()
                        .map(u -> "| " + u.code() + " | " + u.why(Locale.ENGLISH) + " |")
                        .toList());
    }

    /** A row of docs/server.md's table of triggers: each header its own code span. */
    private static String readmeRow(Trigger trigger) {
        String headers = trigger.headers().isEmpty()
                ? ""
                : Arrays.stream(trigger.headers().split("\n"))
                        .map(header -> "`" + header + "`")
                        .collect(Collectors.joining(" "));
        return "| " + trigger.code() + " | `" + trigger.method() + " " + trigger.target() + "` | " + headers + " | "
                + trigger.why(Locale.ENGLISH) + " |";
    }

    /** The rows of docs/server.md's table that starts with {@code header}, without the line under the header. */
    private static List<String> readmeTable(String header) throws Exception {
        List<String> lines = Files.readAllLines(Path.of("..", "docs", "server.md"));
        int start = lines.indexOf(header);
        assertThat(start).as("the line of docs/server.md %s", header).isNotNegative();
        return lines.subList(start + 2, lines.size()).stream()
                .takeWhile(line -> line.startsWith("|"))
                .toList();
    }
}
