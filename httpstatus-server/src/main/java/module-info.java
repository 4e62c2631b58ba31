/**
 * The status server: {@link dev.httpstatus.server.StatusServer} started with a {@link
 * dev.httpstatus.server.config.ServerConfig}, and the scripted answers and request journal of {@code
 * dev.httpstatus.server.script}, which tests in the same process use. Everything else (the transport, the exchange
 * of one request, and each feature's endpoints) is internal; docs/architecture.md draws it.
 */
module dev.httpstatus.server {
    requires transitive dev.httpstatus;
    requires com.aayushatharva.brotli4j;
    requires com.fasterxml.jackson.databind;
    requires gg.jte.runtime;
    requires io.netty.buffer;
    requires io.netty.codec;
    requires io.netty.codec.http;
    requires io.netty.codec.http2;
    requires io.netty.codec.redis;
    requires io.netty.common;
    requires io.netty.handler;
    requires io.netty.transport;
    requires io.netty.transport.classes.epoll;
    requires io.prometheus.metrics.core;
    requires io.prometheus.metrics.model;
    requires io.prometheus.writer.text;
    requires java.desktop; // ImageIO, for the PNG and JPEG of /image
    requires java.net.http;
    // The templates compiled at build time carry @Generated, an annotation only the compiler reads.
    requires static java.compiler;

    exports dev.httpstatus.server;
    exports dev.httpstatus.server.config;
    exports dev.httpstatus.server.script;

    // The template engine loads the pages compiled at build time by reflection.
    opens gg.jte.generated.precompiled to
            gg.jte.runtime;
}
