package dev.httpstatus.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Cross-origin requests as go-httpbin allows them: every answer allows the request's origin, with credentials, and
 * every OPTIONS request gets 200 and what a preflight asks for, whatever its path.
 */
class CorsTest {
    private static final String ORIGIN = "https://app.example";

    @RegisterExtension
    static final TestServer server = TestServer.perClass();

    @ParameterizedTest
    @ValueSource(strings = {"/status/200", "/status/500", "/nothing-here", "/redirect/1", "/anything?sleep=soon", "/"})
    void everyAnswerWithoutAnOriginAllowsAnyWithCredentials(String path) throws Exception {
        HttpResponse<String> answer = server.get(path);
        assertThat(answer.headers().allValues("access-control-allow-origin")).containsExactly("*");
        assertThat(answer.headers().allValues("access-control-allow-credentials"))
                .containsExactly("true");
        assertThat(answer.headers().firstValue("access-control-expose-headers")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/status/302", "/status/500", "/nothing-here", "/basic-auth/a/b", "/anything?sleep=soon"})
    void everyAnswerToAnOriginEchoesItAndSaysItVaries(String path) throws Exception {
        HttpResponse<String> answer = server.get(path, "Origin", ORIGIN);
        assertThat(answer.headers().allValues("access-control-allow-origin")).containsExactly(ORIGIN);
        assertThat(answer.headers().allValues("access-control-allow-credentials"))
                .containsExactly("true");
        assertThat(answer.headers().allValues("vary")).contains("Origin");
        assertThat(answer.headers().firstValue("access-control-expose-headers"))
                .hasValueSatisfying(exposed -> assertThat(exposed)
                        .contains("Location")
                        .contains("Retry-After")
                        .contains("WWW-Authenticate")
                        .contains("Authentication-Info")
                        .contains("ETag")
                        .contains("Link")
                        .contains("Content-Range"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/get", "/status/500", "/anything", "/redirect/1", "/nothing-here", "/basic-auth/a/b"})
    void everyOptionsRequestIs200WithWhatAPreflightAsks(String path) throws Exception {
        HttpResponse<String> options = server.send(server.http1, "OPTIONS", path);
        assertThat(options.statusCode()).isEqualTo(200);
        assertThat(options.body()).isEmpty();
        assertThat(options.headers().allValues("access-control-allow-origin")).containsExactly("*");
        assertThat(options.headers().allValues("access-control-allow-credentials"))
                .containsExactly("true");
        assertThat(options.headers().allValues("access-control-allow-methods"))
                .containsExactly("GET, POST, HEAD, PUT, DELETE, PATCH, OPTIONS");
        assertThat(options.headers().allValues("access-control-max-age")).containsExactly("3600");
        assertThat(options.headers().firstValue("access-control-allow-headers")).isEmpty();
    }

    @Test
    void aPreflightGetsItsOriginAndTheHeadersItAsksFor() throws Exception {
        HttpResponse<String> preflight = server.send(
                server.http1,
                "OPTIONS",
                "/status/500",
                "Origin",
                ORIGIN,
                "Access-Control-Request-Method",
                "DELETE",
                "Access-Control-Request-Headers",
                "X-Test-Header, x-httpstatus-sleep");
        assertThat(preflight.statusCode()).isEqualTo(200);
        assertThat(preflight.headers().allValues("access-control-allow-origin")).containsExactly(ORIGIN);
        assertThat(preflight.headers().allValues("access-control-allow-headers"))
                .containsExactly("X-Test-Header, x-httpstatus-sleep");
        assertThat(String.join(", ", preflight.headers().allValues("vary")))
                .contains("Origin")
                .contains("Access-Control-Request-Method")
                .contains("Access-Control-Request-Headers");
    }

    @Test
    void anAnswerThatAllowsAnOriginItselfKeepsItsOwn() throws Exception {
        HttpResponse<String> asked =
                server.get("/response-headers?Access-Control-Allow-Origin=https://other.example", "Origin", ORIGIN);
        assertThat(asked.headers().allValues("access-control-allow-origin")).containsExactly("https://other.example");
        assertThat(asked.headers().firstValue("access-control-allow-credentials"))
                .isEmpty();
        HttpResponse<String> option =
                server.get("/status/200?header=Access-Control-Allow-Origin:https://other.example", "Origin", ORIGIN);
        assertThat(option.headers().allValues("access-control-allow-origin")).containsExactly("https://other.example");
    }
}
