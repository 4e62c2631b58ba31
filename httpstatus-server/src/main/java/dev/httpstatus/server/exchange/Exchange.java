package dev.httpstatus.server.exchange;

import dev.httpstatus.server.ServerConfig;
import dev.httpstatus.server.transport.Protocols;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.QueryStringDecoder;
import io.netty.util.concurrent.Future;
import io.netty.util.concurrent.GenericFutureListener;
import io.netty.util.concurrent.ScheduledFuture;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * One request and the way back to its client. Endpoints read the request through it and answer through
 * it; it adds what every response carries (Date, Server, CORS, Content-Length rules, HEAD) and reports
 * the exchange to the access log and metrics when the answer is complete.
 */
public final class Exchange {
    /**
     * Paths under {@code /_scope/{id}} are served as if the prefix were absent, with their scripts and
     * journal kept apart: each test works in its own scope on a shared server.
     */
    public static final String SCOPE_PREFIX = "/_scope/";

    /** The start of the name of every header that carries an option ({@link #option}). */
    public static final String OPTION_HEADER_PREFIX = "X-HttpStatus-";

    private final ChannelHandlerContext ctx;
    private final FullHttpRequest request;
    private final ServerConfig config;
    private final ExchangeListener listener;
    private final DelayBudget delays;
    private final String target;
    private final boolean hasQuery;
    private QueryStringDecoder uri;
    private final String scope;
    private final String path;
    private final long startedNanos = System.nanoTime();
    private GenericFutureListener<Future<? super Void>> onClose;
    private boolean finished;
    private int answered;
    private long answeredBytes;

    /** Starts an exchange; see {@link #endsWithConnection} for one not answered at once. */
    public Exchange(
            ChannelHandlerContext ctx,
            FullHttpRequest request,
            ServerConfig config,
            ExchangeListener listener,
            DelayBudget delays) {
        this.delays = delays;
        this.ctx = ctx;
        this.request = request;
        this.config = config;
        this.listener = listener;
        this.target = asUtf8(request.uri());
        this.hasQuery = target.indexOf('?') >= 0;
        String full = isPlainPath(target) ? target : uri().path();
        if (full.startsWith(SCOPE_PREFIX)) {
            String rest = full.substring(SCOPE_PREFIX.length());
            int slash = rest.indexOf('/');
            this.scope = slash < 0 ? rest : rest.substring(0, slash);
            this.path = slash < 0 ? "/" : rest.substring(slash);
        } else {
            this.scope = "";
            this.path = full;
        }
        listener.started(this);
    }

    /**
     * Makes an exchange still unanswered end when its connection closes, with no answer. Called once the
     * endpoint has returned, and only for exchanges it left open (delayed, streamed or proxied ones): most are
     * answered at once, and watching the connection of each cost a listener added and removed per request.
     */
    public void endsWithConnection() {
        if (!finished && onClose == null) {
            onClose = closed -> finish(answered, answeredBytes);
            ctx.channel().closeFuture().addListener(onClose);
        }
    }

