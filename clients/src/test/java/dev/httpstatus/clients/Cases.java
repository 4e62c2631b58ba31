package dev.httpstatus.clients;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.httpstatus.HttpStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The behaviours of issue 21 that the server can make happen today, each on the endpoint that produces it (README:
 * the endpoint tables and the options). The body sent is a short text whose arrival the echo shows; the server runs
 * with a 16 KiB content limit and a Retry-After of 1 s (see ClientMatrixTest).
 */
final class Cases {
    static final String BODY = "probe-body";
    static final String SECRET = "Bearer probe-secret";
    static final int UPLOAD = 1 << 20;
    /** A target through the proxy: a name that never resolves, so a client that looks it up itself fails. */
    static final String THROUGH_PROXY = "http://origin.test";

    static final String PROXY_USER = "alice";

    /**
     * A WebSocket handshake as a client without a WebSocket API sends it (RFC 6455 §4.1; the key is the RFC's
     * example). A probe whose client has one uses that instead, sends {@link #BODY} as a text message and reports
     * the echo as the content.
     */
    static final Map<String, String> HANDSHAKE = Map.of(
            "Connection", "Upgrade",
            "Upgrade", "websocket",
            "Sec-WebSocket-Key", "dGhlIHNhbXBsZSBub25jZQ==",
            "Sec-WebSocket-Version", "13");

    private static final ObjectMapper JSON = new ObjectMapper();

    private Cases() {}

    static List<Case> all() {
        List<Case> cases = new ArrayList<>();
        cases.add(new Case(
                "100-continue",
                List.of(100),
                o -> post(o.here() + "/anything", BODY, 1)
                        .with(Map.of("Expect", "100-continue", "Content-Type", "text/plain")),
                Cases::continued));
        cases.add(interim(100));
        cases.add(interim(102));
        cases.add(interim(103));
        // 104's registration is temporary (a resumable-upload draft); a client meets it as any unexpected 1xx
        cases.add(interim(104));
        for (int code : List.of(301, 302, 303, 307, 308)) {
            cases.add(new Case(
                    code + "-post",
                    List.of(code),
                    o -> post(o.here() + "/redirect-to?url=/anything&status_code=" + code, BODY, 1)
                            .with(Map.of("Content-Type", "text/plain")),
                    seen -> redirected(code, seen)));
        }
        cases.add(new Case(
                "cross-origin-authorization",
                List.of(302),
                o -> Case.Request.get(o.here() + "/redirect-to?status_code=302&url=" + o.elsewhere() + "/anything")
                        .with(Map.of("Authorization", SECRET)),
                Cases::crossOrigin));
        cases.add(new Case(
                "304-revalidation",
                List.of(304),
                o -> Case.Request.get(o.here() + "/etag/v1")
                        .with(Map.of("If-None-Match", "\"v1\""))
                        .then(o.here() + "/anything")
                        .option("connection", "reuse"),
                Cases::revalidated));
        cases.add(new Case(
                "401-challenge",
                List.of(401),
                o -> Case.Request.get(o.here() + "/basic-auth/alice/secret"),
                seen -> statusOrRaise(401, seen)));
        cases.add(retry(429));
        cases.add(retry(503));
        cases.add(new Case(
                "413-upload",
                List.of(413),
                o -> post(o.here() + "/post", "x", UPLOAD).with(Map.of("Content-Type", "text/plain")),
                Cases::tooLarge));
        cases.add(new Case(
                "413-expect",
                List.of(100, 413),
                o -> post(o.here() + "/post", "x", UPLOAD)
                        .with(Map.of("Content-Type", "text/plain", "Expect", "100-continue")),
                Cases::tooLarge));
        cases.add(new Case(
                "head",
                List.of(200),
                o -> new Case.Request("HEAD", o.here() + "/get", Map.of(), null, 1, null),
                Cases::head));
        cases.add(fault("reset", "/anything"));
        cases.add(fault("empty", "/anything"));
        cases.add(new Case(
                "fault-abort", List.of(), o -> Case.Request.get(o.here() + "/bytes/2000?fault=abort"), Cases::aborted));
        cases.add(new Case(
                "fault-dribble",
                List.of(),
                o -> Case.Request.get(o.here() + "/bytes/20?fault=dribble"),
                Cases::dribbled));
        // ---- proxy cases (issue 21: 407 as a client meets it, from the proxy it was told to use) ----
        cases.add(new Case(
                "407-proxy",
                List.of(407),
                o -> Case.Request.get(THROUGH_PROXY + "/status/407").option("proxy", o.here()),
                Cases::proxyChallenge));
        cases.add(new Case(
                "407-proxy-credentials",
                List.of(407),
                o -> {
                    // a password of its own, so that the server's journal counts this request's arrivals only
                    String password = o.client() + "-" + System.nanoTime();
                    return Case.Request.get(THROUGH_PROXY + "/proxy-auth/" + PROXY_USER + "/" + password)
                            .option("proxy", o.here().replace("://", "://" + PROXY_USER + ":" + password + "@"));
                },
                Cases::proxyCredentials));
        // ---- end of the proxy cases ----
        // 101: a WebSocket handshake, and HTTP/2 asked for on a plain http:// URL (which only an Upgrade can start)
        cases.add(new Case(
                "101-websocket",
                List.of(101),
                o -> Case.Request.get(o.here() + "/websocket/echo")
                        .with(HANDSHAKE)
                        .option("websocket", "true")
                        .then(o.here() + "/anything"),
                Cases::webSocket));
        cases.add(new Case(
                "101-h2c",
                List.of(101),
                o -> Case.Request.get(o.here() + "/dump/request").option("http", "2"),
                Cases::http2));
        // --- server faults that break a rule on purpose: content after a 204/205, a 1xx to HTTP/1.0 ---
        cases.add(forbiddenContent(204));
        cases.add(forbiddenContent(205));
        cases.add(new Case(
                "1xx-http10",
                List.of(103),
                o -> Case.Request.get(o.here() + "/dump/request")
                        .then(o.here() + "/status/103?fault=interim")
                        .option("http", "1.0"),
                Cases::interimOnHttp10));
        // --- end of the rule-breaking faults ---
        // every registered final code as a plain answer, so that each code's page has its row; the 1xx are above
        for (HttpStatus status : HttpStatus.registered()) {
            int code = status.code();
            if (code >= 200) {
                cases.add(new Case(
                        "status-" + code,
                        "status",
                        List.of(code),
                        o -> Case.Request.get(o.here() + "/status/" + code),
                        seen -> plain(code, seen)));
            }
        }
        return cases;
    }

