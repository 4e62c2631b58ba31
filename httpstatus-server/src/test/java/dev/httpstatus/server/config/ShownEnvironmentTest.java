package dev.httpstatus.server.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The variables {@code /env} shows, and the settings a public deployment keeps off by default. */
class ShownEnvironmentTest {
    @Test
    void onlyVariablesNamedForEnvAreShown() {
        ServerConfig config = ServerConfig.fromEnvironment(Map.of(
                "HTTPBIN_ENV_REGION", "eu",
                "HTTPSTATUS_ENV_COLOUR", "green",
                "HTTPSTATUS_MAX_BODY", "1k",
                "PATH", "/usr/bin",
                "AWS_SECRET_ACCESS_KEY", "never shown"));

        assertThat(config.shownEnvironment())
                .containsOnly(Map.entry("HTTPBIN_ENV_REGION", "eu"), Map.entry("HTTPSTATUS_ENV_COLOUR", "green"));
        assertThat(config.maxBody()).isEqualTo(1024);
    }

    @Test
    void nothingIsShownNorTrustedNorToldByDefault() {
        ServerConfig defaults = ServerConfig.defaults();

        assertThat(defaults.shownEnvironment()).isEmpty();
        assertThat(defaults.trustForwarded()).isFalse();
        assertThat(defaults.realHostname()).isFalse();
    }

    @Test
    void theShownVariablesBelongToTheConfiguration() {
        ServerConfig shown = ServerConfig.builder()
                .shownEnvironment(Map.of("HTTPBIN_ENV_A", "1"))
                .build();

        assertThat(shown).isNotEqualTo(ServerConfig.defaults());
        assertThat(shown.toBuilder().build()).isEqualTo(shown);
        assertThat(shown.toString()).contains("HTTPBIN_ENV_A").doesNotContain("=1]");
    }
}
