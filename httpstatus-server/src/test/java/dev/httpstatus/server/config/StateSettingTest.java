package dev.httpstatus.server.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StateSettingTest {
    @Test
    void stateIsInMemoryUnlessARedisIsNamed() {
        assertThat(ServerConfig.defaults().state()).isEmpty();
        assertThat(Settings.STATE.read("--state", "memory")).isEmpty();
        assertThat(ServerConfig.fromEnvironment(Map.of("HTTPSTATUS_STATE", "redis://redis.internal:6380"))
                        .state())
                .isEqualTo(Optional.of(URI.create("redis://redis.internal:6380")));
    }

    @Test
    void anotherKindOfStoreIsRefusedSayingWhatToGive() {
        assertThatThrownBy(() -> Settings.STATE.read("HTTPSTATUS_STATE", "mysql://db:3306"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("HTTPSTATUS_STATE=mysql://db:3306")
                .hasMessageContaining("memory or redis://host:port");
        assertThatThrownBy(() -> Settings.STATE.read("--state", "redis://"))
                .hasMessageContaining("memory or redis://host:port");
    }
}
