package dev.httpstatus.server.routing;

import dev.httpstatus.server.ServerConfig;
import dev.httpstatus.server.exchange.DelayBudget;
import dev.httpstatus.server.exchange.Exchange;
import dev.httpstatus.server.exchange.ExchangeListener;
import dev.httpstatus.server.exchange.Responses;
import dev.httpstatus.server.script.Journal;
import dev.httpstatus.server.script.Reply;
import dev.httpstatus.server.script.Scripts;
import dev.httpstatus.server.status.StatusEndpoint;
import dev.httpstatus.server.transport.LingeringClose;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.DecoderResult;
import io.netty.handler.codec.TooLongFrameException;
import io.netty.handler.codec.http.ContentLengthNotAllowedException;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import io.netty.handler.codec.http.TransferEncodingNotAllowedException;
import io.netty.util.internal.OutOfDirectMemoryError;
import java.io.IOException;
import java.util.Optional;

/**
 * Receives every complete request, whatever the protocol, and hands it to its endpoint. Requests the
 * decoder could not read are answered here (414, 431 or 400) and the connection closed; an endpoint that
 * fails gets a 500 without the stack trace.
 */
@ChannelHandler.Sharable
public final class RequestHandler extends SimpleChannelInboundHandler<FullHttpRequest> {
    private static final String SHORT_OF_MEMORY =
            "the server holds as many request bodies as its buffer memory allows; try again in a second";

    private final ServerConfig config;
    private final Router router;
    private final Endpoint notFound;
    private final ExchangeListener listener;
    private final Scripts scripts;
    private final Journal journal;
    private final DelayBudget delays;

    public RequestHandler(ServerConfig config, Router router, Endpoint notFound, ExchangeListener listener) {
        this(config, router, notFound, listener, new Scripts(), new Journal());
    }

    /**
     * @param scripts answers scripted for paths, which take precedence over the routes
     * @param journal where every request is recorded, by scope
     */
    public RequestHandler(
            ServerConfig config,
            Router router,
            Endpoint notFound,
            ExchangeListener listener,
            Scripts scripts,
            Journal journal) {
        this.config = config;
        this.router = router;
        this.notFound = notFound;
        this.listener = listener;
        this.scripts = scripts;
        this.journal = journal;
        this.delays = new DelayBudget(config.maxDelayed());
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest request) {
        Exchange exchange = new Exchange(ctx, request.retain(), config, listener, delays);
        try {
            DecoderResult decoded = request.decoderResult();
            if (decoded.isFailure()) {
                refuse(exchange, decoded.cause());
            } else {
                if (journal.isOn()) {
                    journal.record(exchange.scope(), Recording.of(exchange));
                }
                dispatch(exchange);
            }
            exchange.endsWithConnection();
        } catch (OutOfDirectMemoryError e) {
            // Bodies near the limit, many at once, can use up the memory set aside for buffers; the allocation
            // failed and nothing else did, so the client hears why and may try again.
            FullHttpResponse busy = Responses.busy(exchange, SHORT_OF_MEMORY);
            busy.headers().set(HttpHeaderNames.CONNECTION, "close");
            exchange.send(busy);
        } catch (RuntimeException e) {
            System.err.println("httpstatus: " + request.method() + " " + request.uri() + " failed: " + e);
            exchange.send(Responses.problem(
                    exchange,
                    HttpResponseStatus.INTERNAL_SERVER_ERROR,
                    "the server failed while answering; the failure is in its log"));
        } finally {
            request.release();
        }
    }

