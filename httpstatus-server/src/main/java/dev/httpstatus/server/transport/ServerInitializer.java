package dev.httpstatus.server.transport;

import dev.httpstatus.server.config.ServerConfig;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.handler.codec.http.HttpMessage;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.HttpServerUpgradeHandler;
import io.netty.handler.codec.http2.CleartextHttp2ServerUpgradeHandler;
import io.netty.handler.codec.http2.Http2CodecUtil;
import io.netty.handler.codec.http2.Http2FrameCodec;
import io.netty.handler.codec.http2.Http2MultiplexHandler;
import io.netty.handler.codec.http2.Http2ServerUpgradeCodec;
import io.netty.handler.codec.http2.Http2Settings;
import io.netty.handler.codec.http2.Http2StreamFrameToHttpObjectCodec;
import io.netty.handler.ssl.ApplicationProtocolNames;
import io.netty.handler.ssl.ApplicationProtocolNegotiationHandler;
import io.netty.handler.ssl.SslContext;
import io.netty.util.AsciiString;
import io.netty.util.ReferenceCountUtil;
import java.util.Optional;

/**
 * Builds each connection's pipeline and nothing else: TLS with ALPN, or cleartext HTTP/1.1 that upgrades
 * to h2c or starts as HTTP/2 with prior knowledge; then one shared handler for the requests of every
 * protocol.
 */
public final class ServerInitializer extends ChannelInitializer<SocketChannel> {
    private final ServerConfig config;
    private final Optional<SslContext> ssl;
    private final ChannelHandler requests;
    private final ChannelGroup connections;
    private final BodyBudget bodies = BodyBudget.ofBufferMemory();
    private final ConnectionErrors connectionErrors;

    /**
     * @param requests the handler every request reaches as a {@code FullHttpRequest}; it must be
     *     sharable
     * @param connections where open connections are kept, so that a shutdown can close them
     */
    public ServerInitializer(
            ServerConfig config, Optional<SslContext> ssl, ChannelHandler requests, ChannelGroup connections) {
        this.config = config;
        this.ssl = ssl;
        this.requests = requests;
        this.connections = connections;
        this.connectionErrors = new ConnectionErrors(!config.accessLog());
    }

    @Override
    protected void initChannel(SocketChannel channel) {
        if (connections.size() >= config.maxConnections()) {
            // Over the limit the connection is closed at once: cheaper than any answer, and a flood gains nothing.
            channel.close();
            return;
        }
        connections.add(channel);
        ChannelPipeline pipeline = channel.pipeline();
        Protocols.markScheme(channel, ssl.isPresent() ? "https" : "http");
        if (ssl.isPresent()) {
            pipeline.addLast(new PlainHttpOnTlsPort(), ssl.get().newHandler(channel.alloc()), new Alpn());
        } else if (config.http1Only()) {
            addHttp1(pipeline, codec());
        } else {
            addCleartext(pipeline);
        }
    }

    private HttpServerCodec codec() {
        return new HttpServerCodec(config.maxRequestLine(), config.maxHeaderSize(), 8192);
    }

    /** Adds the HTTP/1.1 handlers to {@code pipeline}, as a plain connection has them: for tests of the pipeline. */
    public void addHttp1To(ChannelPipeline pipeline) {
        addHttp1(pipeline, codec());
    }

    private void addHttp1(ChannelPipeline pipeline, HttpServerCodec codec) {
        HeadTimeout timeout = timeouts();
        pipeline.addLast(timeout.bytes(), codec, timeout.messages());
        addHttp1Handlers(pipeline);
    }

    private HeadTimeout timeouts() {
        return new HeadTimeout(config.headTimeout(), config.idleTimeout());
    }

    private void addHttp1Handlers(ChannelPipeline pipeline) {
        pipeline.addLast(
                new KeepAlive(),
                new BodilessRequests(),
                new LimitedAggregator(config.maxBody(), bodies),
                new PipeliningHandler(),
                requests);
    }

    private void addCleartext(ChannelPipeline pipeline) {
        HeadTimeout timeout = timeouts();
        pipeline.addLast(timeout.bytes());
        HttpServerCodec codec = codec();
        HttpServerUpgradeHandler upgrade = new HttpServerUpgradeHandler(
                codec,
                protocol -> AsciiString.contentEquals(Http2CodecUtil.HTTP_UPGRADE_PROTOCOL_NAME, protocol)
                        ? new Http2ServerUpgradeCodec(
                                http2Codec(), new AwaitClientPreface(), http2Streams(), connectionErrors)
                        : null,
                // An upgrade request may carry content (a POST offering h2c); it is held up to the body limit.
                config.maxBody());
        pipeline.addLast(new CleartextHttp2ServerUpgradeHandler(codec, upgrade, new ChannelInitializer<>() {
            @Override
            protected void initChannel(Channel channel) {
                channel.pipeline().addLast(http2Codec(), http2Streams(), connectionErrors);
            }
        }));
        pipeline.addLast(new Http1Fallback(timeout));
    }

