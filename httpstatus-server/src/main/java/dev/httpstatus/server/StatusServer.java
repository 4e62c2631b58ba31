package dev.httpstatus.server;

import dev.httpstatus.server.exchange.Exchange;
import dev.httpstatus.server.exchange.ExchangeListener;
import dev.httpstatus.server.exchange.Responses;
import dev.httpstatus.server.ops.AccessLog;
import dev.httpstatus.server.ops.Health;
import dev.httpstatus.server.ops.Metrics;
import dev.httpstatus.server.retry.SequenceEndpoint;
import dev.httpstatus.server.retry.UnstableEndpoint;
import dev.httpstatus.server.routing.RequestHandler;
import dev.httpstatus.server.routing.Router;
import dev.httpstatus.server.status.StatusEndpoint;
import dev.httpstatus.server.transport.ServerInitializer;
import dev.httpstatus.server.transport.Tls;
import dev.httpstatus.server.transport.Transport;
import dev.httpstatus.server.websocket.WebSocketEchoEndpoint;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.ssl.SslContext;
import io.netty.util.concurrent.GlobalEventExecutor;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The status server: started with {@link #start}, listening until {@link #close}, which stops accepting,
 * lets requests in flight finish (delayed ones too, up to the configured grace) and then stops.
 */
public final class StatusServer implements AutoCloseable {
    private final ServerConfig config;
    private final Transport transport;
    private final EventLoopGroup group;
    private final Channel listener;
    private final ChannelGroup connections;
    private final Health health;
    private final InFlight inFlight;
    private final Optional<AccessLog> accessLog;
    private boolean closed;

    private StatusServer(
            ServerConfig config,
            Transport transport,
            EventLoopGroup group,
            Channel listener,
            ChannelGroup connections,
            Health health,
            InFlight inFlight,
            Optional<AccessLog> accessLog) {
        this.config = config;
        this.transport = transport;
        this.group = group;
        this.listener = listener;
        this.connections = connections;
        this.health = health;
        this.inFlight = inFlight;
        this.accessLog = accessLog;
    }

    /**
     * Starts a server and returns once it listens.
     *
     * @throws IllegalStateException when it cannot listen, saying why (the port is taken, say)
     */
    public static StatusServer start(ServerConfig config) {
        Transport transport = Transport.best();
        Optional<SslContext> ssl = config.tls() ? Optional.of(Tls.context(config)) : Optional.empty();
        Health health = new Health();
        Metrics metrics = new Metrics();
        InFlight inFlight = new InFlight();
        Optional<AccessLog> accessLog = config.accessLog() ? Optional.of(new AccessLog(System.out)) : Optional.empty();
        ExchangeListener listeners = accessLog.isPresent()
                ? ExchangeListener.all(inFlight, metrics, accessLog.get())
                : ExchangeListener.all(inFlight, metrics);
        RequestHandler requests =
                new RequestHandler(config, routes(health, metrics), StatusServer::notFound, listeners);
        ChannelGroup connections = new DefaultChannelGroup(GlobalEventExecutor.INSTANCE);
        EventLoopGroup group = transport.group(config.threads());
        try {
            Channel listener = new ServerBootstrap()
                    .group(group)
                    .channel(transport.serverChannel())
                    .option(ChannelOption.SO_BACKLOG, 1024)
                    .childOption(ChannelOption.TCP_NODELAY, true)
                    .childHandler(new ServerInitializer(config, ssl, requests, connections))
                    .bind(config.host(), config.port())
                    .sync()
                    .channel();
            return new StatusServer(config, transport, group, listener, connections, health, inFlight, accessLog);
        } catch (Exception e) {
            group.shutdownGracefully(0, 0, TimeUnit.MILLISECONDS);
            throw new IllegalStateException(
                    "cannot listen on " + config.host() + ":" + config.port() + ": " + e.getMessage(), e);
        }
    }

    private static Router routes(Health health, Metrics metrics) {
        return new Router()
                .exact("/healthz", health.live())
                .exact("/readyz", health.ready())
                .exact("/metrics", metrics)
                .exact("/unstable", new UnstableEndpoint())
                .exact("/websocket/echo", new WebSocketEchoEndpoint())
                .prefix("/status", StatusEndpoint.after("/status/"))
                .prefix("/random", StatusEndpoint.after("/random/"))
                .prefix("/sequence", new SequenceEndpoint())
                .matching(StatusEndpoint::isNumericPath, StatusEndpoint.firstSegment());
    }

    private static void notFound(Exchange exchange) {
        exchange.send(Responses.problem(
                exchange,
                HttpResponseStatus.NOT_FOUND,
                "there is nothing at " + exchange.path()
                        + "; try /status/404, /404, /random/200,500 or /sequence/503,200?key=test"));
    }

    /** The port the server listens on: the one configured, or the one chosen for port 0. */
    public int port() {
        return ((InetSocketAddress) listener.localAddress()).getPort();
    }

    /** The base URI of the server, such as {@code http://127.0.0.1:8080}. */
    public URI uri() {
        String host = config.host().contains(":") ? "[" + config.host() + "]" : config.host();
        return URI.create((config.tls() ? "https" : "http") + "://" + host + ":" + port());
    }

    /** The network transport in use: "epoll" or "nio". */
    public String transport() {
        return transport.name();
    }

    /**
     * Stops accepting connections, lets requests in flight finish for up to the shutdown grace, then
     * closes every connection and stops. Calling it again does nothing.
     */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        health.stopping();
        listener.close().syncUninterruptibly();
        try {
            inFlight.awaitNone(config.shutdownGrace());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        connections.close().awaitUninterruptibly();
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
        accessLog.ifPresent(log -> {
            try {
                log.close();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    /** Blocks until the server has been closed. */
    public void awaitClose() throws InterruptedException {
        group.terminationFuture().await();
    }

    /** How long a shutdown waits for requests in flight. */
    public Duration shutdownGrace() {
        return config.shutdownGrace();
    }
}
