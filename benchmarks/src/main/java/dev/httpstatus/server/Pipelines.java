package dev.httpstatus.server;

import dev.httpstatus.server.config.ServerConfig;
import io.netty.channel.ChannelPipeline;

/**
 * The benchmarks' way into the server's pipeline, which is no part of its API: this class shares the server's
 * package (on the class path, where the benchmarks run) to reach its package-private seam.
 */
public final class Pipelines {
    private Pipelines() {}

    /** Adds the handlers of one cleartext HTTP/1.1 connection of a server with {@code config}, every route included. */
    public static void addHttp1(ServerConfig config, ChannelPipeline pipeline) {
        StatusServer.addHttp1Handlers(config, pipeline);
    }
}