    private Http2FrameCodec http2Codec() {
        return Http2Codec.forServer(Http2Settings.defaultSettings()
                .maxHeaderListSize(config.maxHeaderSize())
                .maxConcurrentStreams(1000));
    }

    private ChannelHandler http2Streams() {
        return new Http2MultiplexHandler(new ChannelInitializer<>() {
            @Override
            protected void initChannel(Channel stream) {
                stream.pipeline()
                        .addLast(
                                new StreamResets(),
                                new Http2StreamFrameToHttpObjectCodec(true),
                                new LimitedAggregator(config.maxBody(), bodies),
                                requests);
            }
        });
    }

    /**
     * Once a cleartext connection turns out to be HTTP/1.1 without an upgrade, adds the HTTP/1.1 handlers and
     * takes the upgrade handler out: clients offer h2c on their first request, and checking every later
     * request for an offer, by a handler that is an aggregator too, was a few per cent of the work of a
     * request. A later offer is then ignored, as RFC 9110 §7.8 allows.
     */
    private final class Http1Fallback extends SimpleChannelInboundHandler<HttpMessage> {
        private final HeadTimeout timeout;
        private ByteBuf early;

        Http1Fallback(HeadTimeout timeout) {
            this.timeout = timeout;
        }

        @Override
        protected void channelRead0(ChannelHandlerContext ctx, HttpMessage message) {
            ChannelPipeline pipeline = ctx.pipeline();
            pipeline.addLast(timeout.messages());
            addHttp1Handlers(pipeline);
            pipeline.remove(this);
            if (pipeline.get(HttpServerUpgradeHandler.class) != null) {
                pipeline.remove(HttpServerUpgradeHandler.class);
            }
            ctx.fireChannelRead(ReferenceCountUtil.retain(message));
        }

        /**
         * Bytes that came in the same read as an h2c upgrade request: the client's preface, sent before it read the
         * 101. The HTTP/1.1 codec lets them go when it is taken out, before the HTTP/2 codec is in place, so they
         * arrive here; they are handed to the HTTP/2 codec once it is. With prior knowledge the HTTP/2 codec stands
         * behind this handler, and the bytes pass.
         */
        @Override
        public void channelRead(ChannelHandlerContext ctx, Object message) throws Exception {
            if (message instanceof ByteBuf bytes && ctx.pipeline().get(Http2FrameCodec.class) == null) {
                early = early == null ? bytes : Unpooled.wrappedBuffer(early, bytes);
                return;
            }
            super.channelRead(ctx, message);
        }

        /**
         * A connection that turned into HTTP/2 leaves the HTTP/1.1 time limits behind, and this handler too, once it
         * has handed over the bytes it held.
         */
        @Override
        public void userEventTriggered(ChannelHandlerContext ctx, Object event) throws Exception {
            boolean http2 = event instanceof CleartextHttp2ServerUpgradeHandler.PriorKnowledgeUpgradeEvent
                    || event instanceof HttpServerUpgradeHandler.UpgradeEvent;
            if (http2) {
                timeout.stop();
            }
            super.userEventTriggered(ctx, event);
            if (http2) {
                ByteBuf preface = early;
                early = null;
                ctx.pipeline().remove(this);
                if (preface != null) {
                    ctx.pipeline().fireChannelRead(preface);
                }
            }
        }

        @Override
        public void handlerRemoved(ChannelHandlerContext ctx) {
            ReferenceCountUtil.release(early);
            early = null;
        }
    }

    /** After the TLS handshake, HTTP/2 or HTTP/1.1 as ALPN agreed. */
    private final class Alpn extends ApplicationProtocolNegotiationHandler {
        Alpn() {
            super(ApplicationProtocolNames.HTTP_1_1);
        }

        @Override
        protected void configurePipeline(ChannelHandlerContext ctx, String protocol) {
            if (ApplicationProtocolNames.HTTP_2.equals(protocol)) {
                ctx.pipeline().addLast(http2Codec(), http2Streams(), connectionErrors);
            } else {
                addHttp1(ctx.pipeline(), codec());
            }
        }

        /**
         * A failed handshake (a client speaking plain HTTP to the TLS port, or trusting another certificate) or a
         * connection lost before it is one line at most, not the stack trace Netty would print.
         */
        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            connectionErrors.report(ctx, cause);
            ctx.close();
        }
    }
}
