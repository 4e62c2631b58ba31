package dev.httpstatus.server.transport;

import dev.httpstatus.server.config.ServerConfig;
import io.netty.handler.codec.http2.Http2SecurityUtil;
import io.netty.handler.ssl.ApplicationProtocolConfig;
import io.netty.handler.ssl.ApplicationProtocolNames;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.SupportedCipherSuiteFilter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509KeyManager;
import javax.net.ssl.X509TrustManager;

/**
 * The server's TLS: the context it serves with (the configured certificate, or a self-signed one made at start-up),
 * and a client context that trusts exactly that certificate and no other, for the server calling itself ("Try it").
 */
public final class Tls {
    private final SslContext server;
    private final SSLContext self;

    private Tls(SslContext server, SSLContext self) {
        this.server = server;
        this.self = self;
    }

    /**
     * The TLS of a server with {@code config}, offering h2 and http/1.1 by ALPN (only http/1.1 when HTTP/2 is off).
     *
     * @throws IllegalStateException saying why, when the certificate cannot be read or made
     */
    public static Tls of(ServerConfig config) {
        try {
            X509Certificate certificate;
            SslContextBuilder builder;
            if (config.certificate().isPresent()) {
                certificate = firstOf(config.certificate().get());
                builder = SslContextBuilder.forServer(
                        config.certificate().get().toFile(),
                        config.privateKey().orElseThrow().toFile());
            } else {
                KeyManagerFactory keys = SelfSigned.forHost(config.host());
                certificate = ((X509KeyManager) keys.getKeyManagers()[0]).getCertificateChain(SelfSigned.ALIAS)[0];
                builder = SslContextBuilder.forServer(keys);
            }
            return new Tls(withAlpn(builder, config).build(), trusting(certificate));
        } catch (IOException | GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("cannot set up TLS: " + e.getMessage(), e);
        }
    }

    private static SslContextBuilder withAlpn(SslContextBuilder builder, ServerConfig config) {
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
                        protocols));
    }

    /** The first certificate of a PEM chain: the server's own. */
    private static X509Certificate firstOf(Path chain) throws IOException, CertificateException {
        try (InputStream in = Files.newInputStream(chain)) {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        }
    }

    /** A client context that accepts a server only when it presents {@code certificate} itself. */
    private static SSLContext trusting(X509Certificate certificate) throws GeneralSecurityException {
        TrustManager exactly = new X509TrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
                throw new CertificateException("this context trusts servers only");
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
                if (chain.length == 0 || !chain[0].equals(certificate)) {
                    throw new CertificateException("not this server's own certificate");
                }
            }

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[] {certificate};
            }
        };
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, new TrustManager[] {exactly}, new SecureRandom());
        return context;
    }

    /** The context the server serves with. */
    public SslContext server() {
        return server;
    }

    /** A client context trusting exactly this server's certificate. */
    public SSLContext self() {
        return self;
    }
}
