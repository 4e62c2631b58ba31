package dev.httpstatus.server.exchange;

import dev.httpstatus.Language;
import dev.httpstatus.server.config.ServerConfig;
import dev.httpstatus.server.script.Journal;
import dev.httpstatus.server.script.Reply;
import dev.httpstatus.server.script.Scripts;
import dev.httpstatus.server.transport.LingeringClose;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.DecoderResult;
import io.netty.handler.codec.PrematureChannelClosureException;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.util.internal.OutOfDirectMemoryError;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * Receives every complete request, whatever the protocol, checks what every request must get right, and hands
 * it to its scripted answer or its endpoint. Requests the decoder could not read are answered here (414, 431 or
 * 400) and the connection closed; a {@link Problem} an endpoint throws is answered; an endpoint that fails
 * otherwise gets a 500 without the stack trace.
 *
 * <p>The request's content belongs to this handler: it is released when {@link #channelRead0} returns, which is
 * why an endpoint that answers later copies or retains what it needs ({@link Endpoint}).
 */
@ChannelHandler.Sharable
public final class RequestHandler extends SimpleChannelInboundHandler<FullHttpRequest> {
    private final ServerConfig config;
    private final Router router;
    private final Endpoint notFound;
    private final ExchangeListener listener;
    private final Scripts scripts;
    private final BiConsumer<Exchange, Reply> scripted;
    private final Journal journal;
    private final DelayBudget delays;

    /** A handler without scripts, which records every request in a journal of its own. */
    public RequestHandler(ServerConfig config, Router router, Endpoint notFound, ExchangeListener listener) {
        this(config, router, notFound, listener, new Scripts(), (exchange, reply) -> {}, new Journal());
    }

    /**
     * @param scripts answers scripted for paths, which take precedence over the routes
     * @param scripted how a scripted reply is answered (as the status endpoint answers a code)
     * @param journal where every request is recorded, by scope
     */
    public RequestHandler(
            ServerConfig config,
            Router router,
            Endpoint notFound,
            ExchangeListener listener,
            Scripts scripts,
            BiConsumer<Exchange, Reply> scripted,
            Journal journal) {
        this.config = config;
        this.router = router;
        this.notFound = notFound;
        this.listener = listener;
        this.scripts = scripts;
        this.scripted = scripted;
        this.journal = journal;
        this.delays = new DelayBudget(config.maxDelayed());
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest request) {
        Exchange exchange = new Exchange(ctx, request, config, listener, delays);
        try {
            DecoderResult decoded = request.decoderResult();
            if (decoded.isFailure()) {
                refuse(exchange, decoded.cause());
            } else {
                if (journal.isOn()) {
                    journal.record(exchange.request().scope(), Recording.of(exchange.request()));
                }
                dispatch(exchange);
            }
            exchange.endsWithConnection();
        } catch (Problem problem) {
            exchange.answer(problem);
        } catch (OutOfDirectMemoryError e) {
            // Bodies near the limit, many at once, can use up the memory set aside for buffers; the allocation
            // failed and nothing else did, so the client hears why and may try again.
            exchange.answer(Problem.of(503, "busy.memory")
                    .header("Retry-After", "1")
                    .header(HttpHeaderNames.CONNECTION.toString(), "close"));
        } catch (RuntimeException e) {
            System.err.println("httpstatus: " + request.method() + " " + request.uri() + " failed: " + e);
            exchange.answer(Problem.of(500, "server.failed"));
        }
    }

    private void dispatch(Exchange exchange) {
        Request request = exchange.request();
        Framing.checkVersion(request);
        if (hasControlCharacters(request.sentTarget())) {
            throw Problem.badRequest("target.controlCharacters");
        }
        request.checkAbsoluteForm();
        if (request.isMalformed()) {
            throw Problem.badRequest("target.badEscape");
        }
        HostHeader.check(request);
        Framing.checkCodings(request);
        if (request.method().equals(HttpMethod.CONNECT)) {
            // Proxies tunnel with CONNECT; this server answers a proxied request only in absolute form.
            throw Problem.of(501, "method.connect").header("Allow", Methods.ALLOW);
        }
        if (!Methods.isKnown(request.method())) {
            throw Problem.of(501, "method.unknown", request.method()).header("Allow", Methods.ALLOW);
        }
        if (Cors.isOptions(request)) {
            Cors.answerOptions(exchange);
            return;
        }
        Optional<Reply> reply = scripts.next(request.scope(), request.path());
        if (reply.isPresent()) {
            scripted.accept(exchange, reply.get());
            return;
        }
        Endpoint endpoint = router.route(request.path()).orElse(notFound);
        if (endpoint instanceof Endpoint.WithoutOptions) {
            exchange.useOptions(Options.NONE);
        }
        // Read before the endpoint runs, so that a malformed option is a 400 at once, whatever the endpoint.
        Optional<Duration> sleep = exchange.options().sleep();
        if (sleep.isPresent()) {
            exchange.handleAfter(sleep.get(), endpoint);
        } else {
            endpoint.handle(exchange);
        }
    }

    /** RFC 9112 §3.2: a request target is printable ASCII; a control character in it is an error. */
    private static boolean hasControlCharacters(String target) {
        for (int i = 0; i < target.length(); i++) {
            char c = target.charAt(i);
            if (c < 0x21 || c == 0x7f) {
                return true;
            }
        }
        return false;
    }

    /** Answers a request the decoder could not read; the decoder discards the rest of the connection, so it closes. */
    private static void refuse(Exchange exchange, Throwable cause) {
        exchange.answer(Framing.unreadable(exchange.config(), exchange.request().headers(), cause)
                .header(HttpHeaderNames.CONNECTION.toString(), "close"));
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        if (cause instanceof OutOfDirectMemoryError || cause.getCause() instanceof OutOfDirectMemoryError) {
            // Collecting a request's content failed for want of buffer memory: say so, then close, since the
            // rest of the content cannot be told from a next request. There is no request to speak its language.
            FullHttpResponse busy = Responses.of(
                    HttpResponseStatus.SERVICE_UNAVAILABLE,
                    MediaType.TEXT.contentType(),
                    "503 Service Unavailable: " + ProblemTexts.format(Language.EN, "busy.memory") + "\n503 服务不可用："
                            + ProblemTexts.format(Language.ZH, "busy.memory") + "\n");
            busy.headers().set(HttpHeaderNames.RETRY_AFTER, "1");
            busy.headers().set(HttpHeaderNames.CONNECTION, "close");
            HttpUtil.setContentLength(busy, busy.content().readableBytes());
            LingeringClose.answer(ctx, busy);
            return;
        }
        // A client going away, mid-request or not, is ordinary; anything else is worth a line in the log.
        if (!(cause instanceof IOException) && !(cause instanceof PrematureChannelClosureException)) {
            System.err.println("httpstatus: connection failed: " + cause);
        }
        ctx.close();
    }
}
