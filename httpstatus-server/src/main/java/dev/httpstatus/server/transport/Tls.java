package dev.httpstatus.server.transport;

import dev.httpstatus.server.ServerConfig;
import io.netty.handler.codec.http2.Http2SecurityUtil;
import io.netty.handler.ssl.ApplicationProtocolConfig;
import io.netty.handler.ssl.ApplicationProtocolNames;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.SupportedCipherSuiteFilter;
import java.util.ArrayList;
import java.util.List;
import javax.net.ssl.SSLException;

/** The server's TLS context: the configured certificate, or a self-signed one made at start-up. */
public final class Tls {
    private Tls() {}

    /** A TLS context offering h2 and http/1.1 by ALPN (only http/1.1 when HTTP/2 is off). */
    public static SslContext context(ServerConfig config) {
        try {
            SslContextBuilder builder = config.certificate().isPresent()
                    ? SslContextBuilder.forServer(
                            config.certificate().get().toFile(),
                            config.privateKey().orElseThrow().toFile())
                    : selfSigned(config.host());
            List<String> protocols = new ArrayList<>();
            if (!config.http1Only()) {
                protocols.add(ApplicationProtocolNames.HTTP_2);
            }
            protocols.add(ApplicationProtocolNames.HTTP_1_1);
            return builder.ciphers(Http2SecurityUtil.CIPHERS, SupportedCipherSuiteFilter.INSTANCE)
                    .applicationProtocolConfig(new ApplicationProtocolConfig(
                            ApplicationProtocolConfig.Protocol.ALPN,
                            ApplicationProtocolConfig.SelectorFailureBehavior.NO_ADVERTISE,
                            ApplicationProtocolConfig.SelectedListenerFailureBehavior.ACCEPT,
                            protocols))
                    .build();
        } catch (SSLException | IllegalArgumentException e) {
            throw new IllegalStateException("cannot set up TLS: " + e.getMessage(), e);
        }
    }

    private static SslContextBuilder selfSigned(String host) {
        return SslContextBuilder.forServer(SelfSigned.forHost(host));
    }
}
