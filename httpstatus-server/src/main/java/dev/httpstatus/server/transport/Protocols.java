package dev.httpstatus.server.transport;

import io.netty.channel.Channel;
import io.netty.channel.ChannelPipeline;
import io.netty.handler.codec.http2.Http2StreamChannel;
import io.netty.util.AttributeKey;
import java.util.Optional;

/** What a request arrived over: its scheme, its HTTP version and its port's scope, known from the connection. */
public final class Protocols {
    private static final AttributeKey<String> SCHEME = AttributeKey.valueOf("httpstatus.scheme");

    /**
     * The scope of every request on a connection accepted by a port of a scope's own: set on the connections of that
     * listener ({@code ServerBootstrap.childAttr}).
     */
    public static final AttributeKey<String> PORT_SCOPE = AttributeKey.valueOf("httpstatus.portScope");

    private Protocols() {}

    static void markScheme(Channel connection, String scheme) {
        connection.attr(SCHEME).set(scheme);
    }

    /** "http" or "https", for the connection {@code channel} belongs to. */
    public static String scheme(Channel channel) {
        String scheme = connection(channel).attr(SCHEME).get();
        return scheme == null ? "http" : scheme;
    }

    /** The scope of the port the connection of {@code channel} came in on, when that port has one. */
    public static Optional<String> portScope(Channel channel) {
        return Optional.ofNullable(connection(channel).attr(PORT_SCOPE).get());
    }

    /**
     * Takes out of a connection that has left HTTP/1.1 (for a WebSocket, say) the handlers that only make
     * sense for HTTP/1.1 exchanges: keep-alive and pipelining.
     */
    public static void leftHttp1(ChannelPipeline pipeline) {
        if (pipeline.get(KeepAlive.class) != null) {
            pipeline.remove(KeepAlive.class);
        }
        if (pipeline.get(PipeliningHandler.class) != null) {
            pipeline.remove(PipeliningHandler.class);
        }
    }

    /** Whether {@code channel} is an HTTP/2 stream. */
    public static boolean isHttp2(Channel channel) {
        return channel instanceof Http2StreamChannel;
    }

    /** The TCP connection: the channel itself, or the parent of an HTTP/2 stream. */
    public static Channel connection(Channel channel) {
        return isHttp2(channel) ? channel.parent() : channel;
    }
}
