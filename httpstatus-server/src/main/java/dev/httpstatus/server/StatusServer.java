package dev.httpstatus.server;

import dev.httpstatus.server.api.Api;
import dev.httpstatus.server.auth.Auth;
import dev.httpstatus.server.conditional.Conditional;
import dev.httpstatus.server.config.ServerConfig;
import dev.httpstatus.server.cookies.Cookies;
import dev.httpstatus.server.echo.Echo;
import dev.httpstatus.server.exchange.Exchange;
import dev.httpstatus.server.exchange.ExchangeListener;
import dev.httpstatus.server.exchange.Problem;
import dev.httpstatus.server.exchange.RequestHandler;
import dev.httpstatus.server.exchange.Router;
import dev.httpstatus.server.generate.Generate;
import dev.httpstatus.server.ops.AccessLog;
import dev.httpstatus.server.ops.Health;
import dev.httpstatus.server.ops.Metrics;
import dev.httpstatus.server.ops.Operations;
import dev.httpstatus.server.redirect.Redirects;
import dev.httpstatus.server.resource.Resources;
import dev.httpstatus.server.script.Journal;
import dev.httpstatus.server.script.Scripts;
import dev.httpstatus.server.site.Site;
import dev.httpstatus.server.state.MemoryStore;
import dev.httpstatus.server.state.StateStore;
import dev.httpstatus.server.status.Status;
import dev.httpstatus.server.transport.Protocols;
import dev.httpstatus.server.transport.ServerInitializer;
import dev.httpstatus.server.transport.Tls;
import dev.httpstatus.server.transport.Transport;
import dev.httpstatus.server.trigger.Triggers;
import dev.httpstatus.server.trouble.Trouble;
import dev.httpstatus.server.websocket.WebSocket;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelOption;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.util.concurrent.GlobalEventExecutor;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.channels.UnresolvedAddressException;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntSupplier;

/**
 * The status server: started with {@link #start}, listening until {@link #close}, which stops accepting,
 * lets requests in flight finish (delayed ones too, up to the configured grace) and then stops.
 */
public final class StatusServer implements AutoCloseable {
    private final ServerConfig config;
    private final Transport transport;
    private final EventLoopGroup group;
    private final ServerBootstrap bootstrap;
    private final Channel listener;
    private final ChannelGroup scopeListeners = new DefaultChannelGroup(GlobalEventExecutor.INSTANCE);
    private final ChannelGroup connections;
    private final Parts parts;
    private boolean closed;

    /** What serves the requests and lives as long as the server. */
    private record Parts(
            Health health,
            Metrics metrics,
            InFlight inFlight,
            Optional<AccessLog> accessLog,
            Scripts scripts,
            Journal journal,
            AtomicInteger port,
            Optional<Tls> tls,
            StateStore state) {

        static Parts of(ServerConfig config, StateStore state) {
            Optional<AccessLog> accessLog =
                    config.accessLog() ? Optional.of(new AccessLog(System.out)) : Optional.empty();
            InFlight inFlight = new InFlight();
            return new Parts(
                    new Health(),
                    new Metrics(inFlight::count),
                    inFlight,
                    accessLog,
                    new Scripts(),
                    config.journal() ? new Journal() : Journal.off(),
                    new AtomicInteger(),
                    config.tls() ? Optional.of(Tls.of(config)) : Optional.empty(),
                    state);
        }

        ExchangeListener listeners() {
            return accessLog.isPresent()
                    ? ExchangeListener.all(inFlight, metrics, accessLog.get())
                    : ExchangeListener.all(inFlight, metrics);
        }

        RequestHandler requests(ServerConfig config) {
            return new RequestHandler(
                    config,
                    routes(config, this),
                    Site.notFound(StatusServer::notFound),
                    listeners(),
                    scripts,
                    Status::answerScripted,
                    journal);
        }
    }

    private StatusServer(
            ServerConfig config,
            Transport transport,
            EventLoopGroup group,
            ServerBootstrap bootstrap,
            Channel listener,
            ChannelGroup connections,
            Parts parts) {
        this.config = config;
        this.transport = transport;
        this.group = group;
        this.bootstrap = bootstrap;
        this.listener = listener;
        this.connections = connections;
        this.parts = parts;
    }

    /**
     * Starts a server and returns once it listens.
     *
     * @throws IllegalStateException when it cannot listen, saying why (the port is taken, say)
     */
    public static StatusServer start(ServerConfig config) {
        Transport transport = Transport.best();
        ChannelGroup connections = new DefaultChannelGroup(GlobalEventExecutor.INSTANCE);
        EventLoopGroup group = transport.group(config.threads());
        Parts parts;
        try {
            parts = Parts.of(config, StateStore.open(config.state(), group, transport.clientChannel()));
        } catch (RuntimeException e) {
            group.shutdownGracefully(0, 0, TimeUnit.MILLISECONDS);
            throw e;
        }
        try {
            ServerBootstrap bootstrap = new ServerBootstrap()
                    .group(group)
                    .channel(transport.serverChannel())
                    .option(ChannelOption.SO_BACKLOG, 1024)
                    .childOption(ChannelOption.TCP_NODELAY, true)
                    .childHandler(new ServerInitializer(
                            config, parts.tls().map(Tls::server), parts.requests(config), connections));
            Channel listener =
                    bootstrap.bind(config.host(), config.port()).sync().channel();
            parts.port().set(((InetSocketAddress) listener.localAddress()).getPort());
            return new StatusServer(config, transport, group, bootstrap, listener, connections, parts);
        } catch (Exception e) {
            parts.state().close();
            group.shutdownGracefully(0, 0, TimeUnit.MILLISECONDS);
            parts.accessLog().ifPresent(StatusServer::closeQuietly);
            throw new IllegalStateException(
                    "cannot listen on " + config.host() + ":" + config.port() + ": " + reason(e), e);
        }
    }

