package dev.httpstatus.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.httpstatus.server.config.ServerConfig;
import dev.httpstatus.server.config.Settings;
import java.net.http.HttpResponse;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The redirect chains and {@code /redirect-to}, answered as go-httpbin answers them, Location for Location, with the
 * allow-list of hosts as the safe default.
 */
class RedirectsTest {
    @RegisterExtension
    static final TestServer server = TestServer.perClass(config -> config.redirectHosts(Set.of("example.org")));

    private static HttpResponse<String> get(String path) throws Exception {
        return server.get(path);
    }

    private static String self() {
        return server.server.uri().toString();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "/redirect/1, /get",
        "/redirect/2, /relative-redirect/1",
        "/redirect/100, /relative-redirect/99",
        "/redirect/1?absolute=true, {self}/get",
        "/redirect/2?absolute=TRUE, {self}/absolute-redirect/1",
        "/redirect/100?absolute=True, {self}/absolute-redirect/99",
        "/redirect/100?absolute=t, /relative-redirect/99",
        "/redirect/100?absolute=1, /relative-redirect/99",
        "/redirect/100?absolute=yes, /relative-redirect/99",
        "/relative-redirect/1, /get",
        "/relative-redirect/2, /relative-redirect/1",
        "/relative-redirect/100, /relative-redirect/99",
        "/absolute-redirect/1, {self}/get",
        "/absolute-redirect/2, {self}/absolute-redirect/1",
        "/absolute-redirect/100, {self}/absolute-redirect/99"
    })
    void eachHopIsA302WithoutContentToTheNextAsThePeersWriteIt(String path, String location) throws Exception {
        HttpResponse<String> hop = get(path);
        assertThat(hop.statusCode()).isEqualTo(302);
        assertThat(hop.headers().firstValue("location")).contains(location.replace("{self}", self()));
        assertThat(hop.body()).isEmpty();
        assertThat(hop.headers().firstValue("content-type")).isEmpty();
    }

    @Test
    void everyHopOfAnAbsoluteChainIsAbsolute() throws Exception {
        String next = "/redirect/3?absolute=true";
        for (String expected : new String[] {"/absolute-redirect/2", "/absolute-redirect/1", "/get"}) {
            String location = get(next).headers().firstValue("location").orElseThrow();
            assertThat(location).isEqualTo(self() + expected);
            next = location.substring(self().length());
        }
    }

    @Test
    void anAbsoluteLocationIsBuiltFromTheHostTheClientAddressed() throws Exception {
        assertThat(server.rawHead("GET /absolute-redirect/1 HTTP/1.1\r\nHost: example.test:1234\r\n"
                        + "Connection: close\r\n\r\n"))
                .contains("location: http://example.test:1234/get\r\n");
    }

    @Test
    void theQueryGoesAlongToEveryHopButAbsolute() throws Exception {
        assertThat(get("/redirect/2?sleep=0s&x=1").headers().firstValue("location"))
                .contains("/relative-redirect/1?sleep=0s&x=1");
        assertThat(get("/relative-redirect/1?x=1").headers().firstValue("location"))
                .contains("/get?x=1");
        assertThat(get("/redirect/2?absolute=true&x=1").headers().firstValue("location"))
                .contains(self() + "/absolute-redirect/1?x=1");
    }

    @Test
    void aChainInAScopeStaysInIt() throws Exception {
        assertThat(get("/_scope/t/redirect/2").headers().firstValue("location"))
                .contains("/_scope/t/relative-redirect/1");
        assertThat(get("/_scope/t/absolute-redirect/1").headers().firstValue("location"))
                .contains(self() + "/_scope/t/get");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "/redirect, 404",
        "/redirect/, 404",
        "/redirect/-1, 400",
        "/redirect/0, 400",
        "/redirect/3.14, 400",
        "/redirect/foo, 400",
        "/redirect/10/foo, 404",
        "/redirect/101, 400",
        "/relative-redirect, 404",
        "/relative-redirect/, 404",
        "/relative-redirect/-1, 400",
        "/relative-redirect/3.14, 400",
        "/relative-redirect/foo, 400",
        "/relative-redirect/10/foo, 404",
        "/absolute-redirect, 404",
        "/absolute-redirect/, 404",
        "/absolute-redirect/-1, 400",
        "/absolute-redirect/3.14, 400",
        "/absolute-redirect/foo, 400",
        "/absolute-redirect/10/foo, 404"
    })
    void aChainWithoutAGoodLengthIsRefused(String path, int status) throws Exception {
        HttpResponse<String> refused = get(path);
        assertThat(refused.statusCode()).isEqualTo(status);
        assertThat(refused.body()).contains(status == 404 ? "/3" : "1 to 100");
    }

    @ParameterizedTest
    @ValueSource(strings = {"POST", "PUT", "DELETE", "PATCH"})
    void everyMethodIsRedirected(String method) throws Exception {
        assertThat(server.send(server.http1, method, "/redirect/1").statusCode())
                .isEqualTo(302);
        HttpResponse<String> to = server.send(server.http1, method, "/redirect-to?url=/get&status_code=307");
        assertThat(to.statusCode()).isEqualTo(307);
        assertThat(to.headers().firstValue("location")).contains("/get");
    }

    @Test
    void redirectToSendsAny3xxItIsAskedForAnd302Otherwise() throws Exception {
        for (int code = 300; code <= 399; code++) {
            HttpResponse<String> redirect = get("/redirect-to?url=/get&status_code=" + code);
            assertThat(redirect.statusCode()).isEqualTo(code);
            assertThat(redirect.headers().firstValue("location")).as("%d", code).contains("/get");
        }
        assertThat(get("/redirect-to?url=/get").statusCode()).isEqualTo(302);
        assertThat(get("/redirect-to?url=/get&status_code=").statusCode()).isEqualTo(302);
        assertThat(get("/redirect-to?url=/get&status=301").statusCode()).isEqualTo(301);
        assertThat(get("/redirect-to?url=/get&status_code=308&status=301").statusCode())
                .isEqualTo(308);
    }

    @ParameterizedTest
    @ValueSource(strings = {"201", "418", "/get", "30", "3000", "abc"})
    void redirectToRefusesACodeThatIsNotARedirect(String code) throws Exception {
        HttpResponse<String> refused = get("/redirect-to?url=/get&status_code=" + code);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("300 to 399");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "/get | /get",
                "/get?a=1%26b%3D2 | /get?a=1&b=2",
                "/a+b | /a b",
                "http://example.org/ | http://example.org/",
                "https://EXAMPLE.org/foo/bar?x=1 | https://EXAMPLE.org/foo/bar?x=1",
                "//example.org/x | //example.org/x",
                "http://127.0.0.1/x | http://127.0.0.1/x"
            })
    void redirectToSendsTheLocationAsGiven(String url, String location) throws Exception {
        HttpResponse<String> redirect = get("/redirect-to?url=" + url);
        assertThat(redirect.statusCode()).isEqualTo(302);
        assertThat(redirect.headers().firstValue("location")).contains(location);
    }

    @Test
    void redirectToKeepsAPathInTheRequestsScope() throws Exception {
        assertThat(get("/_scope/t/redirect-to?url=/get").headers().firstValue("location"))
                .contains("/_scope/t/get");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://foo.example.org/foo/bar",
                "https://evil.com",
                "//evil.com",
                "http%3A%2F%2Fevil.com",
                "http%253A%252F%252Fevil.com",
                "http%253A//%255B%253A%253Affff%253A169.254.169.254%255D/latest/meta-data/",
                "foo",
                "javascript:alert(1)",
                "mailto:someone@example.org",
                "http://%5B::1%5D/"
            })
    void redirectToRefusesWithA403WhatWouldMakeItAnOpenRedirect(String url) throws Exception {
        HttpResponse<String> refused = get("/redirect-to?url=" + url);
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.headers().firstValue("location")).isEmpty();
    }

    @Test
    void aRefusedHostIsNamedWithTheFlagThatAllowsIt() throws Exception {
        assertThat(get("/redirect-to?url=https://evil.example/").body())
                .contains("evil.example")
                .contains("--allow-redirect-host");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "http%3A%2F%2Ffoo%25%25bar", "/a%0D%0ASet-Cookie:x=1", "/caf%C3%A9", "/%5Cevil.com"})
    void redirectToRefusesWithA400WhatIsNotAUrl(String url) throws Exception {
        HttpResponse<String> refused = get("/redirect-to?url=" + url);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.headers().firstValue("location")).isEmpty();
        assertThat(refused.headers().firstValue("set-cookie")).isEmpty();
    }

    @Test
    void anAsteriskAllowsEveryHostForRedirectToAndLocation() throws Exception {
        ServerConfig open = TestServer.quietBuilder()
                .redirectHosts(Settings.REDIRECT_HOSTS.read("--allow-redirect-host", "*"))
                .build();
        assertThat(open.allowsRedirectTo("anywhere.example")).isTrue();
        try (TestServer anywhere = new TestServer(open)) {
            HttpResponse<String> redirect = anywhere.get("/redirect-to?url=https://anywhere.example/x?y=1");
            assertThat(redirect.statusCode()).isEqualTo(302);
            assertThat(redirect.headers().firstValue("location")).contains("https://anywhere.example/x?y=1");
            assertThat(anywhere.get("/status/302?location=https://anywhere.example/")
                            .headers()
                            .firstValue("location"))
                    .contains("https://anywhere.example/");
            assertThat(anywhere.get("/redirect-to?url=javascript:alert(1)").statusCode())
                    .isEqualTo(403);
        }
        assertThat(TestServer.quiet().allowsRedirectTo("anywhere.example")).isFalse();
    }
}
