package dev.httpstatus.server.state;

import io.netty.channel.EventLoopGroup;
import io.netty.channel.socket.SocketChannel;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * What the stateful endpoints keep between requests (sequence positions, rate-limit windows, the collection, jobs,
 * the maintenance switch), kept in this process ({@link MemoryStore}, the default) or in Redis ({@link RedisStore}),
 * which replicas of the server share. Every operation is atomic on its own, so two replicas never hand out the same
 * step; every key is forgotten after {@link #IDLE} without a write. Operations answer later: an endpoint answers
 * when the stage completes, and a stage that fails with {@link StateUnavailable} becomes a 503.
 */
public interface StateStore extends AutoCloseable {
    /** How long a key lives after its last write. */
    Duration IDLE = Duration.ofHours(1);

    /** Opens the store {@code location} names: memory when empty, else a {@code redis://host:port}. */
    static StateStore open(Optional<URI> location, EventLoopGroup loops, Class<? extends SocketChannel> channelType) {
        return location.<StateStore>map(uri -> new RedisStore(uri, loops, channelType))
                .orElseGet(MemoryStore::new);
    }

    /** Adds one to the counter {@code key} (0 when new) and gives its new value. */
    CompletionStage<Long> increment(String key);

    /** Counts one more hit in the fixed window {@code key}, which starts with its first hit and lasts {@code length}. */
    CompletionStage<Window> hit(String key, Duration length);

    /** The value of {@code field} in the map {@code map}. */
    CompletionStage<Optional<String>> get(String map, String field);

    /** Every field of the map {@code map}, empty when there is none. */
    CompletionStage<Map<String, String>> entries(String map);

    /** Sets {@code field} of {@code map} to {@code value}, or removes it when the value is empty. */
    CompletionStage<Void> put(String map, String field, Optional<String> value);

    /**
     * Sets {@code field} of {@code map} to {@code value} (removes it when empty) only if it now holds {@code
     * expected} (is absent when empty): true when it did.
     */
    CompletionStage<Boolean> replace(String map, String field, Optional<String> expected, Optional<String> value);

    /**
     * A secret every server sharing this store has, for what one replica signs and another checks (Digest nonces):
     * random for a store in memory; for Redis, derived from its address, which every replica is given. It keeps
     * clients from making nonces up by chance, and is no defence against one who knows the address.
     */
    byte[] secret();

    /** Lets go of the store's connections. */
    @Override
    void close();

    /** A rate-limit window after one more hit: the hits in it, and how long until it ends. */
    record Window(long hits, Duration left) {}
}
