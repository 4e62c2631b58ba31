package dev.httpstatus.server.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
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
    void everySettingIsReadFromItsEnvironmentVariable() {
        Map<String, String> env = new HashMap<>();
        Settings.all().forEach(s -> env.put(s.environmentVariable(), s.example()));
        ServerConfig config = ServerConfig.fromEnvironment(env);
        for (Setting<?> setting : Settings.all()) {
            assertThat(config.get(setting))
                    .as(setting.environmentVariable())
                    .isEqualTo(setting.read("test", setting.example()))
                    .isNotEqualTo(setting.defaultValue());
        }
    }

    @Test
    void everyDefaultIsTheDeclaredOneAndReadsAsItIsWritten() {
        ServerConfig defaults = ServerConfig.defaults();
        for (Setting<?> setting : Settings.all()) {
            assertThat(defaults.get(setting)).as(setting.name()).isEqualTo(setting.defaultValue());
            setting.writtenDefault()
                    .ifPresent(written -> assertThat(setting.read("test", written))
                            .as(setting.name())
                            .isEqualTo(setting.defaultValue()));
        }
    }

    @Test
    void theTableHoldsEverySettingDeclaredInOrderWithItsVariableAndFlag() throws IllegalAccessException {
        List<Setting<?>> declared = new ArrayList<>();
        for (Field field : Settings.class.getDeclaredFields()) {
            if (Modifier.isPublic(field.getModifiers()) && field.getType() == Setting.class) {
                declared.add((Setting<?>) field.get(null));
            }
        }
        assertThat(Settings.all()).containsExactlyElementsOf(declared);
        assertThat(Settings.MAX_BODY.environmentVariable()).isEqualTo("HTTPSTATUS_MAX_BODY");
        assertThat(Settings.MAX_BODY.flag()).isEqualTo("--max-body");
        assertThat(Settings.REDIRECT_HOSTS.environmentVariable()).isEqualTo("HTTPSTATUS_ALLOW_REDIRECT_HOSTS");
        assertThat(Settings.REDIRECT_HOSTS.flag()).isEqualTo("--allow-redirect-host");
        assertThat(Settings.PORT.shortFlag()).contains("-p");
        assertThat(Settings.all().stream().map(Setting::environmentVariable)).doesNotHaveDuplicates();
        assertThat(Settings.all().stream().flatMap(s -> Stream.concat(Stream.of(s.flag()), s.shortFlag().stream())))
                .doesNotHaveDuplicates();
    }

    @Test
    void theNamedAccessorsAndBuilderMethodsReadAndSetTheirSettings() {
        Path pem = Path.of("chain.pem");
        ServerConfig config = ServerConfig.builder()
                .address("::1", 9)
                .tls(Optional.of(pem), Optional.of(pem))
                .http1Only(true)
                .accessLog(false)
                .maxSleep(Duration.ofSeconds(1))
                .retryAfter(Duration.ofSeconds(2))
                .maxBody(3)
                .maxRequestLine(4)
                .maxHeaderSize(5)
                .redirectHosts(Set.of("A.example"))
                .shutdownGrace(Duration.ofSeconds(6))
                .headTimeout(Duration.ofSeconds(7))
                .idleTimeout(Duration.ofSeconds(8))
                .maxConnections(9)
                .maxDelayed(10)
                .maxGenerated(11)
                .maxRedirects(12)
                .threads(13)
                .journal(false)
                .build();
        assertThat(List.of(config.host(), config.port(), config.tls(), config.certificate(), config.privateKey()))
                .containsExactly("::1", 9, true, Optional.of(pem), Optional.of(pem));
        assertThat(List.of(config.http1Only(), config.accessLog(), config.get(Settings.QUIET), config.journal()))
                .containsExactly(true, false, true, false);
        assertThat(List.of(
                        config.maxSleep(),
                        config.retryAfter(),
                        config.shutdownGrace(),
                        config.headTimeout(),
                        config.idleTimeout()))
                .containsExactly(
                        Duration.ofSeconds(1),
                        Duration.ofSeconds(2),
                        Duration.ofSeconds(6),
                        Duration.ofSeconds(7),
                        Duration.ofSeconds(8));
        assertThat(List.of(
                        config.maxBody(),
                        config.maxRequestLine(),
                        config.maxHeaderSize(),
                        config.maxConnections(),
                        config.maxDelayed(),
                        config.maxGenerated(),
                        config.maxRedirects(),
                        config.threads()))
                .containsExactly(3, 4, 5, 9, 10, 11, 12, 13);
        assertThat(config.redirectHosts()).containsExactly("a.example");
        assertThat(config.toBuilder().build()).isEqualTo(config).hasToString(config.toString());
        assertThat(config.toString()).contains("max-body=3", "journal=false");
    }

    @Test
    void aCertificateFromTheEnvironmentImpliesTlsAndNeedsItsKey() {
        ServerConfig config =
                ServerConfig.fromEnvironment(Map.of("HTTPSTATUS_CERT", "chain.pem", "HTTPSTATUS_KEY", "key.pem"));
        assertThat(config.tls()).isTrue();
        assertThat(config.certificate()).contains(Path.of("chain.pem"));
        assertThatThrownBy(() -> ServerConfig.fromEnvironment(Map.of("HTTPSTATUS_KEY", "key.pem")))
                .hasMessageContaining("go together");
    }

    @Test
    void outOfRangeValuesNameTheSettingWhereverTheyComeFrom() {
        assertThatThrownBy(() -> ServerConfig.builder().maxBody(0).build())
                .hasMessage("max-body must be at least 1, not 0");
        assertThatThrownBy(() -> ServerConfig.fromEnvironment(Map.of("HTTPSTATUS_THREADS", "0")))
                .hasMessage("HTTPSTATUS_THREADS=0 cannot be read: threads must be at least 1, not 0");
        assertThatThrownBy(() -> ServerConfig.fromEnvironment(Map.of("HTTPSTATUS_MAX_DELAYED", "many")))
                .hasMessage("HTTPSTATUS_MAX_DELAYED=many cannot be read: \"many\" is not a whole number");
    }

    @Test
    void repeatedRedirectHostsAddToThoseGivenSoFar() {
        ServerConfig config =
                ServerConfig.fromEnvironment(Map.of("HTTPSTATUS_ALLOW_REDIRECT_HOSTS", "a.example")).toBuilder()
                        .read(Settings.REDIRECT_HOSTS, "--allow-redirect-host", "B.example")
                        .read(Settings.MAX_BODY, "--max-body", "1k")
                        .build();
        assertThat(config.redirectHosts()).containsExactlyInAnyOrder("a.example", "b.example");
        assertThat(config.maxBody()).isEqualTo(1024);
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
}