    private void dispatch(Exchange exchange) {
        if (exchange.request().protocolVersion().majorVersion() != 1
                && !exchange.protocol().equals("HTTP/2")) {
            exchange.send(Responses.problem(
                    exchange,
                    HttpResponseStatus.HTTP_VERSION_NOT_SUPPORTED,
                    exchange.request().protocolVersion() + " is not supported: speak HTTP/1.1, or HTTP/2 by upgrade, "
                            + "prior knowledge or ALPN"));
            return;
        }
        if (hasControlCharacters(exchange.request().uri())) {
            exchange.send(Responses.problem(
                    exchange,
                    HttpResponseStatus.BAD_REQUEST,
                    "the request target contains control characters; encode them, as %00 for instance"));
            return;
        }
        String hostProblem = HostHeader.problem(exchange);
        if (hostProblem != null) {
            exchange.send(Responses.problem(exchange, HttpResponseStatus.BAD_REQUEST, hostProblem));
            return;
        }
        if (!Methods.isKnown(exchange.method())) {
            FullHttpResponse response = Responses.problem(
                    exchange,
                    HttpResponseStatus.NOT_IMPLEMENTED,
                    "the method " + exchange.method() + " is not implemented by this server");
            response.headers().set(HttpHeaderNames.ALLOW, Methods.ALLOW);
            exchange.send(response);
            return;
        }
        if (Cors.isPreflight(exchange.request())) {
            Cors.answerPreflight(exchange);
            return;
        }
        Optional<Reply> scripted = scripts.next(exchange.scope(), exchange.path());
        if (scripted.isPresent()) {
            StatusEndpoint.answer(exchange, scripted.get());
        } else {
            router.route(exchange.path()).orElse(notFound).handle(exchange);
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

    private static void refuse(Exchange exchange, Throwable cause) {
        HttpResponseStatus status;
        String detail;
        if (cause instanceof TooLongHttpLineException) {
            status = HttpResponseStatus.REQUEST_URI_TOO_LONG;
            detail = "the request line is longer than " + exchange.config().maxRequestLine() + " bytes";
        } else if (cause instanceof TooLongHttpHeaderException) {
            status = HttpResponseStatus.REQUEST_HEADER_FIELDS_TOO_LARGE;
            detail = "the header section is larger than " + exchange.config().maxHeaderSize() + " bytes";
        } else if (cause instanceof ContentLengthNotAllowedException
                || cause instanceof TransferEncodingNotAllowedException) {
            // RFC 9112 §6.1: the framing is ambiguous, the classic request-smuggling shape; refuse and close.
            status = HttpResponseStatus.BAD_REQUEST;
            detail = "a request may not carry both Content-Length and Transfer-Encoding (RFC 9112 §6.1)";
        } else if (cause instanceof TooLongFrameException) {
            status = HttpResponseStatus.BAD_REQUEST;
            detail = "a part of the request is too long";
        } else {
            status = HttpResponseStatus.BAD_REQUEST;
            detail = "the request is not valid HTTP: " + cause.getMessage();
        }
        FullHttpResponse response = Responses.problem(exchange, status, detail);
        // The decoder discards the rest of the connection after a failure, so it ends with this answer.
        response.headers().set(HttpHeaderNames.CONNECTION, "close");
        exchange.send(response);
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        if (cause instanceof OutOfDirectMemoryError || cause.getCause() instanceof OutOfDirectMemoryError) {
            // Collecting a request's content failed for want of buffer memory: say so, then close, since the
            // rest of the content cannot be told from a next request.
            FullHttpResponse busy = Responses.of(
                    HttpResponseStatus.SERVICE_UNAVAILABLE,
                    "text/plain; charset=utf-8",
                    "503 Service Unavailable: " + SHORT_OF_MEMORY + "\n");
            busy.headers().set(HttpHeaderNames.RETRY_AFTER, "1");
            busy.headers().set(HttpHeaderNames.CONNECTION, "close");
            HttpUtil.setContentLength(busy, busy.content().readableBytes());
            LingeringClose.answer(ctx, busy);
            return;
        }
        // A client going away, mid-request or not, is ordinary; anything else is worth a line in the log.
        if (!(cause instanceof IOException)
                && !(cause instanceof io.netty.handler.codec.PrematureChannelClosureException)) {
            System.err.println("httpstatus: connection failed: " + cause);
        }
        ctx.close();
    }
}
