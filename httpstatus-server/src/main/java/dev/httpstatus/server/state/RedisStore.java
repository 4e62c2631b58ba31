package dev.httpstatus.server.state;

import io.netty.channel.EventLoopGroup;
import io.netty.channel.socket.SocketChannel;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * The state in Redis, shared by every replica that names the same Redis. Keys are namespaced ({@value #NAMESPACE})
 * and expire {@link StateStore#IDLE} after their last write; what must be atomic across replicas is one Lua script,
 * sent by its SHA-1 (EVALSHA) and by its text only when Redis does not know it yet.
 */
final class RedisStore implements StateStore {
    static final String NAMESPACE = "httpstatus:";

    /** A Lua script and its SHA-1, the name EVALSHA knows it by. */
    private record Lua(String source, String sha) {
        static Lua of(String source) {
            return new Lua(source, HexFormat.of().formatHex(digest("SHA-1", source)));
        }
    }

    private static final Lua INCREMENT =
            Lua.of("local n = redis.call('INCR', KEYS[1]) redis.call('PEXPIRE', KEYS[1], ARGV[1]) return n");
    // The window's expiry is its end: set with its first hit, and again should a key have lost it.
    private static final Lua HIT = Lua.of("local n = redis.call('INCR', KEYS[1])"
            + " local left = redis.call('PTTL', KEYS[1])"
            + " if n == 1 or left < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) left = tonumber(ARGV[1]) end"
            + " return {n, left}");
    private static final Lua PUT = Lua.of("if ARGV[2] == '1' then redis.call('HSET', KEYS[1], ARGV[1], ARGV[3])"
            + " else redis.call('HDEL', KEYS[1], ARGV[1]) end"
            + " redis.call('PEXPIRE', KEYS[1], ARGV[4]) return 1");
    private static final Lua REPLACE = Lua.of("local now = redis.call('HGET', KEYS[1], ARGV[1])"
            + " local expected = false if ARGV[2] == '1' then expected = ARGV[3] end"
            + " if now ~= expected then return 0 end"
            + " if ARGV[4] == '1' then redis.call('HSET', KEYS[1], ARGV[1], ARGV[5])"
            + " else redis.call('HDEL', KEYS[1], ARGV[1]) end"
            + " redis.call('PEXPIRE', KEYS[1], ARGV[6]) return 1");

    private final RedisConnection connection;
    private final String idleMillis = Long.toString(IDLE.toMillis());
    private final byte[] secret;

    RedisStore(URI location, EventLoopGroup loops, Class<? extends SocketChannel> channelType) {
        InetSocketAddress address = InetSocketAddress.createUnresolved(
                location.getHost(), location.getPort() < 0 ? 6379 : location.getPort());
        this.connection = new RedisConnection(address, loops, channelType);
        this.secret = sha256("httpstatus replicas of " + address.getHostString() + ":" + address.getPort());
    }

    @Override
    public byte[] secret() {
        return secret.clone();
    }

    @Override
    public CompletionStage<Long> increment(String key) {
        return eval(INCREMENT, key, idleMillis).thenApply(Long.class::cast);
    }

    @Override
    public CompletionStage<Window> hit(String key, Duration length) {
        return eval(HIT, key, Long.toString(length.toMillis())).thenApply(reply -> {
            List<?> values = (List<?>) reply;
            return new Window((Long) values.get(0), Duration.ofMillis((Long) values.get(1)));
        });
    }

    @Override
    public CompletionStage<Optional<String>> get(String map, String field) {
        return call(List.of("HGET", NAMESPACE + map, field)).thenApply(reply -> Optional.ofNullable((String) reply));
    }

    @Override
    public CompletionStage<Map<String, String>> entries(String map) {
        return call(List.of("HGETALL", NAMESPACE + map)).thenApply(reply -> {
            List<?> flat = (List<?>) reply;
            Map<String, String> fields = new LinkedHashMap<>();
            for (int i = 0; i + 1 < flat.size(); i += 2) {
                fields.put((String) flat.get(i), (String) flat.get(i + 1));
            }
            return fields;
        });
    }

    @Override
    public CompletionStage<Void> put(String map, String field, Optional<String> value) {
        return eval(PUT, map, field, flag(value), value.orElse(""), idleMillis).thenApply(reply -> null);
    }

    @Override
    public CompletionStage<Boolean> replace(
            String map, String field, Optional<String> expected, Optional<String> value) {
        return eval(REPLACE, map, field, flag(expected), expected.orElse(""), flag(value), value.orElse(""), idleMillis)
                .thenApply(reply -> ((Long) reply) == 1L);
    }

    @Override
    public void close() {
        connection.close();
    }

    private static byte[] sha256(String text) {
        return digest("SHA-256", text);
    }

    private static byte[] digest(String algorithm, String text) {
        try {
            return MessageDigest.getInstance(algorithm).digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has " + algorithm, e);
        }
    }

    private static String flag(Optional<String> value) {
        return value.isPresent() ? "1" : "0";
    }

    /** Runs {@code script} on one key by its SHA-1, sending its text only when Redis answers NOSCRIPT. */
    private CompletionStage<Object> eval(Lua script, String key, String... args) {
        List<String> command = new ArrayList<>(List.of("EVALSHA", script.sha(), "1", NAMESPACE + key));
        command.addAll(List.of(args));
        return connection.send(command).thenCompose(reply -> {
            if (reply instanceof RedisConnection.Error error && error.message().startsWith("NOSCRIPT")) {
                List<String> again = new ArrayList<>(command);
                again.set(0, "EVAL");
                again.set(1, script.source());
                return call(again);
            }
            return checked(reply);
        });
    }

    private CompletionStage<Object> call(List<String> command) {
        return connection.send(command).thenCompose(RedisStore::checked);
    }

    private static CompletionStage<Object> checked(Object reply) {
        if (reply instanceof RedisConnection.Error error) {
            return CompletableFuture.failedFuture(new StateUnavailable("Redis answered an error: " + error.message()));
        }
        return CompletableFuture.completedFuture(reply);
    }
}
