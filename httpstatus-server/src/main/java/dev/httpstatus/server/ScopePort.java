package dev.httpstatus.server;

import io.netty.channel.Channel;
import io.netty.channel.group.ChannelGroup;
import java.net.InetSocketAddress;
import java.net.URI;

/**
 * A port of the server that belongs to one scope ({@link StatusServer#openScope}): every request that arrives on
 * it is served in that scope, whatever its path, so its base URI is a plain origin that any client can join paths to.
 * Closing it stops listening, closes its connections and forgets the scope's scripts and journal.
 */
public final class ScopePort implements AutoCloseable {
    private final StatusServer server;
    private final String scope;
    private final Channel listener;
    private final ChannelGroup connections;
    private boolean closed;

    ScopePort(StatusServer server, String scope, Channel listener, ChannelGroup connections) {
        this.server = server;
        this.scope = scope;
        this.listener = listener;
        this.connections = connections;
    }

    /** The scope every request on this port belongs to. */
    public String scope() {
        return scope;
    }

    /** The port number. */
    public int port() {
        return ((InetSocketAddress) listener.localAddress()).getPort();
    }

    /** The origin of this port with a trailing slash, such as {@code http://127.0.0.1:41234/}. */
    public URI uri() {
        return server.uri(port());
    }

    /** The server this port belongs to. */
    public StatusServer server() {
        return server;
    }

    /** Stops listening, closes the connections accepted here and forgets the scope's scripts and requests. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        listener.close().syncUninterruptibly();
        connections.close(connection -> connection.parent() == listener).awaitUninterruptibly();
        server.scripts().clear(scope);
        server.journal().clear(scope);
    }

    @Override
    public String toString() {
        return "ScopePort[" + scope + " at " + uri() + "]";
    }
}