    private static Case.Request post(String url, String body, int repeat) {
        return new Case.Request("POST", url, Map.of(), body, repeat, null);
    }

    /**
     * The 1xx, then its final 200. A client that returns the 1xx leaves the 200 unread on the connection; whether its
     * next request on a pooled connection then reads that 200 depends on when the bytes arrive, so the follow-up
     * request shows it in the log but is not part of the fact.
     */
    private static Case interim(int code) {
        return new Case(
                code + "-interim",
                List.of(code),
                o -> Case.Request.get(o.here() + "/status/" + code).then(o.here() + "/anything"),
                seen -> {
                    if (seen.answered(200)) {
                        return Verdict.ok("final-response");
                    }
                    if (seen.answered(code)) {
                        return Verdict.bad("interim-as-final");
                    }
                    return otherwise(seen);
                });
    }

    private static Case retry(int code) {
        return new Case(
                code + "-retry-after",
                List.of(code),
                o -> Case.Request.get(o.here() + "/sequence/" + code + ",200?key=" + o.client() + "-" + code + "-"
                        + System.nanoTime()),
                seen -> {
                    if (seen.answered(code)) {
                        return Verdict.ok("no-automatic-retry");
                    }
                    if (seen.answered(200)) {
                        // a lower bound only: a retry cannot come back sooner than the client waited
                        return seen.millis() >= 1000
                                ? Verdict.ok("retries-after-retry-after")
                                : Verdict.bad("retries-too-soon");
                    }
                    return otherwise(seen);
                });
    }

    private static Case fault(String fault, String path) {
        return new Case(
                "fault-" + fault,
                List.of(),
                o -> Case.Request.get(o.here() + path + "?fault=" + fault),
                seen -> seen.error() != null
                        ? new Verdict("raises", seen.error(), true)
                        : Verdict.bad("hides-fault", String.valueOf(seen.status())));
    }

    /**
     * A 204 or 205 followed, against RFC 9110, by content with its Content-Length ({@code fault=content}), then a
     * request for {@code /anything} on the same client: whether the caller got the content, and whether the stray
     * bytes broke the next answer on the pooled connection. (Option {@code connection=reuse}: a shell tool fetches
     * both URLs in one run, as its own connection reuse works; the other clients pool by themselves.)
     */
    private static Case forbiddenContent(int code) {
        return new Case(
                code + "-content",
                List.of(code),
                o -> Case.Request.get(o.here() + "/status/" + code + "?fault=content")
                        .then(o.here() + "/anything")
                        .option("connection", "reuse"),
                seen -> {
                    if (!seen.answered(code)) {
                        return otherwise(seen);
                    }
                    boolean next = seen.thenStatus() != null
                            && seen.thenStatus() == 200
                            && seen.thenError() == null
                            && echo(seen.thenBody()).path("url").asText().endsWith("/anything");
                    if (!next) {
                        return Verdict.bad(
                                "next-request-broken",
                                seen.thenError() != null ? seen.thenError() : String.valueOf(seen.thenStatus()));
                    }
                    return seen.length() > 0 ? Verdict.ok("reads-content") : Verdict.ok("ignores-content");
                });
    }

