package dev.httpstatus.clients.probe;

import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.URI;
import java.util.Map;
import okhttp3.Credentials;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/** OkHttp with its defaults: redirects followed, retry on connection failure. */
public final class OkHttpProbe {
    private OkHttpProbe() {}

    /**
     * The option {@code proxy=http://[user:password@]host:port} as an OkHttp user sets it: {@code .proxy(Proxy)}, and
     * the credentials through a {@code proxyAuthenticator} that answers the 407 with them (once: a second 407 means
     * they were refused).
     */
    private static OkHttpClient.Builder proxied(OkHttpClient.Builder builder) {
        String option = Probe.options().get("proxy");
        if (option == null) {
            return builder;
        }
        URI proxy = URI.create(option);
        builder.proxy(new Proxy(Proxy.Type.HTTP, new InetSocketAddress(proxy.getHost(), proxy.getPort())));
        String userInfo = proxy.getUserInfo();
        if (userInfo != null) {
            String credential = Credentials.basic(
                    userInfo.substring(0, userInfo.indexOf(':')), userInfo.substring(userInfo.indexOf(':') + 1));
            builder.proxyAuthenticator((route, response) -> response.request().header("Proxy-Authorization") != null
                    ? null
                    : response.request()
                            .newBuilder()
                            .header("Proxy-Authorization", credential)
                            .build());
        }
        return builder;
    }

    public static void main(String[] args) throws Exception {
        Probe.run(okhttp3.OkHttp.VERSION, () -> {
            OkHttpClient client = proxied(new OkHttpClient.Builder()).build();
            return new Probe.Session() {
                @Override
                public Probe.Seen send(String method, String url, Map<String, String> headers, byte[] body)
                        throws Exception {
                    Request.Builder request = new Request.Builder()
                            .url(url)
                            .method(
                                    method,
                                    body == null ? null : RequestBody.create(body, MediaType.get("text/plain")));
                    headers.forEach(request::header);
                    try (Response response = client.newCall(request.build()).execute()) {
                        return new Probe.Seen(
                                response.code(), response.body().bytes(), null, response.header("Proxy-Authenticate"));
                    }
                }

                @Override
                public void close() {
                    client.dispatcher().executorService().shutdown();
                    client.connectionPool().evictAll();
                }
            };
        });
    }
}
