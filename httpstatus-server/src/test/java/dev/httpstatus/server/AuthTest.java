package dev.httpstatus.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Basic, hidden Basic, Digest and bearer authentication, answered as the peers answer them: the JSON, the
 * challenges, 401 for credentials that do not authenticate. Digest is checked with a client written here from RFC
 * 7616, and with curl and Python's requests.
 */
class AuthTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern CHALLENGE_PARAMETER = Pattern.compile("(\\w+)=(?:\"([^\"]*)\"|([^,\\s]+))");

    @RegisterExtension
    static final TestServer server = TestServer.perClass();

    private static HttpResponse<String> send(String method, String path, String body, String... headers)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.uri(path))
                .timeout(Duration.ofSeconds(20))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return server.http1.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        return JSON.readTree(response.body());
    }

    private static JsonNode authenticated(boolean yes, String user) {
        return JSON.createObjectNode()
                .put("authenticated", yes)
                .put("authorized", yes)
                .put("user", user);
    }

    // Basic

    @ParameterizedTest
    @ValueSource(strings = {"GET", "POST", "PUT", "DELETE", "PATCH"})
    void theRightBasicCredentialsAreAuthenticated(String method) throws Exception {
        HttpResponse<String> ok = send(method, "/basic-auth/user/pass", null, "Authorization", basic("user", "pass"));
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ok.headers().firstValue("content-type")).contains("application/json");
        assertThat(json(ok)).isEqualTo(authenticated(true, "user"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"GET", "POST", "PUT", "DELETE", "PATCH"})
    void noCredentialsAre401WithTheFakeRealmAndTheJsonOfNobody(String method) throws Exception {
        HttpResponse<String> refused = send(method, "/basic-auth/user/pass", null);
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.headers().allValues("www-authenticate")).containsExactly("Basic realm=\"Fake Realm\"");
        assertThat(refused.headers().firstValue("content-type")).contains("application/json");
        assertThat(json(refused)).isEqualTo(authenticated(false, ""));
    }

    @ParameterizedTest(name = "{0}:{1}")
    @CsvSource({"bad, auth, bad", "user, wrong, user", "other, pass, other", "USER, pass, USER"})
    void credentialsThatDoNotAuthenticateAre401WhoeverTheyName(String user, String password, String shown)
            throws Exception {
        HttpResponse<String> refused =
                send("GET", "/basic-auth/user/pass", null, "Authorization", basic(user, password));
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.headers().firstValue("www-authenticate")).contains("Basic realm=\"Fake Realm\"");
        assertThat(json(refused)).isEqualTo(authenticated(false, shown));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Basic !!!", "Basic dXNlcnBhc3M=", "Bearer dXNlcjpwYXNz", "dXNlcjpwYXNz"})
    void anUnreadableAuthorizationIsNoCredentials(String header) throws Exception {
        HttpResponse<String> refused = send("GET", "/basic-auth/user/pass", null, "Authorization", header);
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(json(refused)).isEqualTo(authenticated(false, ""));
    }

    @Test
    void theSchemeOfBasicCredentialsIsReadInAnyCase() throws Exception {
        String lower = basic("user", "pass").replace("Basic", "basic");
        assertThat(send("GET", "/basic-auth/user/pass", null, "Authorization", lower)
                        .statusCode())
                .isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/basic-auth",
                "/basic-auth/user",
                "/basic-auth/user/pass/extra",
                "/basic-auth//pass",
                "/hidden-basic-auth",
                "/hidden-basic-auth/user",
                "/hidden-basic-auth/user/pass/extra"
            })
    void aPathWithoutAUserAndAPasswordIs404(String path) throws Exception {
        HttpResponse<String> missing = send("GET", path, null, "Authorization", basic("foo", "bar"));
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("alice/secret");
    }

    @Test
    void hiddenBasicAuthAnswers404WithoutAChallengeToWhoeverItDoesNotKnow() throws Exception {
        HttpResponse<String> ok =
                send("GET", "/hidden-basic-auth/user/pass", null, "Authorization", basic("user", "pass"));
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(json(ok)).isEqualTo(authenticated(true, "user"));
        for (String[] headers : new String[][] {{}, {"Authorization", basic("bad", "auth")}}) {
            HttpResponse<String> hidden = send("GET", "/hidden-basic-auth/user/pass", null, headers);
            assertThat(hidden.statusCode()).isEqualTo(404);
            assertThat(hidden.headers().firstValue("www-authenticate")).isEmpty();
        }
    }

    // Bearer

    @Test
    void aBearerTokenIsShownBack() throws Exception {
        HttpResponse<String> ok = send("GET", "/bearer", null, "Authorization", "Bearer valid_token");
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(json(ok))
                .isEqualTo(JSON.createObjectNode().put("authenticated", true).put("token", "valid_token"));
        assertThat(json(send("POST", "/bearer", null, "Authorization", "bearer eyJ.a-b_c~d+e/f==")))
                .isEqualTo(JSON.createObjectNode().put("authenticated", true).put("token", "eyJ.a-b_c~d+e/f=="));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Bearer", "Bearer x y", "Bearer1 x", "xBearer x", "Basic dXNlcjpwYXNz", "Bearer a,b"})
    void aMissingOrMalformedBearerTokenIs401WithTheBareChallenge(String header) throws Exception {
        HttpResponse<String> refused =
                header.isEmpty() ? send("GET", "/bearer", null) : send("GET", "/bearer", null, "Authorization", header);
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.headers().allValues("www-authenticate")).containsExactly("Bearer");
    }

    @Test
    void aTokenWithoutTheScopeAskedForIs403() throws Exception {
        HttpResponse<String> refused = send("GET", "/bearer?scope=admin", null, "Authorization", "Bearer reader");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.headers().firstValue("www-authenticate"))
                .contains("Bearer error=\"insufficient_scope\", scope=\"admin\"");
        assertThat(send("GET", "/bearer?scope=admin", null, "Authorization", "Bearer admin-token")
                        .statusCode())
                .isEqualTo(200);
    }

    // Digest, with a client written from RFC 7616

    /** The parameters of a Digest challenge. */
    private static Map<String, String> challenge(HttpResponse<String> response) {
        String header = response.headers().firstValue("www-authenticate").orElseThrow();
        assertThat(header).startsWith("Digest ");
        Map<String, String> parameters = new HashMap<>();
        Matcher parameter = CHALLENGE_PARAMETER.matcher(header.substring(7));
        while (parameter.find()) {
            parameters.put(parameter.group(1), parameter.group(2) != null ? parameter.group(2) : parameter.group(3));
        }
        return parameters;
    }

    private static String hash(String algorithm, byte[] data) throws Exception {
        String name = switch (algorithm.replace("-sess", "")) {
            case "MD5" -> "MD5";
            case "SHA-256" -> "SHA-256";
            case "SHA-512-256" -> "SHA-512/256";
            case "SHA-512" -> "SHA-512";
            default -> throw new IllegalArgumentException(algorithm);
        };
        return HexFormat.of().formatHex(MessageDigest.getInstance(name).digest(data));
    }

    private static String hash(String algorithm, String data) throws Exception {
        return hash(algorithm, data.getBytes(StandardCharsets.UTF_8));
    }

    /** What a client answering {@code challenge} sends, as RFC 7616 §3.4 computes it. */
    private record Answer(
            Map<String, String> challenge,
            String user,
            String password,
            String method,
            String uri,
            String nc,
            String body) {
        String cnonce() {
            return "0a4f113b";
        }

        String a1() throws Exception {
            String algorithm = challenge.get("algorithm");
            String a1 = user + ":" + challenge.get("realm") + ":" + password;
            return algorithm.endsWith("-sess")
                    ? hash(algorithm, a1) + ":" + challenge.get("nonce") + ":" + cnonce()
                    : a1;
        }

        String response(String method, String entity) throws Exception {
            String algorithm = challenge.get("algorithm");
            String a2 = method + ":" + uri;
            if (challenge.get("qop").equals("auth-int")) {
                a2 += ":" + hash(algorithm, entity);
            }
            return hash(
                    algorithm,
                    hash(algorithm, a1()) + ":" + challenge.get("nonce") + ":" + nc + ":" + cnonce() + ":"
                            + challenge.get("qop") + ":" + hash(algorithm, a2));
        }

        String header() throws Exception {
            return "Digest username=\"" + user + "\", realm=\"" + challenge.get("realm") + "\", nonce=\""
                    + challenge.get("nonce") + "\", uri=\"" + uri + "\", algorithm=" + challenge.get("algorithm")
                    + ", response=\"" + response(method, body == null ? "" : body) + "\", opaque=\""
                    + challenge.get("opaque") + "\", qop=" + challenge.get("qop") + ", nc=" + nc + ", cnonce=\""
                    + cnonce() + "\"";
        }
    }

    private static Map<String, String> challengeOf(String path) throws Exception {
        HttpResponse<String> refused = send("GET", path, null);
        assertThat(refused.statusCode()).isEqualTo(401);
        return challenge(refused);
    }

    private static HttpResponse<String> answer(String path, Answer answer) throws Exception {
        return send(answer.method(), path, answer.body(), "Authorization", answer.header());
    }

    private static Answer answering(String path, String password) throws Exception {
        return new Answer(challengeOf(path), "user", password, "GET", path, "00000001", null);
    }

    @Test
    void digestWithoutCredentialsIsAChallenge() throws Exception {
        HttpResponse<String> refused = send("GET", "/digest-auth/auth/user/pass", null);
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.headers().firstValue("www-authenticate").orElseThrow())
                .matches("Digest realm=\"httpstatus\", qop=\"auth\", algorithm=MD5, nonce=\"[A-Za-z0-9_-]{43}\", "
                        + "opaque=\"[0-9a-f]{32}\"");
        String other = challengeOf("/digest-auth/auth/user/pass").get("nonce");
        assertThat(challenge(refused).get("nonce")).isNotEqualTo(other);
        HttpResponse<String> basic =
                send("GET", "/digest-auth/auth/user/pass", null, "Authorization", basic("user", "pass"));
        assertThat(basic.statusCode()).isEqualTo(401);
        assertThat(challenge(basic)).containsKey("nonce");
    }

    @ParameterizedTest
    @ValueSource(strings = {"MD5", "MD5-sess", "SHA-256", "SHA-256-sess", "SHA-512-256", "SHA-512-256-sess", "SHA-512"})
    void theRightDigestIsAuthenticatedAndTheServerProvesItKnowsThePassword(String algorithm) throws Exception {
        String path = "/digest-auth/auth/user/pass/" + algorithm;
        Answer answer = answering(path, "pass");
        assertThat(answer.challenge()).containsEntry("algorithm", algorithm);
        HttpResponse<String> ok = answer(path, answer);
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(json(ok)).isEqualTo(authenticated(true, "user"));
        String info = ok.headers().firstValue("authentication-info").orElseThrow();
        assertThat(info)
                .isEqualTo("rspauth=\"" + answer.response("", ok.body())
                        + "\", qop=auth, nc=00000001, cnonce=\"0a4f113b\"");
    }

    @Test
    void theAlgorithmIsReadInAnyCaseAndMd5IsTheDefault() throws Exception {
        assertThat(challengeOf("/digest-auth/AUTH/user/pass/sha-256")).containsEntry("algorithm", "SHA-256");
        assertThat(challengeOf("/digest-auth/auth/user/pass")).containsEntry("algorithm", "MD5");
    }

    @Test
    void authIntCoversTheContent() throws Exception {
        String path = "/digest-auth/auth-int/user/pass/SHA-256";
        Map<String, String> challenge = challengeOf(path);
        assertThat(challenge).containsEntry("qop", "auth-int");
        Answer answer = new Answer(challenge, "user", "pass", "POST", path, "00000001", "the content");
        assertThat(answer(path, answer).statusCode()).isEqualTo(200);
        HttpResponse<String> changed = send("POST", path, "other content", "Authorization", answer.header());
        assertThat(changed.statusCode()).isEqualTo(401);
        assertThat(changed.body()).contains("does not match");
    }

    @Test
    void aWrongPasswordOrUserIsANewChallengeNotAStaleOne() throws Exception {
        String path = "/digest-auth/auth/user/pass";
        HttpResponse<String> wrong = answer(path, answering(path, "guess"));
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(challenge(wrong)).doesNotContainKey("stale");
        Answer other = new Answer(challengeOf(path), "other", "pass", "GET", path, "00000001", null);
        assertThat(answer(path, other).statusCode()).isEqualTo(401);
    }

    @Test
    void aNonceTheServerDidNotIssueIsStale() throws Exception {
        String path = "/digest-auth/auth/user/pass";
        Map<String, String> madeUp = new HashMap<>(challengeOf(path));
        madeUp.put("nonce", "6fb213c6593975c877bb1247370527ad");
        HttpResponse<String> stale = answer(path, new Answer(madeUp, "user", "pass", "GET", path, "00000001", null));
        assertThat(stale.statusCode()).isEqualTo(401);
        assertThat(challenge(stale)).containsEntry("stale", "true");
        assertThat(stale.body()).contains("did not issue");
    }

    @Test
    void withStaleAfterANonceServesThatManyRequests() throws Exception {
        String path = "/digest-auth/auth/user/pass/MD5/2";
        Map<String, String> challenge = challengeOf(path);
        for (String nc : new String[] {"00000001", "00000002"}) {
            assertThat(answer(path, new Answer(challenge, "user", "pass", "GET", path, nc, null))
                            .statusCode())
                    .as(nc)
                    .isEqualTo(200);
        }
        HttpResponse<String> third = answer(path, new Answer(challenge, "user", "pass", "GET", path, "00000003", null));
        assertThat(third.statusCode()).isEqualTo(401);
        assertThat(challenge(third)).containsEntry("stale", "true");
        Answer fresh = new Answer(challenge(third), "user", "pass", "GET", path, "00000001", null);
        assertThat(answer(path, fresh).statusCode()).isEqualTo(200);
        String never = "/digest-auth/auth/user/pass/MD5/never";
        assertThat(answer(never, new Answer(challengeOf(never), "user", "pass", "GET", never, "0000ffff", null))
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void whatTheChallengeSaidMustComeBackUnchanged() throws Exception {
        String path = "/digest-auth/auth/user/pass/SHA-256";
        for (String[] changed : new String[][] {{"realm", "go-httpbin"}, {"opaque", "abc"}, {"algorithm", "MD5"}}) {
            Map<String, String> challenge = new HashMap<>(challengeOf(path));
            challenge.put(changed[0], changed[1]);
            HttpResponse<String> refused =
                    answer(path, new Answer(challenge, "user", "pass", "GET", path, "00000001", null));
            assertThat(refused.statusCode()).as(changed[0]).isEqualTo(401);
            assertThat(refused.body()).as(changed[0]).contains(changed[0]).contains(changed[1]);
        }
    }

    @Test
    void digestCredentialsThatAreNotWellFormedAre400() throws Exception {
        String path = "/digest-auth/auth/user/pass";
        Answer answer = answering(path, "pass");
        String good = answer.header();
        List<String> malformed = new ArrayList<>(List.of(
                good.replace("uri=\"" + path + "\"", "uri=\"/elsewhere\""),
                good.replace(", cnonce=\"0a4f113b\"", ""),
                good.replace("nc=00000001", "nc=1"),
                good + ", nc=00000002",
                "Digest username=",
                "Digest username=\"user"));
        for (String header : malformed) {
            assertThat(send("GET", path, null, "Authorization", header).statusCode())
                    .as(header)
                    .isEqualTo(400);
        }
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "/digest-auth, 404",
        "/digest-auth/user, 404",
        "/digest-auth/user/pass, 404",
        "/digest-auth/auth/user/pass/MD5/never/more, 404",
        "/digest-auth/bad-qop/user/pass/MD5, 400",
        "/digest-auth/auth/user/pass/SHA-1, 400",
        "/digest-auth/auth/user/pass/MD5/soon, 400"
    })
    void aDigestPathItCannotServeIsRefused(String path, int status) throws Exception {
        assertThat(send("GET", path, null).statusCode()).isEqualTo(status);
    }

    // Digest with real clients

    private static String run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] output = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String text = new String(output, StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(text).isZero();
        return text;
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/digest-auth/auth/user/pass",
                "/digest-auth/auth/user/pass/SHA-256",
                "/digest-auth/auth/user/pass/MD5-sess",
                "/digest-auth/auth/user/pass/SHA-256-sess",
                "/digest-auth/auth-int/user/pass/MD5",
                "/digest-auth/auth/user/pass/MD5?a=1&b=2"
            })
    void curlAuthenticatesWithDigest(String path) throws Exception {
        String url = server.uri(path).toString();
        assertThat(run("curl", "-s", "-w", " %{http_code}", "--digest", "-u", "user:pass", url))
                .isEqualTo("{\"authenticated\":true,\"authorized\":true,\"user\":\"user\"} 200");
        assertThat(run("curl", "-s", "-o", "/dev/null", "-w", "%{http_code}", "--digest", "-u", "user:guess", url))
                .isEqualTo("401");
    }

    @Test
    void pythonRequestsAuthenticatesWithDigestAndAnswersStaleChallengesOnItsOwn() throws Exception {
        String script = String.join(
                "\n",
                "import sys, requests",
                "from requests.auth import HTTPDigestAuth",
                "base = sys.argv[1]",
                "for algorithm in ['MD5', 'SHA-256', 'SHA-512']:",
                "    r = requests.get(base + '/digest-auth/auth/user/pass/' + algorithm,"
                        + " auth=HTTPDigestAuth('user', 'pass'))",
                "    print(algorithm, r.status_code, r.json()['authenticated'])",
                "r = requests.get(base + '/digest-auth/auth/user/pass', auth=HTTPDigestAuth('user', 'guess'))",
                "print('wrong', r.status_code)",
                "session = requests.Session()",
                "session.auth = HTTPDigestAuth('user', 'pass')",
                "print('stale', [session.get(base + '/digest-auth/auth/user/pass/MD5/1').status_code"
                        + " for _ in range(3)])");
        String base = server.server.uri().toString();
        assertThat(run("python3", "-c", script, base).lines().toList())
                .containsExactly(
                        "MD5 200 True", "SHA-256 200 True", "SHA-512 200 True", "wrong 401", "stale [200, 200, 200]");
    }
}
