package dev.httpstatus.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The headers each code needs, built from the request's own scheme and Host. */
class StatusHeadersTest {
    @RegisterExtension
    static final TestServer server = TestServer.perClass(config -> config.redirectHosts(Set.of("example.org")));

    @Test
    void everyRedirectCarriesALocationFromTheRequestsHost() throws Exception {
        String self = "http://127.0.0.1:" + server.server.port();
        for (int code : new int[] {300, 301, 302, 303, 307, 308}) {
            assertThat(server.get("/status/" + code).headers().firstValue("location"))
                    .as("%d", code)
                    .contains(self + "/status/200");
        }
        assertThat(server.get("/status/308?location=/status/201").headers().firstValue("location"))
                .contains(self + "/status/201");
        assertThat(server.get("/status/302?location=https://example.org/a")
                        .headers()
                        .firstValue("location"))
                .contains("https://example.org/a");
    }

    @Test
    void redirectsToOtherHostsNeedTheAllowList() throws Exception {
        HttpResponse<String> refused = server.get("/status/302?location=https://evil.example/");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("evil.example").contains("--allow-redirect-host");
        assertThat(server.get("/status/302?location=//evil.example/x").statusCode())
                .isEqualTo(400);
        assertThat(server.get("/status/302?location=javascript:alert(1)").statusCode())
                .isEqualTo(400);
    }

    @Test
    void aLocationOnTheRequestsOwnIpv6HostNeedsNoAllowList() throws Exception {
        String answer = server.raw("GET /status/302?location=http://[::1]:8080/x HTTP/1.1\r\nHost: [::1]:8080\r\n"
                + "Connection: close\r\n\r\n");

        assertThat(answer).startsWith("HTTP/1.1 302 ").contains("location: http://[::1]:8080/x\r\n");
    }

    @Test
    void authenticationAllowRetryRangeAndUpgradeHeaders() throws Exception {
        assertThat(server.get("/status/401").headers().firstValue("www-authenticate"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("Basic realm="));
        assertThat(server.get("/status/407").headers().firstValue("proxy-authenticate"))
                .isPresent();
        assertThat(server.get("/status/405").headers().firstValue("allow")).contains("GET, HEAD, OPTIONS");
        assertThat(server.get("/status/429").headers().firstValue("retry-after"))
                .contains("5");
        assertThat(server.get("/status/503").headers().firstValue("retry-after"))
                .contains("5");
        assertThat(server.get("/status/416").headers().firstValue("content-range"))
                .contains("bytes */0");
        assertThat(server.get("/status/426").headers().firstValue("upgrade")).contains("websocket");
        assertThat(server.get("/status/451").headers().firstValue("link"))
                .hasValueSatisfying(v -> assertThat(v).contains("rel=\"blocked-by\""));
    }

    @Test
    void partialContentHasAValidRangeOfTheWholeBody() throws Exception {
        HttpResponse<String> response = server.get("/status/206");
        String whole = "206 Partial Content";
        int half = whole.length() / 2;
        assertThat(response.headers().firstValue("content-range"))
                .contains("bytes 0-" + (half - 1) + "/" + whole.length());
        assertThat(response.body()).isEqualTo(whole.substring(0, half));
    }
}
