package dev.httpstatus.server.transport;

import io.netty.channel.Channel;
import io.netty.channel.ChannelPipeline;
import io.netty.handler.codec.http2.Http2StreamChannel;
import io.netty.util.AttributeKey;

/** What a request arrived over: its scheme and HTTP version, known from the connection. */
public final class Protocols {
    private static final AttributeKey<String> SCHEME = AttributeKey.valueOf("httpstatus.scheme");

    private Protocols() {}

    static void markScheme(Channel connection, String scheme) {
        connection.attr(SCHEME).set(scheme);
    }

    /** "http" or "https", for the connection {@code channel} belongs to. */
    public static String scheme(Channel channel) {
        String scheme = connection(channel).attr(SCHEME).get();
        return scheme == null ? "http" : scheme;
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