    /** Why binding failed, in words: a host name that resolves to nothing comes with no message of its own. */
    private static String reason(Exception failure) {
        if (failure instanceof UnresolvedAddressException) {
            return "no address is known for this host name";
        }
        return failure.getMessage() != null
                ? failure.getMessage()
                : failure.getClass().getSimpleName();
    }

    /**
     * Adds to {@code pipeline} the handlers of one cleartext HTTP/1.1 connection of a server with {@code
     * config}, every route included: a seam for the tests and benchmarks of this package, which measure and fuzz
     * the server's work per request without a socket. Not part of the API.
     */
    static void addHttp1Handlers(ServerConfig config, ChannelPipeline pipeline) {
        new ServerInitializer(
                        config,
                        Optional.empty(),
                        Parts.of(config, new MemoryStore()).requests(config),
                        new DefaultChannelGroup(GlobalEventExecutor.INSTANCE))
                .addHttp1To(pipeline);
    }

    /**
     * Every route, feature by feature. Status answers come first: they are asked for most, and a prefix is found by
     * walking the prefixes in order. The API comes before the site, whose {@code /codes} pages would otherwise
     * take {@code /codes/404.json}.
     */
    private static Router routes(ServerConfig config, Parts parts) {
        IntSupplier port = parts.port()::get;
        Router router = new Router();
        Status.routes(router, parts.state());
        Redirects.routes(router);
        Operations.routes(router, parts.health(), parts.metrics());
        Echo.routes(router, config);
        Conditional.routes(router);
        Auth.routes(router, parts.state().secret());
        Cookies.routes(router);
        Resources.routes(router, parts.state());
        Generate.routes(router);
        Trouble.routes(router, port, parts.state());
        WebSocket.routes(router);
        Triggers.routes(router);
        Api.routes(router, config, port, parts.tls().map(Tls::self));
        Site.routes(router);
        return router;
    }

    private static void notFound(Exchange exchange) {
        // A bad ?lang= is answered first, as the not-found page answers it to a browser.
        exchange.request().language();
        throw Problem.of(404, "notFound.nothing", exchange.request().path());
    }

    /** The port the server listens on: the one configured, or the one chosen for port 0. */
    public int port() {
        return ((InetSocketAddress) listener.localAddress()).getPort();
    }

    /** The base URI of the server, such as {@code http://127.0.0.1:8080}. */
    public URI uri() {
        return URI.create(origin(port()));
    }

    /**
     * The base URI of {@code scope} on this server, such as {@code http://127.0.0.1:8080/_scope/t3}: paths below it
     * are served as if the prefix were absent, with scripts and a journal of their own. It serves tests that share a
     * server running outside their process, which cannot open ports for them; a test in the same process takes a
     * port of its own instead ({@link #openScope}), whose base URI is a plain origin.
     */
    public URI uri(String scope) {
        return URI.create(uri() + Scripts.SCOPE_PREFIX + scope);
    }

    /**
     * Listens on one more free port of the server's host, on the same event loops and with the same settings, whose
     * every request belongs to {@code scope}: its scripts and journal are those of the scope, and its paths are plain
     * ({@code /_scope} means nothing there). Each test of a shared server gets one, so that its base URI is a plain
     * origin and tests running at once stay apart. A listening socket costs little; close it when the test ends.
     *
     * @throws IllegalArgumentException when {@code scope} is empty, the name of the shared scope
     * @throws IllegalStateException when no port can be had, or the server is closed
     */
    public synchronized ScopePort openScope(String scope) {
        if (scope.isEmpty()) {
            throw new IllegalArgumentException("a port's scope needs a name: the empty scope is the shared one");
        }
        if (closed) {
            throw new IllegalStateException("the server is closed");
        }
        ChannelFuture bound = bootstrap
                .clone()
                .childAttr(Protocols.PORT_SCOPE, scope)
                .bind(config.host(), 0)
                .awaitUninterruptibly();
        if (!bound.isSuccess()) {
            throw new IllegalStateException(
                    "cannot open a port for scope " + scope + ": "
                            + bound.cause().getMessage(),
                    bound.cause());
        }
        Channel scoped = bound.channel();
        scopeListeners.add(scoped);
        return new ScopePort(this, scope, scoped, connections);
    }

    /** The origin of {@code port} on this server's host, with a trailing slash. */
    URI uri(int port) {
        return URI.create(origin(port) + "/");
    }

    private String origin(int port) {
        String host = config.host().contains(":") ? "[" + config.host() + "]" : config.host();
        return (config.tls() ? "https" : "http") + "://" + host + ":" + port;
    }

    /**
     * The scripted answers: {@code scripts().script("", "/flaky").respond(503, 503, 200)} makes /flaky answer
     * 503 twice, then 200. Scripts take precedence over the built-in endpoints.
     */
    public Scripts scripts() {
        return parts.scripts();
    }

    /** Every request the server received, by scope, within the journal's bounds; empty when it is off. */
    public Journal journal() {
        return parts.journal();
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
        parts.health().stopping();
        listener.close().syncUninterruptibly();
        scopeListeners.close().awaitUninterruptibly();
        try {
            parts.inFlight().awaitNone(config.shutdownGrace());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        connections.close().awaitUninterruptibly();
        parts.state().close();
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
        parts.accessLog().ifPresent(StatusServer::closeQuietly);
    }

    private static void closeQuietly(AccessLog log) {
        try {
            log.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Blocks until the server has been closed. */
    public void awaitClose() throws InterruptedException {
        group.terminationFuture().await();
    }
}
