package dev.httpstatus.clients;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How what a client did is read, on reports made by hand; the matrix itself needs the clients (bin/test-clients). */
class CasesTest {
    private static final String POSTED = "{\"method\":\"POST\",\"data\":\"probe-body\",\"headers\":{}}";
    private static final String GOT = "{\"method\":\"GET\",\"data\":\"\",\"headers\":{}}";

    private static Seen answer(int status, String body) {
        return new Seen(status, body.length(), body, null, null, "", null, 10, false);
    }

    private static Seen raised(String error) {
        return new Seen(null, 0, "", error, null, "", null, 10, false);
    }

    private static Case named(String name) {
        return Cases.all().stream()
                .filter(c -> c.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aRedirectThatKeepsTheMethodIsWrongOnlyWhenItChangesIt() {
        assertEquals(Verdict.ok("kept-method-and-body"), named("307-post").read(answer(200, POSTED)));
        assertEquals(new Verdict("changed-to-get", "", false), named("307-post").read(answer(200, GOT)));
        assertEquals(new Verdict("changed-to-get", "", true), named("303-post").read(answer(200, GOT)));
        assertEquals(Verdict.ok("not-followed"), named("308-post").read(answer(308, "")));
    }

    @Test
    void anInterimResponseReturnedAsFinalIsAMisbehaviour() {
        assertEquals(Verdict.bad("interim-as-final"), named("103-interim").read(answer(103, "")));
        assertEquals(Verdict.ok("final-response"), named("103-interim").read(answer(200, "200 OK")));
    }

    @Test
    void credentialsThatReachTheOtherOriginAreAMisbehaviour() {
        String forwarded = "{\"headers\":{\"Authorization\":[\"Bearer probe-secret\"]}}";
        assertEquals(
                Verdict.bad("forwards-authorization"),
                named("cross-origin-authorization").read(answer(200, forwarded)));
        assertEquals(
                Verdict.ok("strips-authorization"),
                named("cross-origin-authorization").read(answer(200, "{\"headers\":{}}")));
    }

    @Test
    void aRetryIsHonestOnlyWhenItWaitedTheRetryAfter() {
        Seen quick = new Seen(200, 6, "200 OK", null, null, "", null, 20, false);
        Seen patient = new Seen(200, 6, "200 OK", null, null, "", null, 1200, false);
        assertEquals(Verdict.bad("retries-too-soon"), named("429-retry-after").read(quick));
        assertEquals(
                Verdict.ok("retries-after-retry-after"),
                named("429-retry-after").read(patient));
        assertEquals(Verdict.ok("no-automatic-retry"), named("503-retry-after").read(answer(503, "")));
    }

    @Test
    void aFaultMustReachTheCallerAsAnError() {
        assertEquals(
                new Verdict("raises", "java.io.IOException", true),
                named("fault-abort").read(raised("java.io.IOException")));
        assertEquals(Verdict.bad("short-content"), named("fault-abort").read(answer(200, "x".repeat(1000))));
        assertEquals(Verdict.bad("no-answer"), named("fault-reset").read(Seen.noAnswerWithin(10_000)));
    }

    @Test
    void everyRegisteredFinalCodeHasAPlainCaseWhoseRedirectsMayBeFollowed() {
        assertEquals(Verdict.ok("follows"), named("status-302").read(answer(200, "200 OK")));
        assertEquals(Verdict.ok("returns-status"), named("status-404").read(answer(404, "")));
        assertEquals(
                new Verdict("raises-with-status", "AxiosError", true),
                named("status-500").read(new Seen(500, 0, "", "AxiosError", null, "", null, 10, false)));
        assertEquals(
                new Verdict("other-status", "200", false), named("status-404").read(answer(200, "")));
    }

    @Test
    void theProxysChallengeMustReachTheCaller() {
        Seen challenged = new Seen(407, 0, "", null, null, "", null, 10, false, null, "Basic realm=\"Fake Realm\"", 1);
        Seen bare = new Seen(407, 0, "", null, null, "", null, 10, false, null, null, 1);
        assertEquals(Verdict.ok("returns-status"), named("407-proxy").read(challenged));
        assertEquals(Verdict.bad("hides-challenge", ""), named("407-proxy").read(bare));
        assertEquals(
                new Verdict("raises", "TypeError (ENOTFOUND)", false),
                named("407-proxy").read(raised("TypeError (ENOTFOUND)")));
    }

    @Test
    void proxyCredentialsAreSentFirstOrAfterTheChallengeAndMustOpenTheProxy() {
        String opened = "{\"authenticated\":true,\"user\":\"alice\"}";
        Case c = named("407-proxy-credentials");
        assertEquals(
                Verdict.ok("sends-proxy-credentials-first"),
                c.read(answer(200, opened).arrived(1)));
        assertEquals(
                Verdict.ok("answers-proxy-challenge"),
                c.read(answer(200, opened).arrived(2)));
        assertEquals(Verdict.bad("returns-407", ""), c.read(answer(407, "").arrived(1)));
        assertEquals(
                new Verdict("other-status", "200", false),
                c.read(answer(200, "{}").arrived(1)));
    }

    @Test
    void theProxyCasesAskForTheServerAsProxyAndATargetThatNeverResolves() {
        Case.Origins origins = new Case.Origins("http://127.0.0.1:1", "http://localhost:1", "curl", path -> 0);
        Case.Request plain = named("407-proxy").request().apply(origins);
        Case.Request credentials = named("407-proxy-credentials").request().apply(origins);
        assertEquals("http://127.0.0.1:1", plain.options().get("proxy"));
        assertTrue(plain.url().startsWith("http://origin.test/"));
        String password = credentials.url().substring(credentials.url().lastIndexOf('/') + 1);
        assertEquals(
                "http://alice:" + password + "@127.0.0.1:1",
                credentials.options().get("proxy"));
    }

    @Test
    void aWebSocketSpeaksWhenItsMessageComesBackAndAClientThatStopsAtThe101DoesNot() {
        Case ws = named("101-websocket");
        assertEquals(Verdict.ok("echoes"), ws.read(answer(101, Cases.BODY)));
        assertEquals(Verdict.bad("returns-101"), ws.read(new Seen(101, 0, "", null, 200, "{}", null, 10, false)));
        assertEquals(
                Verdict.bad("returns-101-reuses-connection", "BadStatusLine"),
                ws.read(new Seen(101, 0, "", null, null, "", "BadStatusLine", 10, false)));
        assertEquals(Verdict.bad("raises", "TypeError"), ws.read(raised("TypeError")));
    }

    @Test
    void http2OnAPlainUrlIsReadFromTheClientOrElseFromTheServersView() {
        Case h2c = named("101-h2c");
        assertEquals(Verdict.ok("upgrades-h2c"), h2c.read(spoken("HTTP/2", "")));
        assertEquals(Verdict.ok("prior-knowledge"), h2c.read(spoken("HTTP/2 (prior knowledge)", "")));
        assertEquals(Verdict.notApplicable("stays-http11"), h2c.read(spoken("HTTP/1.1", "")));
        assertEquals(Verdict.ok("speaks-http2"), h2c.read(spoken(null, "GET /dump/request HTTP/2.0\r\nhost: x\r\n")));
        assertEquals(
                Verdict.notApplicable("stays-http11"),
                h2c.read(spoken(null, "GET /dump/request HTTP/1.1\r\nHost: x\r\n")));
        assertEquals(Verdict.bad("other-protocol", "HTTP/1.0"), h2c.read(spoken("HTTP/1.0", "")));
    }

    @Test
    void aClientThatCannotSpeakHttp10IsOutsideTheHttp10RowAndOneThatCanIsJudged() {
        Case c = named("1xx-http10");
        String http11 = "GET /dump/request HTTP/1.1\r\nHost: x\r\n";
        String http10 = "GET /dump/request HTTP/1.0\r\nHost: x\r\n";
        assertEquals(
                Verdict.notApplicable("speaks-http11-only"),
                c.read(new Seen(200, 0, http11, null, 103, "", null, 10, false)));
        assertFalse(
                c.read(new Seen(200, 0, http11, null, 103, "", null, 10, false)).applies());
        assertEquals(Verdict.ok("final-response"), c.read(new Seen(200, 0, http10, null, 200, "", null, 10, false)));
        assertEquals(Verdict.bad("interim-as-final"), c.read(new Seen(200, 0, http10, null, 103, "", null, 10, false)));
    }

    private static Seen spoken(String protocol, String body) {
        return new Seen(200, body.length(), body, null, null, "", null, 10, false, protocol, null, 0);
    }

    @Test
    void everyOutcomeRecordedHasItsSentenceInBothLanguagesAndAdviceWhenItIsBad() throws Exception {
        Path dir = Path.of(System.getProperty("clients.dir", "."));
        Texts texts = new Texts(dir.resolve("outcomes.tsv"));
        for (Verdict verdict : List.of(
                Verdict.bad("interim-as-final"),
                Verdict.bad("forwards-authorization"),
                Verdict.bad("short-content"),
                Verdict.bad("no-answer"),
                Verdict.bad("hides-challenge"),
                Verdict.bad("raises", "E"))) {
            Texts.Text text = texts.of("any", "any", verdict);
            assertNotNull(text, verdict.outcome());
            assertFalse(text.factEn().isBlank() || text.factZh().isBlank(), verdict.outcome());
            assertFalse(text.adviceEn().isBlank() || text.adviceZh().isBlank(), verdict.outcome());
        }
        assertTrue(texts.of("any", "any", Verdict.bad("raises", "java.io.IOException"))
                .factEn()
                .contains("java.io.IOException"));
    }

    @Test
    void a304MustLeaveTheNextRequestOnTheClientWorking() {
        Case c = named("304-revalidation");
        String echo = "{\"url\":\"http://127.0.0.1:1/anything\"}";
        assertEquals(Verdict.ok("returns-status"), c.read(new Seen(304, 0, "", null, 200, echo, null, 10, false)));
        assertEquals(
                Verdict.bad("next-request-broken", "java.io.IOException"),
                c.read(new Seen(304, 0, "", null, null, "", "java.io.IOException", 10, false)));
        assertEquals(
                Verdict.bad("next-request-broken", "200"),
                c.read(new Seen(304, 0, "", null, 200, "stray", null, 10, false)));
    }
}
