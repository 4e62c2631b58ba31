package dev.httpstatus.server;

import static dev.httpstatus.server.BothServers.listed;
import static dev.httpstatus.server.BothServers.names;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.httpstatus.server.BothServers.Answers;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;
import java.util.zip.InflaterInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The same requests sent to this server and to the real httpbin (Debian's python3-httpbin under gunicorn), endpoint
 * by endpoint: status, the headers that matter, media types and the shapes of JSON. Where the answers differ on
 * purpose, the test asserts the difference and that docs/server.md's table "Differences from httpbin and go-httpbin"
 * lists it, by the first cell of its row.
 */
class HttpbinCompatibilityTest {
    @RegisterExtension
    static final TestServer server = TestServer.perClass();

    @RegisterExtension
    static final Httpbin httpbin = new Httpbin();

    private final BothServers both = new BothServers(server, httpbin);

    /** Asserts that docs/server.md lists {@code row}, a difference the calling test has just asserted. */
    private static void listedInReadme(String row) {
        assertThat(BothServers.listedDifferences())
                .as("rows of the differences in docs/server.md")
                .contains(row);
    }

    private static final String ONE_VALUE = "one value in `args`, `form`, `files`, echoed `headers`";

    /** httpbin's echo, its one-value members made lists, and only the members both servers write. */
    private static JsonNode comparable(JsonNode theirs) {
        ObjectNode copy = theirs.deepCopy();
        for (String member : List.of("args", "form", "files", "headers")) {
            if (copy.has(member)) {
                copy.set(member, listed(copy.get(member)));
            }
        }
        return copy;
    }

    /**
     * The echoes agree member by member: ours has httpbin's members plus {@code ourExtras}, and the same values in
     * each, one-value members compared as lists.
     */
    private static void sameEcho(Answers answers, String... ourExtras) {
        JsonNode ours = answers.ourJson();
        JsonNode theirs = comparable(answers.theirJson());
        Set<String> expected = new TreeSet<>(names(theirs));
        expected.addAll(List.of(ourExtras));
        assertThat(names(ours)).as("members of our %s", answers.request()).isEqualTo(expected);
        theirs.fields()
                .forEachRemaining(member -> assertThat(ours.get(member.getKey()))
                        .as("%s of %s", member.getKey(), answers.request())
                        .isEqualTo(member.getValue()));
    }

    // --- what the client sent ---

    @Test
    void getEchoesArgsHeadersOriginAndUrl() {
        Answers answers =
                both.get("/get?a=1&a=2&b=x", "X-Test", "v").status(200).mediaType("application/json");

        sameEcho(answers, "method");
        assertThat(answers.ourJson().get("method").asText()).isEqualTo("GET");
        listedInReadme("fields of `/get`, `/delay/{n}`, `/gzip`, `/deflate`, `/brotli`");
        assertThat(answers.theirJson().at("/args/b").isTextual()).isTrue();
        assertThat(answers.ourJson().at("/args/b").toString()).isEqualTo("[\"x\"]");
        assertThat(answers.theirJson().at("/headers/X-Test").asText()).isEqualTo("v");
        assertThat(answers.ourJson().at("/headers/X-Test").toString()).isEqualTo("[\"v\"]");
        listedInReadme(ONE_VALUE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"POST /post", "PUT /put", "PATCH /patch", "DELETE /delete", "POST /anything"})
    void jsonContentIsEchoedAsDataAndJson(String request) {
        String[] parts = request.split(" ");
        Answers answers = both.send(
                        parts[0],
                        parts[1] + "?q=1",
                        "{\"x\":[1,2.5,\"s\"],\"y\":{\"z\":null,\"t\":true}}",
                        "Content-Type",
                        "application/json")
                .status(200)
                .mediaType("application/json");

        sameEcho(answers, parts[1].equals("/anything") ? new String[0] : new String[] {"method"});
        assertThat(answers.ourJson().at("/json/y/t").asBoolean()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"POST /post", "PUT /put", "PATCH /patch", "DELETE /delete", "PUT /anything/x"})
    void formContentIsParsedAndDataKeepsTheRawContent(String request) {
        String[] parts = request.split(" ");
        Answers answers = both.send(
                        parts[0], parts[1], "a=1&a=2&b=%C3%A9", "Content-Type", "application/x-www-form-urlencoded")
                .status(200);

        JsonNode ours = answers.ourJson();
        JsonNode theirs = answers.theirJson();
        assertThat(ours.get("form")).isEqualTo(listed(theirs.get("form")));
        assertThat(ours.at("/form/b/0").asText()).isEqualTo("é");
        assertThat(theirs.get("data").asText()).isEmpty();
        assertThat(ours.get("data").asText()).isEqualTo("a=1&a=2&b=%C3%A9");
        listedInReadme("`data` of a form or multipart body");
        assertThat(names(ours)).containsAll(names(theirs));
    }

    @Test
    void multipartContentFillsFormAndFiles() {
        EchoClient.Multipart multipart = new EchoClient.Multipart("compat-boundary")
                .field("k", "v")
                .file("f", "notes.txt", "text/plain", "line\n".getBytes(StandardCharsets.UTF_8));
        Answers answers = both.send("POST", "/post", multipart.close(), "Content-Type", multipart.contentType())
                .status(200);

        JsonNode ours = answers.ourJson();
        JsonNode theirs = answers.theirJson();
        assertThat(ours.get("form")).isEqualTo(listed(theirs.get("form")));
        assertThat(ours.get("files")).isEqualTo(listed(theirs.get("files")));
        assertThat(ours.at("/files/f/0").asText()).isEqualTo("line\n");
        assertThat(theirs.get("data").asText()).isEmpty();
        assertThat(ours.get("data").asText()).contains("--compat-boundary");
    }

    @Test
    void anythingTakesAnyPathAndMethod() {
        Answers answers = both.send("TRACE", "/anything/x/y?k=v", (byte[]) null).status(200);

        sameEcho(answers);
        assertThat(answers.ourJson().get("url").asText()).isEqualTo("BASE/anything/x/y?k=v");
    }

    @Test
    void headEchoesNothingButTheHead() {
        Answers answers = both.send("HEAD", "/get", (byte[]) null).status(200).mediaType("application/json");

        assertThat(answers.ours().body()).isEmpty();
        assertThat(answers.theirs().body()).isEmpty();
    }

    @Test
    void malformedJsonIsRefused() {
        Answers answers = both.send("POST", "/post", "{\"name\":", "Content-Type", "application/json")
                .statuses(400, 200);

        assertThat(answers.theirJson().get("json").isNull()).isTrue();
        assertThat(answers.ourText()).contains("JSON");
        listedInReadme("a malformed JSON body on `/post`, `/anything`…");
    }

    @Test
    void headersIpUserAgentAndUuidHaveTheirShapes() {
        Answers headers = both.get("/headers", "X-Test", "v").status(200).mediaType("application/json");
        headers.sameShape(theirs -> comparable(theirs));
        assertThat(headers.ourJson().get("headers"))
                .isEqualTo(listed(headers.theirJson().get("headers")));

        both.get("/ip").status(200).sameShape();
        assertThat(both.get("/ip").ourJson()).isEqualTo(both.get("/ip").theirJson());

        Answers agent = both.get("/user-agent", "User-Agent", "compat/1.0").status(200);
        assertThat(agent.ourJson()).isEqualTo(agent.theirJson());

        Answers uuid = both.get("/uuid").status(200).sameShape();
        assertThat(uuid.ourJson().get("uuid").asText())
                .matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab].{3}-.{12}");
    }

    @Test
    void aMethodAnEndpointDoesNotTakeIs405() {
        Answers answers =
                both.send("POST", "/get", "", "Content-Type", "text/plain").status(405);

        assertThat(answers.our("allow").orElseThrow()).contains("GET");
        assertThat(answers.their("allow").orElseThrow()).contains("GET");
    }

    @Test
    void anUnknownPathIs404() {
        both.get("/no/such/endpoint").status(404);
    }

    @Test
    void formsPostIsAFormThatPostsToPost() {
        Answers answers = both.get("/forms/post").status(200).mediaType("text/html");

        assertThat(answers.ourText()).containsPattern("<form[^>]*method=\"post\"[^>]*action=\"/post\"");
        assertThat(answers.theirText()).containsPattern("<form[^>]*method=\"post\"[^>]*action=\"/post\"");
    }

    // --- redirects ---

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/redirect/3",
                "/redirect/1",
                "/redirect/3?absolute=true",
                "/redirect/1?absolute=true",
                "/relative-redirect/2",
                "/relative-redirect/1",
                "/absolute-redirect/2",
                "/absolute-redirect/1",
                "/links/3"
            })
    void redirectsPointWhereHttpbinsPoint(String path) {
        both.get(path).status(302).sameHeaderAcrossBases("location");
    }

    @ParameterizedTest
    @ValueSource(ints = {301, 302, 303, 307, 308})
    void redirectToAnswersTheAskedCodeWithTheUrlAsGiven(int code) {
        both.send("POST", "/redirect-to?url=/anything&status_code=" + code, "")
                .status(code)
                .sameHeader("location");
        both.get("/redirect-to?url=/get").status(302).sameHeader("location");
    }

    @Test
    void redirectToAnotherHostNeedsItAllowed() {
        Answers answers = both.get("/redirect-to?url=http://example.com/x").statuses(403, 302);

        assertThat(answers.their("location")).contains("http://example.com/x");
        listedInReadme("`/redirect-to` to another host");
    }

    @Test
    void redirectToWithACodeOutsideRedirectsIsRefused() {
        both.get("/redirect-to?url=/get&status_code=200").statuses(400, 302);
        listedInReadme("`/redirect-to?status_code=` outside 300–399");
    }

    @Test
    void malformedPathValuesAre400WhereHttpbinFails() {
        both.get("/redirect/0").statuses(400, 500);
        both.get("/redirect/x").statuses(400, 404);
        both.get("/redirect-to").statuses(400, 500);
        both.get("/delay/x").statuses(400, 500);
        both.get("/range/0").statuses(400, 404);
        both.get("/base64/!!!").statuses(400, 200);
        listedInReadme("a malformed path value: `/redirect/0`, `/delay/x`, `/base64/!!!`…");
    }

    // --- authentication ---

    @Test
    void basicAuthChallengesAndAccepts() {
        Answers none = both.get("/basic-auth/u/p").status(401).sameHeader("www-authenticate");
        Answers wrong = both.get("/basic-auth/u/p", "Authorization", basic("u", "x"))
                .status(401)
                .sameHeader("www-authenticate");
        Answers right =
                both.get("/basic-auth/u/p", "Authorization", basic("u", "p")).status(200);

        assertThat(right.ourJson().get("authenticated"))
                .isEqualTo(right.theirJson().get("authenticated"));
        assertThat(right.ourJson().get("user")).isEqualTo(right.theirJson().get("user"));
        assertThat(names(right.ourJson())).isEqualTo(Set.of("authenticated", "authorized", "user"));
        assertThat(names(right.theirJson())).isEqualTo(Set.of("authenticated", "user"));
        assertThat(none.theirs().body()).isEmpty();
        assertThat(wrong.ourJson().get("authenticated").asBoolean()).isFalse();
        assertThat(wrong.ourJson().get("user").asText()).isEqualTo("u");
        listedInReadme("`/basic-auth`, `/hidden-basic-auth` content");
    }

    @Test
    void hiddenBasicAuthHidesBehind404() {
        both.get("/hidden-basic-auth/u/p").status(404);
        both.get("/hidden-basic-auth/u/p", "Authorization", basic("u", "x")).status(404);
        Answers right = both.get("/hidden-basic-auth/u/p", "Authorization", basic("u", "p"))
                .status(200);

        assertThat(right.ourJson().get("user")).isEqualTo(right.theirJson().get("user"));
    }

    @Test
    void bearerTakesATokenOfTheBearerSchemeOnly() {
        both.get("/bearer").status(401).sameHeader("www-authenticate");
        Answers token = both.get("/bearer", "Authorization", "Bearer t0k3n").status(200);
        assertThat(token.ourJson()).isEqualTo(token.theirJson());

        Answers basic = both.get("/bearer", "Authorization", "Basic abc").statuses(401, 200);
        assertThat(basic.theirJson().get("token").asText()).isEqualTo("sic abc");
        listedInReadme("`/bearer` with another scheme");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/digest-auth/auth/u/p", "/digest-auth/auth/u/p/MD5", "/digest-auth/auth/u/p/SHA-256"})
    void digestAuthChallengesAndAcceptsTheAnswer(String path) throws Exception {
        Answers challenge = both.get(path).status(401);
        Map<String, String> ours = params(challenge.our("www-authenticate").orElseThrow());
        Map<String, String> theirs = params(challenge.their("www-authenticate").orElseThrow());

        assertThat(ours.get("scheme")).isEqualTo(theirs.get("scheme")).isEqualTo("Digest");
        assertThat(ours.get("qop")).isEqualTo(theirs.get("qop"));
        assertThat(ours.get("algorithm")).isEqualTo(theirs.get("algorithm"));
        assertThat(ours.keySet()).contains("nonce", "opaque", "realm");
        assertThat(theirs.get("realm")).isEqualTo("me@kennethreitz.com");
        assertThat(ours.get("realm")).isEqualTo("httpstatus");
        assertThat(challenge.theirs().headers().allValues("set-cookie")).isNotEmpty();
        assertThat(challenge.ours().headers().allValues("set-cookie")).isEmpty();
        listedInReadme("`/digest-auth` challenge");

        Answers right = new Answers(
                path,
                digestAnswer(server.uri(path), path, ours, "p"),
                digestAnswer(httpbin.uri(path), path, theirs, "p"),
                challenge.ourBase(),
                challenge.theirBase());
        right.status(200);
        assertThat(right.ourJson().get("user")).isEqualTo(right.theirJson().get("user"));
        assertThat(right.ourJson().get("authenticated"))
                .isEqualTo(right.theirJson().get("authenticated"));

        Answers wrong = new Answers(
                path,
                digestAnswer(server.uri(path), path, ours, "x"),
                digestAnswer(httpbin.uri(path), path, theirs, "x"),
                challenge.ourBase(),
                challenge.theirBase());
        wrong.status(401);
        assertThat(wrong.our("www-authenticate").orElseThrow()).startsWith("Digest ");
        assertThat(wrong.their("www-authenticate").orElseThrow()).startsWith("Digest ");
    }

    @Test
    void digestAuthRefusesAnUnknownProtectionOrAlgorithm() {
        both.get("/digest-auth/bogus/u/p").statuses(400, 401);
        both.get("/digest-auth/auth/u/p/BOGUS").statuses(400, 401);
        listedInReadme("`/digest-auth`, another `qop` or algorithm");
    }

    @Test
    void digestAuthWithBasicCredentialsIsChallengedAgain() {
        both.get("/digest-auth/auth/u/p", "Authorization", basic("u", "p")).status(401);
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static final Pattern PARAM = Pattern.compile("(\\w+)=(?:\"([^\"]*)\"|([^,\\s]+))");

    /** The scheme and parameters of a challenge. */
    private static Map<String, String> params(String challenge) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("scheme", challenge.substring(0, challenge.indexOf(' ')));
        Matcher matcher = PARAM.matcher(challenge.substring(challenge.indexOf(' ')));
        while (matcher.find()) {
            params.put(matcher.group(1), matcher.group(2) != null ? matcher.group(2) : matcher.group(3));
        }
        return params;
    }

    /** Sends the answer to {@code challenge} for user u (RFC 7616 §3.4.1, qop=auth). */
    private static java.net.http.HttpResponse<byte[]> digestAnswer(
            java.net.URI uri, String path, Map<String, String> challenge, String password) throws Exception {
        String algorithm = challenge.get("algorithm");
        String cnonce = "0a4f113b";
        String nc = "00000001";
        String ha1 = hash(algorithm, "u:" + challenge.get("realm") + ":" + password);
        String ha2 = hash(algorithm, "GET:" + path);
        String response =
                hash(algorithm, ha1 + ":" + challenge.get("nonce") + ":" + nc + ":" + cnonce + ":auth:" + ha2);
        String authorization = "Digest username=\"u\", realm=\"" + challenge.get("realm") + "\", nonce=\""
                + challenge.get("nonce") + "\", uri=\"" + path + "\", algorithm=" + algorithm + ", response=\""
                + response + "\", opaque=\"" + challenge.get("opaque") + "\", qop=auth, nc=" + nc + ", cnonce=\""
                + cnonce + "\"";
        return server.http1.send(
                java.net.http.HttpRequest.newBuilder(uri)
                        .header("Authorization", authorization)
                        .build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String hash(String algorithm, String text) throws Exception {
        MessageDigest digest = MessageDigest.getInstance(algorithm.equals("SHA-256") ? "SHA-256" : "MD5");
        return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    // --- cookies ---

    @Test
    void cookiesEchoesTheCookiesSent() {
        Answers answers = both.get("/cookies", "Cookie", "a=1; b=two").status(200);

        assertThat(answers.ourJson()).isEqualTo(answers.theirJson());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/cookies/set?x=1&y=2", "/cookies/set/n/v", "/cookies/delete?x&y"})
    void cookiesAreSetAndDeletedOnTheWayBackToCookies(String path) {
        Answers answers = both.get(path).status(302).sameHeader("location");

        assertThat(cookies(answers.ours().headers().allValues("set-cookie"), attributes -> attributes))
                .isEqualTo(cookies(answers.theirs().headers().allValues("set-cookie"), attributes -> {
                    attributes.add("HttpOnly");
                    return attributes;
                }));
        assertThat(answers.theirs().headers().allValues("set-cookie")).noneMatch(c -> c.contains("HttpOnly"));
        listedInReadme("`/cookies/set`, `/cookies/delete`");
    }

    /** Each cookie as its name, value and the names of its attributes (Expires and Max-Age by their meaning). */
    private static Set<String> cookies(List<String> setCookies, Function<Set<String>, Set<String>> adjust) {
        return setCookies.stream()
                .map(cookie -> {
                    String[] parts = cookie.split(";\\s*");
                    Set<String> attributes = new TreeSet<>();
                    for (int i = 1; i < parts.length; i++) {
                        String attribute = parts[i];
                        attributes.add(
                                attribute.startsWith("Expires=")
                                        ? "Expires=" + (attribute.contains("1970") ? "past" : "future")
                                        : attribute);
                    }
                    return parts[0] + " " + adjust.apply(attributes);
                })
                .collect(Collectors.toCollection(TreeSet::new));
    }

    // --- caching ---

    @Test
    void cacheAnswersWithValidatorsAnd304ToAnyConditional() {
        Answers plain = both.get("/cache").status(200).mediaType("application/json");
        assertThat(plain.our("last-modified")).isPresent();
        assertThat(plain.their("last-modified")).isPresent();
        assertThat(plain.our("etag")).isPresent();
        assertThat(plain.their("etag")).isPresent();
        sameEcho(plain, "method");

        Answers ifNoneMatch =
                both.get("/cache", "If-None-Match", "\"anything\"").status(304);
        both.get("/cache", "If-Modified-Since", "Sat, 01 Jan 2000 00:00:00 GMT").status(304);
        assertThat(ifNoneMatch.ours().body()).isEmpty();
        assertThat(ifNoneMatch.their("etag")).isEmpty();
        assertThat(ifNoneMatch.our("etag")).isPresent();
        listedInReadme("`/cache`, a 304");
    }

    @Test
    void cacheForSecondsSaysSoInCacheControl() {
        Answers answers = both.get("/cache/60").status(200).sameHeader("cache-control");
        sameEcho(answers, "method");
    }

    @Test
    void etagAnswersItsPreconditions() {
        Answers plain = both.get("/etag/abc").status(200);
        assertThat(plain.their("etag")).contains("abc");
        assertThat(plain.our("etag")).contains("\"abc\"");
        assertThat(plain.ourMediaType()).isEqualTo("application/json");

        both.get("/etag/abc", "If-None-Match", "\"abc\"").status(304);
        both.get("/etag/abc", "If-None-Match", "\"other\", \"abc\"").status(304);
        both.get("/etag/abc", "If-None-Match", "*").status(304);
        both.get("/etag/abc", "If-None-Match", "\"other\"").status(200);
        both.get("/etag/abc", "If-Match", "\"other\"").status(412);
        both.get("/etag/abc", "If-Match", "\"abc\"").status(200);
        both.get("/etag/abc", "If-Match", "*").status(200);
        both.get("/etag/abc", "If-None-Match", "abc").statuses(200, 304);
        listedInReadme("`/etag/{etag}`");
    }

    @Test
    void responseHeadersSendsTheQueryAsHeaders() {
        Answers answers =
                both.get("/response-headers?X-A=1&X-A=2&X-B=b").status(200).mediaType("application/json");
        answers.sameHeader("x-a").sameHeader("x-b");

        JsonNode ours = answers.ourJson();
        JsonNode theirs = answers.theirJson();
        assertThat(ours.get("X-A")).isEqualTo(theirs.get("X-A"));
        assertThat(names(ours)).isEqualTo(Set.of("X-A", "X-B", "Content-Type"));
        assertThat(names(theirs)).isEqualTo(Set.of("X-A", "X-B", "Content-Type", "Content-Length"));
        listedInReadme("`/response-headers` content");

        Answers typed = both.get("/response-headers?Content-Type=text/plain").status(200);
        assertThat(typed.ours().headers().allValues("content-type")).containsExactly("text/plain");
        assertThat(typed.theirs().headers().allValues("content-type"))
                .containsExactly("application/json", "text/plain");
    }

    // --- generated content ---

    @ParameterizedTest
    @ValueSource(strings = {"gzip", "deflate"})
    void contentCodingsEncodeTheEcho(String coding) throws IOException {
        Answers answers = both.get("/" + coding).status(200).sameHeader("content-encoding");

        JsonNode ours =
                BothServers.json(answers.ours(decode(coding, answers.ours().body())));
        JsonNode theirs =
                BothServers.json(answers.theirs(decode(coding, answers.theirs().body())));
        String flag = coding.equals("gzip") ? "gzipped" : "deflated";
        assertThat(ours.get(flag).asBoolean()).isTrue();
        assertThat(theirs.get(flag).asBoolean()).isTrue();
        assertThat(names(ours)).containsAll(names(theirs)).contains("args", "url");
        assertThat(ours.get("method")).isEqualTo(theirs.get("method"));
        assertThat(ours.get("headers")).isEqualTo(listed(theirs.get("headers")));
    }

    @Test
    void brotliSaysBr() throws Exception {
        Answers answers = both.get("/brotli").status(200).sameHeader("content-encoding");
        JsonNode ours =
                BothServers.json(Curl.run("--compressed", server.uri("/brotli").toString()));
        JsonNode theirs =
                BothServers.json(Curl.run("--compressed", httpbin.uri("/brotli").toString()));

        assertThat(answers.our("content-encoding")).contains("br");
        assertThat(ours.get("brotli").asBoolean()).isTrue();
        assertThat(theirs.get("brotli").asBoolean()).isTrue();
        assertThat(names(ours)).containsAll(names(theirs));
    }

    private static String decode(String coding, byte[] content) throws IOException {
        try (InputStream in = coding.equals("gzip")
                ? new GZIPInputStream(new ByteArrayInputStream(content))
                : new InflaterInputStream(new ByteArrayInputStream(content))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void base64DecodesTheValue() {
        Answers answers = both.get("/base64/aGVsbG8gd29ybGQ=").status(200);

        assertThat(answers.ourText()).isEqualTo(answers.theirText()).isEqualTo("hello world");
        assertThat(answers.theirMediaType()).isEqualTo("text/html");
        assertThat(answers.ourMediaType()).isEqualTo("text/plain");
        listedInReadme("`/base64/{value}` Content-Type");
    }

    @Test
    void streamSendsOneJsonLinePerMessage() {
        Answers answers = both.get("/stream/3?k=v").status(200).mediaType("application/json");
        assertThat(answers.ours().headers().firstValue("transfer-encoding")).contains("chunked");
        assertThat(answers.theirs().headers().firstValue("transfer-encoding")).contains("chunked");

        List<String> ours = answers.ourText().lines().toList();
        List<String> theirs = answers.theirText().lines().toList();
        assertThat(ours).hasSameSizeAs(theirs).hasSize(3);
        for (int i = 0; i < 3; i++) {
            JsonNode our = BothServers.json(ours.get(i));
            JsonNode their = comparable(BothServers.json(theirs.get(i)));
            assertThat(BothServers.shape(our)).isEqualTo(BothServers.shape(their));
            assertThat(our.get("id").asInt()).isEqualTo(their.get("id").asInt()).isEqualTo(i);
            assertThat(our.get("args")).isEqualTo(their.get("args"));
            assertThat(our.get("url")).isEqualTo(their.get("url"));
        }

        Answers none = both.get("/stream/0").status(200);
        assertThat(none.theirText()).isEmpty();
        assertThat(none.ourText().lines()).hasSize(1);
        listedInReadme("`/stream/0`");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/bytes/100", "/stream-bytes/100", "/stream-bytes/100?chunk_size=7"})
    void bytesAreOctetsOfTheAskedLength(String path) {
        Answers answers = both.get(path).status(200).mediaType("application/octet-stream");

        assertThat(answers.ours().body()).hasSize(100);
        assertThat(answers.theirs().body()).hasSize(100);
    }

    @Test
    void linksPageLinksEveryOtherPage() {
        Answers answers = both.get("/links/4/2").status(200).mediaType("text/html");

        assertThat(hrefs(answers.ourText())).isEqualTo(hrefs(answers.theirText()));
        assertThat(hrefs(answers.ourText())).containsExactly("/links/4/0", "/links/4/1", "/links/4/3");
    }

    private static List<String> hrefs(String html) {
        return Pattern.compile("href=[\"']([^\"']*)[\"']")
                .matcher(html)
                .results()
                .map(match -> match.group(1))
                .toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"png", "jpeg", "webp", "svg"})
    void imagesOfEachKind(String kind) {
        String type = kind.equals("svg") ? "image/svg+xml" : "image/" + kind;
        both.get("/image/" + kind).status(200).mediaType(type);
        both.get("/image", "Accept", type).status(200).mediaType(type);
    }

    @Test
    void imageWithoutAnAcceptableKindIs406() {
        both.get("/image", "Accept", "text/plain").status(406);
        both.get("/image", "Accept", "image/*").status(200).mediaType("image/png");
        both.get("/image").status(200).mediaType("image/png");
        assertThat(both.get("/image", "Accept", "*/*").statuses(200, 406).ourMediaType())
                .isEqualTo("image/png");
        listedInReadme("`/image`, `Accept: */*`");
    }

    @Test
    void sizesOverALimitAreRefusedWhereHttpbinCutsThem() {
        Answers links = both.get("/links/300/0").statuses(400, 200);
        assertThat(hrefs(links.theirText())).hasSize(199);
        Answers bytes = both.get("/bytes/200000").status(200);
        assertThat(bytes.ours().body()).hasSize(200_000);
        assertThat(bytes.theirs().body()).hasSize(100 * 1024);
        Answers streams = both.get("/stream/150").status(200);
        assertThat(streams.ourText().lines()).hasSize(100);
        assertThat(streams.theirText().lines()).hasSize(100);
        listedInReadme("sizes over a limit: `/links/{n}`, `/bytes/{n}`, `/delay/{n}`");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/html", "/xml", "/robots.txt", "/deny", "/encoding/utf8"})
    void documentsHaveTheirTypes(String path) {
        Answers answers = both.get(path).status(200).sameMediaType();

        switch (path) {
            case "/robots.txt" -> assertThat(answers.ourText()).isEqualTo(answers.theirText());
            case "/deny" -> {
                assertThat(answers.ourText()).contains("YOU SHOULDN'T BE HERE");
                assertThat(answers.theirText()).contains("YOU SHOULDN'T BE HERE");
                listedInReadme("`/html`, `/json`, `/xml`, `/deny`, `/encoding/utf8`, images");
            }
            case "/html" -> assertThat(answers.ourText()).contains("<html", "<h1>");
            case "/xml" -> assertThat(answers.ourText()).startsWith("<?xml");
            default -> assertThat(answers.ourText()).contains("UTF-8");
        }
    }

    @Test
    void rangeServesTheAskedBytes() {
        Answers part = both.get("/range/30", "Range", "bytes=2-5").status(206);
        part.sameHeader("content-range").sameHeader("accept-ranges");
        assertThat(part.ourText()).isEqualTo(part.theirText()).isEqualTo("cdef");
        assertThat(part.their("etag")).contains("range30");
        assertThat(part.our("etag")).contains("\"range30\"");
        listedInReadme("`/range/{n}` ETag");

        Answers whole = both.get("/range/30").status(200).sameHeader("accept-ranges");
        assertThat(whole.ourText()).isEqualTo(whole.theirText());
        assertThat(whole.theirMediaType()).isEqualTo("application/octet-stream");
        assertThat(whole.ourMediaType()).isEqualTo("text/plain");
        listedInReadme("`/range/{n}`, `/drip` Content-Type");

        both.get("/range/30", "Range", "bytes=50-60").status(416).sameHeader("content-range");
        both.get("/range/30", "Range", "bytes=-4").status(206).sameHeader("content-range");
    }

    @Test
    void dripSendsItsBytesWithTheAskedCode() {
        Answers answers =
                both.get("/drip?numbytes=5&duration=0&delay=0").status(200).sameHeader("content-length");
        assertThat(answers.ourText()).isEqualTo(answers.theirText()).isEqualTo("*****");
        assertThat(answers.theirMediaType()).isEqualTo("application/octet-stream");
        assertThat(answers.ourMediaType()).isEqualTo("text/plain");

        both.get("/drip?numbytes=2&duration=0&delay=0&code=201").status(201);
        both.get("/drip?numbytes=0&duration=0&delay=0").status(400);
    }

    @Test
    void delayEchoesAfterTheDelay() {
        Answers answers = both.get("/delay/0?k=v").status(200).mediaType("application/json");

        sameEcho(answers, "method", "json");
    }

    // --- status codes ---

    @ParameterizedTest
    @ValueSource(ints = {200, 201, 202, 204, 400, 403, 404, 405, 409, 410, 418, 422, 429, 500, 502, 503, 504})
    void statusAnswersTheCode(int code) {
        Answers answers = both.get("/status/" + code).status(code);
        if (code == 418) {
            assertThat(answers.theirText()).contains("teapot");
            assertThat(answers.ourText()).isEqualTo("418 I'm a teapot");
            listedInReadme("`/status/{code}` content");
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {301, 302, 303, 307})
    void statusRedirectsPointToTheirOwnTarget(int code) {
        Answers answers = both.get("/status/" + code).status(code);

        assertThat(answers.their("location")).contains("/redirect/1");
        assertThat(answers.our("location").map(l -> l.replace(answers.ourBase(), "BASE")))
                .contains("BASE/status/200");
        listedInReadme("`/status/{code}`, a redirect's Location");
    }

    @Test
    void statusOfAuthenticationCodesChallengesAsHttpbinDoes() {
        both.get("/status/401").status(401).sameHeader("www-authenticate");
        both.send("PUT", "/status/401", "").status(401).sameHeader("www-authenticate");
    }

    @Test
    void status304HasNoContent() {
        Answers answers = both.get("/status/304").status(304);

        assertThat(answers.ours().body()).isEmpty();
        assertThat(answers.theirs().body()).isEmpty();
    }

    @Test
    void statusChoosesAmongCodes() {
        Answers answers = both.get("/status/201,202");
        assertThat(Set.of(201, 202))
                .contains(answers.ours().statusCode(), answers.theirs().statusCode());
        both.get("/status/201:1,500:0").status(201);
    }

    @Test
    void statusRefusesWhatIsNotACode() {
        both.get("/status/abc").status(400);
        both.get("/status/200:x,500").status(400);
        both.get("/status/999").statuses(400, 999);
        listedInReadme("`/status/{code}` outside 100–599");
    }

    // --- CORS ---

    @Test
    void corsAllowsEveryOriginWithCredentials() {
        both.get("/get")
                .status(200)
                .sameHeader("access-control-allow-origin")
                .sameHeader("access-control-allow-credentials");
        Answers origin = both.get("/get", "Origin", "http://app.example").status(200);
        origin.sameHeader("access-control-allow-origin").sameHeader("access-control-allow-credentials");
        assertThat(origin.our("access-control-allow-origin")).contains("http://app.example");
    }

    @Test
    void corsPreflightIsAnswered() {
        Answers preflight = both.send(
                        "OPTIONS",
                        "/anything",
                        (byte[]) null,
                        "Origin",
                        "http://app.example",
                        "Access-Control-Request-Method",
                        "PUT",
                        "Access-Control-Request-Headers",
                        "X-Foo")
                .status(200)
                .sameHeader("access-control-allow-origin")
                .sameHeader("access-control-allow-credentials")
                .sameHeader("access-control-allow-headers")
                .sameHeader("access-control-max-age");

        Set<String> theirs = Set.of(
                preflight.their("access-control-allow-methods").orElseThrow().split(",\\s*"));
        assertThat(Set.of(preflight
                        .our("access-control-allow-methods")
                        .orElseThrow()
                        .split(",\\s*")))
                .containsAll(theirs);
    }
}