    /**
     * A client asked to speak HTTP/1.0 (option {@code http=1.0}) where it can: {@code /dump/request} shows the version
     * it really spoke (HTTP/1.1: the row does not apply, a 1xx is never sent to it), then the follow-up on the same client gets a 103 the server must not send to HTTP/1.0
     * ({@code fault=interim}). The dump comes first, so that a 1xx returned as final cannot hide the version.
     */
    private static Verdict interimOnHttp10(Seen seen) {
        String requestLine = seen.body().lines().findFirst().orElse("");
        if (!seen.answered(200) || !requestLine.startsWith("GET ")) {
            return otherwise(seen);
        }
        if (!requestLine.endsWith(" HTTP/1.0")) {
            return Verdict.notApplicable("speaks-http11-only");
        }
        if (seen.thenError() == null && seen.thenStatus() != null && seen.thenStatus() == 200) {
            return Verdict.ok("final-response");
        }
        if (seen.thenError() == null && seen.thenStatus() != null && seen.thenStatus() == 103) {
            return Verdict.bad("interim-as-final");
        }
        return seen.thenError() != null
                ? Verdict.bad("raises", seen.thenError())
                : Verdict.bad("other-status", String.valueOf(seen.thenStatus()));
    }

    /**
     * A plain answer of that code: given back, or raised with the response (a choice, both fine); a redirect that
     * has a Location ({@code /status/3xx} points to {@code /status/200}) followed.
     */
    private static Verdict plain(int code, Seen seen) {
        if (seen.answered(code)) {
            return seen.error() == null
                    ? Verdict.ok("returns-status")
                    : new Verdict("raises-with-status", seen.error(), true);
        }
        if (seen.answered(200) && code >= 300 && code < 400) {
            return Verdict.ok("follows");
        }
        return otherwise(seen);
    }

    private static Verdict continued(Seen seen) {
        if (seen.answered(200)) {
            return BODY.equals(echo(seen.body()).path("data").asText())
                    ? Verdict.ok("sent-after-100")
                    : Verdict.bad("lost-body");
        }
        if (seen.answered(100)) {
            return Verdict.bad("interim-as-final");
        }
        return otherwise(seen);
    }

    private static Verdict redirected(int code, Seen seen) {
        if (seen.answered(code) && seen.error() == null) {
            return Verdict.ok("not-followed");
        }
        if (!seen.answered(200)) {
            return otherwise(seen);
        }
        JsonNode echo = echo(seen.body());
        String method = echo.path("method").asText();
        boolean body = BODY.equals(echo.path("data").asText());
        boolean keepsMethod = code == 307 || code == 308;
        if (method.equals("POST") && body) {
            return Verdict.ok("kept-method-and-body");
        }
        if (method.equals("GET") && !body) {
            return new Verdict("changed-to-get", "", !keepsMethod);
        }
        if (method.equals("POST")) {
            return Verdict.bad("kept-method-lost-body");
        }
        return Verdict.bad("other-request", method);
    }

    private static Verdict crossOrigin(Seen seen) {
        if (seen.answered(302) && seen.error() == null) {
            return Verdict.ok("not-followed");
        }
        if (!seen.answered(200)) {
            return otherwise(seen);
        }
        JsonNode headers = echo(seen.body()).path("headers");
        return headers.has("Authorization")
                ? Verdict.bad("forwards-authorization")
                : Verdict.ok("strips-authorization");
    }

    /** A status outside 2xx: given back to the caller, or raised with the response attached (a choice, both fine). */
    private static Verdict statusOrRaise(int code, Seen seen) {
        if (seen.answered(code)) {
            return seen.error() == null
                    ? Verdict.ok("returns-status")
                    : new Verdict("raises-with-status", seen.error(), true);
        }
        return otherwise(seen);
    }

    /**
     * The proxy's 407 given back (or raised with the response: both fine), and whether its Proxy-Authenticate
     * reached the caller: without it a caller cannot tell which credentials the proxy wants.
     */
    private static Verdict proxyChallenge(Seen seen) {
        if (seen.answered(407) && seen.challenge() == null) {
            return Verdict.bad("hides-challenge", seen.error() == null ? "" : seen.error());
        }
        return statusOrRaise(407, seen);
    }