    /**
     * The request target with raw UTF-8 read as UTF-8. A target should escape such bytes (%E8%B6%85), but
     * curl sends {@code ?q=超时} as typed, and the decoder has read each byte as a character of its own.
     */
    private static String asUtf8(String target) {
        for (int i = 0; i < target.length(); i++) {
            if (target.charAt(i) >= 0x80) {
                return new String(target.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
            }
        }
        return target;
    }

    /**
     * Whether {@code target} is a path as it stands: no query, fragment or escape to decode. Most requests
     * are, and for them no decoder is made.
     */
    private static boolean isPlainPath(String target) {
        for (int i = 0; i < target.length(); i++) {
            char c = target.charAt(i);
            if (c == '?' || c == '%' || c == '#') {
                return false;
            }
        }
        return true;
    }

    private QueryStringDecoder uri() {
        if (uri == null) {
            uri = new QueryStringDecoder(target);
        }
        return uri;
    }

    public ChannelHandlerContext ctx() {
        return ctx;
    }

    public FullHttpRequest request() {
        return request;
    }

    public ServerConfig config() {
        return config;
    }

    public HttpMethod method() {
        return request.method();
    }

    public boolean isHead() {
        return HttpMethod.HEAD.equals(request.method());
    }

    /** The decoded path, without the query and without the scope prefix. */
    public String path() {
        return path;
    }

    /** The scope of the request: the id after {@value #SCOPE_PREFIX}, or empty for the shared scope. */
    public String scope() {
        return scope;
    }

    /** The prefix that keeps a path in this request's scope, empty in the shared scope. */
    public String scopePrefix() {
        return scope.isEmpty() ? "" : SCOPE_PREFIX + scope;
    }

    /** The raw query string, empty when there is none. */
    public String rawQuery() {
        return hasQuery ? uri().rawQuery() : "";
    }

    /** The first value of query parameter {@code name}. */
    public Optional<String> query(String name) {
        if (!hasQuery) {
            return Optional.empty();
        }
        List<String> values = uri().parameters().get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /** Every value of query parameter {@code name}. */
    public List<String> queryAll(String name) {
        return hasQuery ? uri().parameters().getOrDefault(name, List.of()) : List.of();
    }

    public Optional<String> header(CharSequence name) {
        return Optional.ofNullable(request.headers().get(name));
    }

    /**
     * An option given as the query parameter {@code name} or as the header {@code X-HttpStatus-Name}
     * (underscores become dashes): {@code sleep_after_headers} or {@code X-HttpStatus-Sleep-After-Headers}.
     */
    public Optional<String> option(String name) {
        return query(name).or(() -> header(OPTION_HEADER_PREFIX + name.replace('_', '-')));
    }

    /** "http" or "https". */
    public String scheme() {
        return Protocols.scheme(ctx.channel());
    }

    /** "HTTP/2" or the request's HTTP/1.x version. */
    public String protocol() {
        return Protocols.isHttp2(ctx.channel())
                ? "HTTP/2"
                : request.protocolVersion().text();
    }

    /** The Host the client addressed (the :authority in HTTP/2), or the server's own address. */
    public String host() {
        String host = request.headers().get(HttpHeaderNames.HOST);
        return host == null || host.isBlank() ? config.host() + ":" + config.port() : host;
    }

    /** The language of texts in the answer: ?lang=, else the first of Accept-Language that we have. */
    public Locale language() {
        Optional<String> asked = query("lang").or(() -> header(HttpHeaderNames.ACCEPT_LANGUAGE));
        return asked.map(value ->
                        value.toLowerCase(Locale.ROOT).strip().startsWith("zh") ? Locale.CHINESE : Locale.ENGLISH)
                .orElse(Locale.ENGLISH);
    }

    /** Sends an interim 1xx response; the exchange goes on. */
    public void sendInterim(HttpResponse response) {
        Headers.common(this, response);
        ctx.writeAndFlush(response);
    }

    /** Sends the complete final response and ends the exchange. */
    public void send(FullHttpResponse response) {
        sendHead(response);
    }

    /**
     * Sends the final response's head, with the whole content when {@code response} is full; the rest
     * then follows through {@link #ctx()} and {@link #finish}.
     */
    public void sendHead(HttpResponse response) {
        Headers.finalResponse(this, response);
        boolean keepAlive = HttpUtil.isKeepAlive(request) || Protocols.isHttp2(ctx.channel());
        int bytes = response instanceof FullHttpResponse full ? full.content().readableBytes() : 0;
        answered = response.status().code();
        answeredBytes = bytes;
        var written = ctx.writeAndFlush(response);
        if (response instanceof FullHttpResponse) {
            // Recorded as the answer is handed over, so that it counts before the client can see it.
            finish(response.status().code(), bytes);
            if (!keepAlive && !Protocols.isHttp2(ctx.channel())) {
                written.addListener(ChannelFutureListener.CLOSE);
            }
        }
    }

    /**
     * Records the end of the exchange: the status sent (0 for none) and the bytes of content. The first
     * call counts; a connection closing after the answer was sent does not change it.
     */
    public void finish(int status, long bytes) {
        if (!finished) {
            finished = true;
            if (onClose != null) {
                ctx.channel().closeFuture().removeListener(onClose);
            }
            listener.completed(this, status, bytes, Duration.ofNanos(System.nanoTime() - startedNanos));
        }
    }

    /**
     * Runs {@code action} after {@code delay} as a delayed answer, if the server has room for one more; returns
     * false, running nothing, when it has not. The place is given back when the action runs or the connection
     * closes first.
     */
    public boolean delay(Duration delay, Runnable action) {
        if (!delays.tryTake()) {
            return false;
        }
        java.util.concurrent.atomic.AtomicBoolean held = new java.util.concurrent.atomic.AtomicBoolean(true);
        Runnable giveBack = () -> {
            if (held.compareAndSet(true, false)) {
                delays.giveBack();
            }
        };
        ctx.channel().closeFuture().addListener(closed -> giveBack.run());
        later(delay, () -> {
            giveBack.run();
            action.run();
        });
        return true;
    }

    /**
     * Runs {@code action} after {@code delay} as a delayed answer, or at once when the delay is zero; when the
     * server already holds as many delayed answers as it may, answers 503 with Retry-After instead.
     */
    public void after(Duration delay, Runnable action) {
        if (delay.isZero()) {
            action.run();
        } else if (!delay(delay, action)) {
            send(Responses.busy(
                    this, "the server is already holding as many delayed answers as it allows (see --max-delayed)"));
        }
    }

    /** Runs {@code action} on this connection's event loop after {@code delay}, unless it closes first. */
    public ScheduledFuture<?> later(Duration delay, Runnable action) {
        return ctx.executor()
                .schedule(
                        () -> {
                            if (ctx.channel().isActive()) {
                                action.run();
                            }
                        },
                        delay.toNanos(),
                        TimeUnit.NANOSECONDS);
    }
}
