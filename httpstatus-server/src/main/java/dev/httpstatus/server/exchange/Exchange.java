package dev.httpstatus.server.exchange;

import dev.httpstatus.server.config.ServerConfig;
import dev.httpstatus.server.state.StateUnavailable;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelOption;
import io.netty.handler.codec.http.DefaultHttpResponse;
import io.netty.handler.codec.http.DefaultLastHttpContent;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.util.concurrent.Future;
import io.netty.util.concurrent.GenericFutureListener;
import java.time.Duration;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * One request and the way back to its client. An endpoint reads the {@link #request()} and ends the exchange
 * once, in one of three ways: it answers now ({@link #answer}), later ({@link #answerAfter}), or in parts
 * ({@link #stream}); or, on purpose, with no answer ({@link #closeConnection}, {@link #resetConnection}). The
 * exchange adds what every response carries (Date, Server, CORS, the Content-Length rules, HEAD) and reports
 * itself to the access log and metrics when it ends.
 */
public final class Exchange {
    /** nginx's 499 Client Closed Request: the client closed the connection before the answer began. */
    private static final int CLIENT_CLOSED_REQUEST = 499;

    private final ChannelHandlerContext ctx;
    private final Request request;
    private final ServerConfig config;
    private final ExchangeListener listener;
    private final DelayBudget delays;
    private final long startedNanos = System.nanoTime();
    private Options options;
    private GenericFutureListener<Future<? super Void>> onClose;
    private boolean finished;
    private int answered;
    private int interims;
    private long answeredBytes;
    private Optional<String> newCookie = Optional.empty();

    /** Starts an exchange; see {@link #endsWithConnection} for one not answered at once. */
    Exchange(
            ChannelHandlerContext ctx,
            FullHttpRequest request,
            ServerConfig config,
            ExchangeListener listener,
            DelayBudget delays) {
        this.ctx = ctx;
        this.request = new Request(request, ctx.channel(), config);
        this.config = config;
        this.listener = listener;
        this.delays = delays;
        listener.started(this);
    }

    /** What the client asked. */
    public Request request() {
        return request;
    }

    /** The configuration of the server: its limits. */
    public ServerConfig config() {
        return config;
    }

    /**
     * How the request asks its answer to be shaped ({@link Options}): read once, from the query and the
     * X-HttpStatus-* headers, unless a scripted reply gave its own.
     *
     * @throws Problem 400 when an option is malformed; asked again, the answer is then shaped by none
     */
    public Options options() {
        if (options == null) {
            options = Options.NONE;
            options = Options.of(request, config.maxSleep());
        }
        return options;
    }

    /** Shapes the answer by {@code replacing} instead of the request's options: a scripted reply's own. */
    public void useOptions(Options replacing) {
        options = replacing;
    }

    /**
     * Answers with {@code response}, complete, and ends the exchange, shaped by the {@link #options()}: their
     * headers set, their fault or pause applied. May be called from any thread: the answer is written on the
     * connection's event loop.
     */
    public void answer(FullHttpResponse response) {
        if (!ctx.executor().inEventLoop()) {
            ctx.executor().execute(() -> answer(response));
            return;
        }
        Options shaping = shaping();
        if (shaping.isNone()) {
            send(response);
            return;
        }
        addHeaders(shaping, response);
        if (shaping.fault().isPresent()) {
            Faults.apply(this, response, shaping.fault().get());
        } else if (shaping.sleepAfterHeaders().isPresent()) {
            Faults.pauseAfterHead(this, response, shaping.sleepAfterHeaders().get());
        } else {
            send(response);
        }
    }

    /** The options to shape an answer by; none when they are what was malformed, so that the 400 still goes out. */
    private Options shaping() {
        try {
            return options();
        } catch (Problem malformed) {
            return Options.NONE;
        }
    }

    /** Sets the headers the options name: one of a name replaces the answer's own, repeats are added. */
    private static void addHeaders(Options shaping, HttpResponse response) {
        Set<String> replaced = new HashSet<>();
        for (Map.Entry<String, String> header : shaping.headers()) {
            if (replaced.add(header.getKey().toLowerCase(Locale.ROOT))) {
                response.headers().set(header.getKey(), header.getValue());
            } else {
                response.headers().add(header.getKey(), header.getValue());
            }
        }
    }

    /** Writes the complete answer as it is and ends the exchange. */
    void send(FullHttpResponse response) {
        Headers.finalResponse(this, response);
        int bytes = response.content().readableBytes();
        answered = response.status().code();
        answeredBytes = bytes;
        var written = ctx.writeAndFlush(response);
        // Recorded as the answer is handed over, so that it counts before the client can see it.
        finish(response.status().code(), bytes);
        if (!HttpUtil.isKeepAlive(request.netty()) && !request.isHttp2()) {
            written.addListener(ChannelFutureListener.CLOSE);
        }
    }

    /**
     * Answers with {@code problem} explained in the client's language and format ({@link Problem}), shaped by the
     * options as any answer is, except a 400: the request was malformed (its options, perhaps), and a fault or a
     * pause would hide why.
     */
    public void answer(Problem problem) {
        FullHttpResponse explained = Problems.response(request, problem);
        if (problem.status() != 400) {
            answer(explained);
        } else if (ctx.executor().inEventLoop()) {
            send(explained);
        } else {
            ctx.executor().execute(() -> send(explained));
        }
    }

    /**
     * Runs {@code then} with what {@code state} completes with, on the connection's event loop, answering the
     * {@link Problem} it throws; when the stage fails, answers 503 with Retry-After if the state store cannot be
     * reached ({@link StateUnavailable}), else 500. For an endpoint that waits on the state it keeps.
     */
    public <T> void answerWhen(CompletionStage<T> state, Consumer<T> then) {
        state.whenComplete((value, failure) -> {
            if (ctx.executor().inEventLoop()) {
                answerWith(value, failure, then);
            } else {
                ctx.executor().execute(() -> answerWith(value, failure, then));
            }
        });
    }

    private <T> void answerWith(T value, Throwable failure, Consumer<T> then) {
        Throwable cause =
                failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        if (cause == null) {
            answerOrExplain(() -> then.accept(value));
        } else if (cause instanceof Problem problem) {
            answer(problem);
        } else if (cause instanceof StateUnavailable) {
            answer(Problem.of(503, "state.unreachable").header("Retry-After", "1"));
        } else {
            System.err.println("httpstatus: " + request.method() + " " + request.target() + " failed: " + cause);
            answer(Problem.of(500, "server.failed"));
        }
    }

    /** Sets {@code setCookie} on the answer, whatever it is: the cookie that names the client ({@link ClientKey}). */
    void setCookie(String setCookie) {
        newCookie = Optional.of(setCookie);
    }

    /** The Set-Cookie of {@link #setCookie}, if one was set. */
    Optional<String> newCookie() {
        return newCookie;
    }

    /** Sends an interim 1xx response; the exchange goes on. */
    public void answerInterim(HttpResponse response) {
        Headers.common(this, response);
        interims++;
        ctx.writeAndFlush(response);
    }

    /** How many interim 1xx responses went out before the final one. */
    int interimsSent() {
        return interims;
    }

    /**
     * Sends the head of {@code response} with a Content-Length of {@code content}, then the content, whatever the
     * status allows, and ends the exchange: the fault of a server that writes content where the status forbids it.
     * In HTTP/1.1 the content goes past Netty's codec, which drops content after a 204, 205 or 304 head and takes
     * away its length ({@link KeptLength}); in HTTP/2 it is a DATA frame, a malformed response (RFC 9113 §8.1.1).
     */
    void sendForbiddenContent(FullHttpResponse response, byte[] content) {
        Headers.finalResponse(this, response);
        HttpHeaders headers = new KeptLength();
        headers.set(response.headers());
        response.release();
        headers.set(HttpHeaderNames.CONTENT_LENGTH, content.length);
        headers.set(HttpHeaderNames.CONTENT_TYPE, MediaType.TEXT.contentType());
        answered = response.status().code();
        answeredBytes = content.length;
        ctx.write(new DefaultHttpResponse(response.protocolVersion(), response.status(), headers));
        ByteBuf bytes = Unpooled.wrappedBuffer(content);
        ChannelHandlerContext codec = ctx.pipeline().context(HttpServerCodec.class);
        if (request.isHttp2() || codec == null) {
            ctx.writeAndFlush(new DefaultLastHttpContent(bytes));
        } else {
            codec.write(bytes);
            ctx.writeAndFlush(LastHttpContent.EMPTY_LAST_CONTENT);
        }
        finish(answered, content.length);
    }

    /**
     * Runs {@code answer} after {@code delay}, or at once when the delay is zero, on the connection's event loop;
     * nothing runs if the connection closes first. A {@link Problem} it throws is answered. When the server already
     * holds as many delayed answers as it may, answers 503 with Retry-After instead.
     */
    public void answerAfter(Duration delay, Runnable answer) {
        if (delay.isZero()) {
            // At once, most often: within the endpoint's handle, where the dispatcher answers a Problem.
            answer.run();
        } else if (!delay(delay, () -> answerOrExplain(answer))) {
            answer(Problem.of(503, "busy.delayed").header("Retry-After", "1"));
        }
    }

    /**
     * Hands the exchange to {@code endpoint} after {@code delay} (the request's {@code sleep}), holding the request's
     * content meanwhile: the dispatcher's hold on it ends when it returns.
     */
    void handleAfter(Duration delay, Endpoint endpoint) {
        FullHttpRequest held = request.netty().retain();
        boolean waiting = delay(
                delay,
                () -> {
                    try {
                        answerOrExplain(() -> endpoint.handle(this));
                    } finally {
                        held.release();
                    }
                },
                held::release);
        if (!waiting) {
            held.release();
            answer(Problem.of(503, "busy.delayed").header("Retry-After", "1"));
        }
    }

    /**
     * Runs a delayed answer, answering the Problem it throws as the dispatcher does for one given at once, and any
     * other failure as a 500.
     */
    private void answerOrExplain(Runnable answer) {
        try {
            answer.run();
        } catch (Problem problem) {
            answer(problem);
        } catch (RuntimeException e) {
            System.err.println("httpstatus: " + request.method() + " " + request.target() + " failed: " + e);
            answer(Problem.of(500, "server.failed"));
        }
    }

    /**
     * Runs {@code action} after {@code delay} if the server has room for one more delayed answer; false, running
     * nothing, when it has not. The place is given back when the action runs or the connection closes first.
     */
    private boolean delay(Duration delay, Runnable action) {
        return delay(delay, action, () -> {});
    }

    /** The same, with {@code dropped} run when the connection closes before the action could run. */
    private boolean delay(Duration delay, Runnable action, Runnable dropped) {
        if (!delays.tryTake()) {
            return false;
        }
        AtomicBoolean held = new AtomicBoolean(true);
        Runnable giveBack = () -> {
            if (held.compareAndSet(true, false)) {
                delays.giveBack();
            }
        };
        // The listener holds this exchange, its request and its query: it must leave with the delay, or a
        // keep-alive connection gathers one per delayed request until it closes (1.1 KB each, measured).
        GenericFutureListener<Future<? super Void>> closed = future -> {
            giveBack.run();
            dropped.run();
        };
        ctx.channel().closeFuture().addListener(closed);
        later(delay, () -> {
            ctx.channel().closeFuture().removeListener(closed);
            giveBack.run();
            action.run();
        });
        return true;
    }

    /**
     * Sends the head of {@code response} now and returns what writes its content in parts, as the endpoint
     * decides; the exchange ends with {@link Streaming#end} or {@link Streaming#abort}.
     */
    public Streaming stream(FullHttpResponse response) {
        Options shaping = shaping();
        addHeaders(shaping, response);
        if (shaping.fault().isPresent()) {
            // The fault takes the whole answer; what the endpoint writes after it goes nowhere.
            Faults.apply(this, response.retainedDuplicate(), shaping.fault().get());
            return Streaming.over(this, response);
        }
        Streaming streaming = startStream(response);
        shaping.sleepAfterHeaders().ifPresent(streaming::pauseFirst);
        return streaming;
    }

    /** Sends the head of {@code response} as it is and returns what writes its content. */
    Streaming startStream(FullHttpResponse response) {
        Headers.finalResponse(this, response);
        answered = response.status().code();
        ctx.writeAndFlush(new DefaultHttpResponse(response.protocolVersion(), response.status(), response.headers()));
        return new Streaming(this, response);
    }

    /** Ends the exchange without an answer: the connection (the stream, in HTTP/2) is closed. */
    public void closeConnection() {
        finish(0, 0);
        ctx.channel().close();
    }

    /** Ends the exchange without an answer by resetting the connection (TCP RST), or the stream in HTTP/2. */
    public void resetConnection() {
        finish(0, 0);
        if (!request.isHttp2()) {
            ctx.channel().config().setOption(ChannelOption.SO_LINGER, 0);
        }
        ctx.channel().close();
    }

    /**
     * The connection itself, for the one endpoint that takes it over (a WebSocket handshake switches its
     * protocol); it reports the end with {@link #answeredOnChannel}. Any other endpoint answers through the
     * methods above.
     */
    public Channel channel() {
        return ctx.channel();
    }

    /** Ends an exchange whose answer, {@code status}, was written on the {@link #channel()} directly. */
    public void answeredOnChannel(int status) {
        finish(status, 0);
    }

    /** A buffer from the connection's allocator, for content written in place; the answer that carries it frees it. */
    public ByteBuf buffer(int capacity) {
        return ctx.alloc().buffer(capacity);
    }

    /** Runs {@code action} on this connection's event loop after {@code delay}, unless it closes first. */
    void later(Duration delay, Runnable action) {
        ctx.executor()
                .schedule(
                        () -> {
                            if (ctx.channel().isActive()) {
                                action.run();
                            }
                        },
                        delay.toNanos(),
                        TimeUnit.NANOSECONDS);
    }

    /** Writes a part of a streamed answer. */
    ChannelFuture write(Object part) {
        return ctx.writeAndFlush(part);
    }

    /**
     * Makes an exchange still unanswered end when its connection closes, with no answer. Called once the endpoint
     * has returned, and only for exchanges it left open (delayed, streamed or proxied ones): most are answered at
     * once, and watching the connection of each cost a listener added and removed per request.
     */
    void endsWithConnection() {
        if (!finished && onClose == null) {
            // Closed before any answer: the client went away, which nginx logs as 499 and so do we.
            onClose = closed -> finish(answered == 0 ? CLIENT_CLOSED_REQUEST : answered, answeredBytes);
            ctx.channel().closeFuture().addListener(onClose);
        }
    }

    /**
     * Records the end of the exchange: the status sent (0 for none) and the bytes of content. The first call
     * counts; a connection closing after the answer was sent does not change it.
     */
    void finish(int status, long bytes) {
        if (!finished) {
            finished = true;
            if (onClose != null) {
                ctx.channel().closeFuture().removeListener(onClose);
            }
            listener.completed(this, status, bytes, Duration.ofNanos(System.nanoTime() - startedNanos));
        }
    }
}
