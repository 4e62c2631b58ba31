package dev.httpstatus.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigTest {

    @Test
    void defaultsAreSafeForAPublicServer() {
        ServerConfig defaults = ServerConfig.defaults();
        assertThat(defaults.host()).isEqualTo("127.0.0.1");
        assertThat(defaults.port()).isEqualTo(8080);
        assertThat(defaults.maxBody()).isEqualTo(10 << 20);
        assertThat(defaults.maxRequestLine()).isEqualTo(8 << 10);
        assertThat(defaults.maxHeaderSize()).isEqualTo(16 << 10);
        assertThat(defaults.redirectHosts()).isEmpty();
    }

    @Test
    void theEnvironmentOverridesTheDefaults() {
        ServerConfig config = ServerConfig.fromEnvironment(Map.of(
                "HTTPSTATUS_PORT",
                "9090",
                "HTTPSTATUS_HOST",
                "0.0.0.0",
                "HTTPSTATUS_MAX_SLEEP",
                "2m",
                "HTTPSTATUS_MAX_BODY",
                "1m",
                "HTTPSTATUS_QUIET",
                "yes",
                "HTTPSTATUS_ALLOW_REDIRECT_HOSTS",
                "example.org, Example.net",
                "HTTPSTATUS_HTTP1_ONLY",
                "true"));
        assertThat(config.port()).isEqualTo(9090);
        assertThat(config.host()).isEqualTo("0.0.0.0");
        assertThat(config.maxSleep()).isEqualTo(Duration.ofMinutes(2));
        assertThat(config.maxBody()).isEqualTo(1 << 20);
        assertThat(config.accessLog()).isFalse();
        assertThat(config.http1Only()).isTrue();
        assertThat(config.allowsRedirectTo("example.net")).isTrue();
        assertThat(config.allowsRedirectTo("evil.example")).isFalse();
    }

    @Test
    void generatedBodiesAndRedirectChainsHaveConfigurableLimits() throws Exception {
        try (TestServer small = new TestServer(
                TestServer.quietBuilder().maxGenerated(100).maxRedirects(2).build())) {
            assertThat(small.get("/range/100").statusCode()).isEqualTo(200);
            assertThat(small.get("/range/101").body()).contains("0 to 100").contains("--max-generated");
            assertThat(small.get("/redirect/2").statusCode()).isEqualTo(302);
            assertThat(small.get("/redirect/3").body()).contains("1 to 2").contains("--max-redirects");
        }
    }

    @Test
    void unreadableValuesNameTheVariable() {
        assertThatThrownBy(() -> ServerConfig.fromEnvironment(Map.of("HTTPSTATUS_PORT", "eighty")))
                .hasMessageStartingWith("HTTPSTATUS_PORT=eighty cannot be read");
        assertThatThrownBy(() -> ServerConfig.fromEnvironment(Map.of("HTTPSTATUS_PORT", "70000")))
                .hasMessageContaining("0..65535");
        assertThatThrownBy(() -> ServerConfig.fromEnvironment(Map.of("HTTPSTATUS_MAX_BODY", "lots")))
                .hasMessageContaining("HTTPSTATUS_MAX_BODY");
        assertThatThrownBy(() -> ServerConfig.fromEnvironment(Map.of("HTTPSTATUS_TLS", "maybe")))
                .hasMessageContaining("HTTPSTATUS_TLS");
    }

    @Test
    void durationsAndSizesReadAsPeopleWriteThem() {
        assertThat(Durations.parse("250")).isEqualTo(Duration.ofMillis(250));
        assertThat(Durations.parse("1.5s")).isEqualTo(Duration.ofMillis(1500));
        assertThat(Durations.parse("2m")).isEqualTo(Duration.ofMinutes(2));
        assertThat(Durations.format(Duration.ofSeconds(60))).isEqualTo("1m");
        assertThatThrownBy(() -> Durations.parse("-1s")).hasMessageContaining("not a duration");
        assertThat(Sizes.parse("8k")).isEqualTo(8192);
        assertThat(Sizes.parse("10MiB")).isEqualTo(10 << 20);
        assertThatThrownBy(() -> Sizes.parse("5000m")).hasMessageContaining("2 GiB");
    }

    @Test
    void aPortInUseIsReportedClearly() {
        try (TestServer first = TestServer.start()) {
            assertThatThrownBy(() -> StatusServer.start(TestServer.quietBuilder()
                            .address("127.0.0.1", first.server.port())
                            .build()))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageStartingWith("cannot listen on 127.0.0.1:" + first.server.port());
        }
    }
}
