package dev.httpstatus.server.state;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.LongSupplier;

/**
 * The state of one server, in its memory: the default, needing nothing else. Clients name their keys, so it keeps
 * at most {@value #MAX_KEYS} keys and {@value #MAX_FIELDS} map fields in all, forgetting the least recently used
 * first, and a key idle for {@link StateStore#IDLE}. Every operation completes at once, on the caller's thread.
 */
public final class MemoryStore implements StateStore {
    static final int MAX_KEYS = 10_000;
    // A collection holds at most 1000 items of about 300 characters: 50,000 fields stay under about 30 MiB.
    static final int MAX_FIELDS = 50_000;

    /** A counter, a window or a map; which one its key says. */
    private static final class Slot {
        long number;
        long startedNanos;
        long writtenNanos;
        final Map<String, String> fields = new LinkedHashMap<>();
    }

    private final LongSupplier clock;
    private final byte[] secret = new byte[32];
    private final LinkedHashMap<String, Slot> slots = new LinkedHashMap<>(1024, 0.75f, true);
    private int fieldCount;

    /** A store on the system's clock. */
    public MemoryStore() {
        this(System::nanoTime);
    }

    /** A store on {@code clock} (nanoseconds), for tests of expiry. */
    public MemoryStore(LongSupplier clock) {
        this.clock = clock;
        new SecureRandom().nextBytes(secret);
    }

    @Override
    public byte[] secret() {
        return secret.clone();
    }

    @Override
    public synchronized CompletionStage<Long> increment(String key) {
        Slot slot = written(key);
        return CompletableFuture.completedFuture(++slot.number);
    }

    @Override
    public synchronized CompletionStage<Window> hit(String key, Duration length) {
        long now = clock.getAsLong();
        Slot slot = live(key);
        if (slot == null || now - slot.startedNanos >= length.toNanos()) {
            slot = written(key);
            slot.startedNanos = now;
            slot.number = 0;
        }
        slot.number++;
        Duration left = length.minusNanos(now - slot.startedNanos);
        return CompletableFuture.completedFuture(new Window(slot.number, left));
    }

    @Override
    public synchronized CompletionStage<Optional<String>> get(String map, String field) {
        Slot slot = live(map);
        return CompletableFuture.completedFuture(Optional.ofNullable(slot == null ? null : slot.fields.get(field)));
    }

    @Override
    public synchronized CompletionStage<Map<String, String>> entries(String map) {
        Slot slot = live(map);
        return CompletableFuture.completedFuture(slot == null ? Map.of() : new LinkedHashMap<>(slot.fields));
    }

    @Override
    public synchronized CompletionStage<Void> put(String map, String field, Optional<String> value) {
        set(written(map), field, value);
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public synchronized CompletionStage<Boolean> replace(
            String map, String field, Optional<String> expected, Optional<String> value) {
        Slot slot = live(map);
        String now = slot == null ? null : slot.fields.get(field);
        if (!Objects.equals(now, expected.orElse(null))) {
            return CompletableFuture.completedFuture(false);
        }
        set(written(map), field, value);
        return CompletableFuture.completedFuture(true);
    }

    @Override
    public void close() {}

    /** How many keys are kept now. */
    synchronized int size() {
        return slots.size();
    }

    private void set(Slot slot, String field, Optional<String> value) {
        String before = value.isPresent() ? slot.fields.put(field, value.get()) : slot.fields.remove(field);
        fieldCount += (value.isPresent() ? 1 : 0) - (before == null ? 0 : 1);
        forgetBeyondBounds();
    }

    /** The slot of {@code key} if it lives, else null (and an idle one is forgotten). */
    private Slot live(String key) {
        Slot slot = slots.get(key);
        if (slot != null && clock.getAsLong() - slot.writtenNanos >= IDLE.toNanos()) {
            forget(key);
            return null;
        }
        return slot;
    }

    /** The slot of {@code key}, made when it is not there, marked as written now. */
    private Slot written(String key) {
        Slot slot = live(key);
        if (slot == null) {
            slot = new Slot();
            slots.put(key, slot);
            forgetBeyondBounds();
        }
        slot.writtenNanos = clock.getAsLong();
        return slot;
    }

    private void forget(String key) {
        Slot gone = slots.remove(key);
        if (gone != null) {
            fieldCount -= gone.fields.size();
        }
    }

    /** Forgets the least recently used keys while there are too many, never the one just used. */
    private void forgetBeyondBounds() {
        Iterator<Map.Entry<String, Slot>> eldest = slots.entrySet().iterator();
        while ((slots.size() > MAX_KEYS || fieldCount > MAX_FIELDS) && slots.size() > 1) {
            fieldCount -= eldest.next().getValue().fields.size();
            eldest.remove();
        }
    }
}
