package dev.httpstatus.server.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class MemoryStoreTest {
    private final AtomicLong now = new AtomicLong();
    private final MemoryStore store = new MemoryStore(now::get);

    @Test
    void keepsAtMostItsBoundOfKeysForgettingTheLeastRecentlyUsed() {
        store.increment("first");
        for (int n = 0; n < MemoryStore.MAX_KEYS + 500; n++) {
            store.increment("key " + n);
            store.increment("first");
        }

        assertThat(store.size()).isEqualTo(MemoryStore.MAX_KEYS);
        assertThat(value(store.increment("first"))).isEqualTo(MemoryStore.MAX_KEYS + 502L);
        assertThat(value(store.increment("key 0"))).isEqualTo(1L);
    }

    @Test
    void keepsAtMostItsBoundOfFieldsInAll() {
        for (int n = 0; n < MemoryStore.MAX_FIELDS + 10; n++) {
            store.put("map " + (n / 1000), "field " + n, Optional.of("x"));
        }

        assertThat(value(store.entries("map 0"))).isEmpty();
        assertThat(value(store.entries("map 50"))).hasSize(10);
    }

    @Test
    void forgetsAKeyIdleForTheIdleTime() {
        store.increment("k");
        store.put("m", "f", Optional.of("v"));
        now.addAndGet(StateStore.IDLE.toNanos());

        assertThat(value(store.increment("k"))).isEqualTo(1L);
        assertThat(value(store.get("m", "f"))).isEmpty();
    }

    @Test
    void aWindowCountsUntilItsEnd() {
        Duration ten = Duration.ofSeconds(10);
        assertThat(value(store.hit("w", ten))).isEqualTo(new StateStore.Window(1, ten));
        now.addAndGet(Duration.ofSeconds(4).toNanos());
        assertThat(value(store.hit("w", ten))).isEqualTo(new StateStore.Window(2, Duration.ofSeconds(6)));
        now.addAndGet(Duration.ofSeconds(6).toNanos());
        assertThat(value(store.hit("w", ten))).isEqualTo(new StateStore.Window(1, ten));
    }

    @Test
    void replacesOnlyWhatItExpects() {
        assertThat(value(store.replace("m", "f", Optional.of("old"), Optional.of("new"))))
                .isFalse();
        assertThat(value(store.replace("m", "f", Optional.empty(), Optional.of("one"))))
                .isTrue();
        assertThat(value(store.replace("m", "f", Optional.empty(), Optional.of("two"))))
                .isFalse();
        assertThat(value(store.replace("m", "f", Optional.of("one"), Optional.empty())))
                .isTrue();
        assertThat(value(store.get("m", "f"))).isEmpty();
    }

    private static <T> T value(java.util.concurrent.CompletionStage<T> stage) {
        return stage.toCompletableFuture().join();
    }
}