    /**
     * The proxy's credentials sent, after its 407 (two requests arrived) or before it was asked (one), and the 200
     * that proves they were taken (the body says which user); or the 407 returned as though the client had none.
     */
    private static Verdict proxyCredentials(Seen seen) {
        if (seen.answered(200)
                && PROXY_USER.equals(echo(seen.body()).path("user").asText())) {
            return seen.arrivals() > 1
                    ? Verdict.ok("answers-proxy-challenge")
                    : Verdict.ok("sends-proxy-credentials-first");
        }
        if (seen.answered(407)) {
            return Verdict.bad("returns-407", seen.error() == null ? "" : seen.error());
        }
        return otherwise(seen);
    }

    /**
     * The 304, then a request on the same client: a 304 has no content whatever its headers say, so a client that
     * waits for some, or reads the next answer as it, breaks the request after it on a pooled connection.
     */
    private static Verdict revalidated(Seen seen) {
        Verdict verdict = statusOrRaise(304, seen);
        if (!verdict.ok()) {
            return verdict;
        }
        boolean next = seen.thenStatus() != null
                && seen.thenStatus() == 200
                && seen.thenError() == null
                && echo(seen.thenBody()).path("url").asText().endsWith("/anything");
        return next
                ? verdict
                : Verdict.bad(
                        "next-request-broken",
                        seen.thenError() != null ? seen.thenError() : String.valueOf(seen.thenStatus()));
    }

    private static Verdict tooLarge(Seen seen) {
        if (seen.answered(413)) {
            return Verdict.ok("gets-413");
        }
        return otherwise(seen);
    }

    private static Verdict head(Seen seen) {
        if (seen.answered(200) && seen.error() == null) {
            return seen.length() == 0 ? Verdict.ok("head-ok") : Verdict.bad("reads-content-of-head");
        }
        return otherwise(seen);
    }

    private static Verdict aborted(Seen seen) {
        if (seen.error() != null) {
            return new Verdict("raises", seen.error(), true);
        }
        return seen.answered(200) && seen.length() < 2000
                ? Verdict.bad("short-content")
                : Verdict.bad("hides-fault", String.valueOf(seen.status()));
    }

    private static Verdict dribbled(Seen seen) {
        if (seen.answered(200) && seen.error() == null && seen.length() == 20) {
            return Verdict.ok("full-content");
        }
        return otherwise(seen);
    }

    /**
     * The handshake's 101 and the message echoed: the client speaks WebSocket (or hands the connection to its
     * caller, who did). A 101 without the echo is a client that ends at the handshake; the same session's next
     * request then shows whether the client put the switched connection back into its pool (the server reads
     * that request as a WebSocket frame, and closes).
     */
    private static Verdict webSocket(Seen seen) {
        if (seen.answered(101) && seen.error() == null) {
            if (seen.body().contains(BODY)) {
                return Verdict.ok("echoes");
            }
            return seen.thenError() == null
                    ? Verdict.bad("returns-101")
                    : Verdict.bad("returns-101-reuses-connection", seen.thenError());
        }
        return otherwise(seen);
    }

    /**
     * The protocol of the answer to a GET asked for over HTTP/2 on a plain http:// URL, as the client reports it
     * ({@code HTTP/2 (prior knowledge)} when its API names that), else as the server saw the request: /dump/request
     * writes its request line with HTTP/2.0 for an HTTP/2 request. HTTP/1.1 is a client without h2c: it never meets
     * a 101 of h2c, so the row does not apply to it (neither fault nor feature).
     */
    private static Verdict http2(Seen seen) {
        if (!seen.answered(200) || seen.error() != null) {
            return otherwise(seen);
        }
        String line = seen.body().lines().findFirst().orElse("");
        if (seen.protocol() == null && line.endsWith(" HTTP/2.0")) {
            // the server's view tells HTTP/2, not whether an Upgrade started it
            return Verdict.ok("speaks-http2");
        }
        String protocol = seen.protocol() != null ? seen.protocol() : line.endsWith(" HTTP/1.1") ? "HTTP/1.1" : "";
        if (protocol.equals("HTTP/2 (prior knowledge)")) {
            return Verdict.ok("prior-knowledge");
        }
        if (protocol.equals("HTTP/2")) {
            return Verdict.ok("upgrades-h2c");
        }
        if (protocol.equals("HTTP/1.1")) {
            return Verdict.notApplicable("stays-http11");
        }
        return Verdict.bad("other-protocol", protocol.isEmpty() ? line : protocol);
    }

    /** What any case reads the same way: an error raised, or a status it did not expect. */
    private static Verdict otherwise(Seen seen) {
        if (seen.error() != null && seen.status() == null) {
            return Verdict.bad("raises", seen.error());
        }
        if (seen.error() != null) {
            return Verdict.bad("raises-with-status", seen.status() + ": " + seen.error());
        }
        return Verdict.bad("other-status", String.valueOf(seen.status()));
    }

    private static JsonNode echo(String body) {
        try {
            return JSON.readTree(body);
        } catch (Exception e) {
            return JSON.createObjectNode();
        }
    }
}
