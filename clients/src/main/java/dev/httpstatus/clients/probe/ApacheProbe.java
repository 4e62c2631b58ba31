package dev.httpstatus.clients.probe;

import java.util.Map;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpVersion;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.util.VersionInfo;

/** Apache HttpClient 5, the classic (blocking) client as {@code HttpClients.createDefault()} builds it. */
public final class ApacheProbe {
    private ApacheProbe() {}

    public static void main(String[] args) throws Exception {
        VersionInfo info = VersionInfo.loadVersionInfo("org.apache.hc.client5", HttpClients.class.getClassLoader());
        String version = info == null ? "unknown" : info.getRelease();
        Probe.run(version, () -> {
            CloseableHttpClient client = HttpClients.createDefault();
            return new Probe.Session() {
                @Override
                public Probe.Seen send(String method, String url, Map<String, String> headers, byte[] body)
                        throws Exception {
                    HttpUriRequestBase request = new HttpUriRequestBase(method, java.net.URI.create(url));
                    headers.forEach(request::setHeader);
                    if ("1.0".equals(Probe.option("http"))) {
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
                                    null));
                }

                @Override
                public void close() throws Exception {
                    client.close();
                }
            };
        });
    }
}
