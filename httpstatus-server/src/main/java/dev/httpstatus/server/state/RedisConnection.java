package dev.httpstatus.server.state;

import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoop;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.handler.codec.redis.ArrayRedisMessage;
import io.netty.handler.codec.redis.ErrorRedisMessage;
import io.netty.handler.codec.redis.FullBulkStringRedisMessage;
import io.netty.handler.codec.redis.IntegerRedisMessage;
import io.netty.handler.codec.redis.RedisArrayAggregator;
import io.netty.handler.codec.redis.RedisBulkStringAggregator;
import io.netty.handler.codec.redis.RedisDecoder;
import io.netty.handler.codec.redis.RedisEncoder;
import io.netty.handler.codec.redis.RedisMessage;
import io.netty.handler.codec.redis.SimpleStringRedisMessage;
import io.netty.util.concurrent.ScheduledFuture;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

/**
 * One pipelined connection to Redis, on one of the server's event loops: commands are written in order and their
 * replies matched to them in order (RESP2). While it is down, commands fail at once with {@link StateUnavailable}
 * and it connects again by itself, waiting a little longer after each failure, up to a second. A reply that takes
 * longer than {@link #PATIENCE} closes the connection, failing every command still waiting, so that a Redis that
 * hangs answers as one that is gone.
 */
final class RedisConnection {
    static final Duration PATIENCE = Duration.ofSeconds(2);
    private static final long FIRST_WAIT_MILLIS = 50;
    private static final long LONGEST_WAIT_MILLIS = 1000;

    /** A command written and not answered yet. */
    private record Waiting(CompletableFuture<Object> reply, long sentNanos) {}

    /** A reply that is a Redis error, such as NOSCRIPT. */
    record Error(String message) {}

    private final InetSocketAddress address;
    private final EventLoop loop;
    private final Bootstrap bootstrap;
    private final ArrayDeque<Waiting> waiting = new ArrayDeque<>();
    // Touched on the loop only.
    private Channel channel;
    private boolean connecting;
    private boolean closed;
    private long nextWaitMillis = FIRST_WAIT_MILLIS;
    private ScheduledFuture<?> watch;

    RedisConnection(InetSocketAddress address, EventLoopGroup loops, Class<? extends SocketChannel> type) {
        this.address = address;
        this.loop = loops.next();
        this.bootstrap = new Bootstrap()
                .group(loop)
                .channel(type)
                .option(ChannelOption.TCP_NODELAY, true)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) PATIENCE.toMillis())
                .handler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        ch.pipeline()
                                .addLast(new RedisDecoder())
                                .addLast(new RedisBulkStringAggregator())
                                .addLast(new RedisArrayAggregator())
                                .addLast(new RedisEncoder())
                                .addLast(new Replies());
                    }
                });
        loop.execute(this::connect);
    }

    /**
     * Sends {@code command} and gives its reply: a Long, a String (null for a nil), a List of replies, or an
     * {@link Error}; fails with {@link StateUnavailable} while Redis cannot be reached.
     */
    CompletionStage<Object> send(List<String> command) {
        CompletableFuture<Object> reply = new CompletableFuture<>();
        if (loop.inEventLoop()) {
            write(command, reply);
        } else {
            loop.execute(() -> write(command, reply));
        }
        return reply;
    }

    void close() {
        loop.execute(() -> {
            closed = true;
            if (channel != null) {
                channel.close();
            }
        });
    }

    private void write(List<String> command, CompletableFuture<Object> reply) {
        if (channel == null || !channel.isActive()) {
            reply.completeExceptionally(new StateUnavailable("no connection to Redis at " + where()));
            return;
        }
        List<RedisMessage> parts = new ArrayList<>(command.size());
        for (String part : command) {
            parts.add(new FullBulkStringRedisMessage(Unpooled.wrappedBuffer(part.getBytes(StandardCharsets.UTF_8))));
        }
        waiting.add(new Waiting(reply, System.nanoTime()));
        channel.writeAndFlush(new ArrayRedisMessage(parts));
    }

    private void connect() {
        if (closed || connecting || (channel != null && channel.isActive())) {
            return;
        }
        connecting = true;
        bootstrap.connect(address).addListener(done -> {
            connecting = false;
            if (!done.isSuccess()) {
                retryLater();
                return;
            }
            channel = ((io.netty.channel.ChannelFuture) done).channel();
            nextWaitMillis = FIRST_WAIT_MILLIS;
            watch = loop.scheduleAtFixedRate(this::giveUpOnSlowReply, 500, 500, TimeUnit.MILLISECONDS);
            channel.closeFuture().addListener(closedNow -> lost());
            if (closed) {
                channel.close();
            }
        });
    }

    /** The connection is gone: what waits fails, and a new one is tried. */
    private void lost() {
        watch.cancel(false);
        StateUnavailable gone = new StateUnavailable("the connection to Redis at " + where() + " was lost");
        for (Waiting w = waiting.poll(); w != null; w = waiting.poll()) {
            w.reply().completeExceptionally(gone);
        }
        retryLater();
    }

    private void retryLater() {
        if (!closed) {
            loop.schedule(this::connect, nextWaitMillis, TimeUnit.MILLISECONDS);
            nextWaitMillis = Math.min(LONGEST_WAIT_MILLIS, nextWaitMillis * 2);
        }
    }

    private void giveUpOnSlowReply() {
        Waiting oldest = waiting.peek();
        if (oldest != null && System.nanoTime() - oldest.sentNanos() > PATIENCE.toNanos() && channel != null) {
            channel.close();
        }
    }

    private String where() {
        return address.getHostString() + ":" + address.getPort();
    }

    /** Matches each reply to the oldest command waiting. */
    private final class Replies extends SimpleChannelInboundHandler<RedisMessage> {
        @Override
        protected void channelRead0(ChannelHandlerContext ctx, RedisMessage message) {
            Waiting w = waiting.poll();
            if (w != null) {
                w.reply().complete(value(message));
            }
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            ctx.close();
        }
    }

    private static Object value(RedisMessage message) {
        if (message instanceof IntegerRedisMessage integer) {
            return integer.value();
        } else if (message instanceof SimpleStringRedisMessage simple) {
            return simple.content();
        } else if (message instanceof ErrorRedisMessage error) {
            return new Error(error.content());
        } else if (message instanceof FullBulkStringRedisMessage bulk) {
            return bulk.isNull() ? null : bulk.content().toString(StandardCharsets.UTF_8);
        } else if (message instanceof ArrayRedisMessage array) {
            if (array.isNull()) {
                return null;
            }
            List<Object> values = new ArrayList<>(array.children().size());
            array.children().forEach(child -> values.add(value(child)));
            return values;
        }
        return new Error("unexpected reply " + message.getClass().getSimpleName());
    }
}
