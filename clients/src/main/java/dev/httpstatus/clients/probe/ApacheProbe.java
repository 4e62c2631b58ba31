package dev.httpstatus.clients.probe;

import java.net.URI;
import java.util.Map;
import org.apache.hc.client5.http.auth.AuthScope;
import org.apache.hc.client5.http.auth.UsernamePasswordCredentials;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.impl.auth.BasicCredentialsProvider;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.HttpVersion;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.util.VersionInfo;

/** Apache HttpClient 5, the classic (blocking) client as {@code HttpClients.createDefault()} builds it. */
public final class ApacheProbe {
    private ApacheProbe() {}

    /**
     * The option {@code proxy=http://[user:password@]host:port} as an Apache user sets it: {@code setProxy(HttpHost)},
     * and the credentials in a {@code CredentialsProvider} for the proxy's host and port.
     */
    private static CloseableHttpClient proxied(String option) {
        URI uri = URI.create(option);
        HttpHost proxy = new HttpHost(uri.getScheme(), uri.getHost(), uri.getPort());
        HttpClientBuilder builder = HttpClients.custom().setProxy(proxy);
        String userInfo = uri.getUserInfo();
        if (userInfo != null) {
            BasicCredentialsProvider credentials = new BasicCredentialsProvider();
            credentials.setCredentials(
                    new AuthScope(proxy),
                    new UsernamePasswordCredentials(
                            userInfo.substring(0, userInfo.indexOf(':')),
                            userInfo.substring(userInfo.indexOf(':') + 1).toCharArray()));
            builder.setDefaultCredentialsProvider(credentials);
        }
        return builder.build();
    }

    public static void main(String[] args) throws Exception {
        VersionInfo info = VersionInfo.loadVersionInfo("org.apache.hc.client5", HttpClients.class.getClassLoader());
        String version = info == null ? "unknown" : info.getRelease();
        // no WebSocket and no HTTP/2 in the classic client: those options change nothing (the handshake's headers
        // are the spec's; HTTP/2 is its async client's, by prior knowledge)
        Probe.run(version, options -> {
            CloseableHttpClient client =
                    options.containsKey("proxy") ? proxied(options.get("proxy")) : HttpClients.createDefault();
            return new Probe.Session() {
                @Override
                public Probe.Seen send(String method, String url, Map<String, String> headers, byte[] body)
                        throws Exception {
                    HttpUriRequestBase request = new HttpUriRequestBase(method, java.net.URI.create(url));
                    headers.forEach(request::setHeader);
                    if ("1.0".equals(options.get("http"))) {
                        // the way to ask for HTTP/1.0; 5.5 classic sends HTTP/1.1 anyway (1xx-http10)
                        request.setVersion(HttpVersion.HTTP_1_0);
                    }
                    if (body != null) {
                        request.setEntity(new ByteArrayEntity(body, ContentType.TEXT_PLAIN));
                    }
                    return client.execute(
                            request,
                            response -> new Probe.Seen(
                                    response.getCode(),
                                    response.getEntity() == null
                                            ? new byte[0]
                                            : EntityUtils.toByteArray(response.getEntity()),
                                    null,
                                    response.getVersion() == null
                                            ? null
                                            : response.getVersion().format(),
                                    response.getFirstHeader("Proxy-Authenticate") == null
                                            ? null
                                            : response.getFirstHeader("Proxy-Authenticate")
                                                    .getValue()));
                }

                @Override
                public void close() throws Exception {
                    client.close();
                }
            };
        });
    }
}
