package dev.httpstatus.clients.probe;

import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import okhttp3.Credentials;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;

/** OkHttp with its defaults: redirects followed, retry on connection failure. */
public final class OkHttpProbe {
    private OkHttpProbe() {}

    /**
     * The option {@code proxy=http://[user:password@]host:port} as an OkHttp user sets it: {@code .proxy(Proxy)}, and
     * the credentials through a {@code proxyAuthenticator} that answers the 407 with them (once: a second 407 means
     * they were refused).
     */
    private static OkHttpClient.Builder proxied(OkHttpClient.Builder builder, Map<String, String> options) {
        String option = options.get("proxy");
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
        Probe.run(okhttp3.OkHttp.VERSION, options -> {
            OkHttpClient client =
                    http2(proxied(new OkHttpClient.Builder(), options).build(), options);
            return new Probe.Session() {
                @Override
                public Probe.Seen send(String method, String url, Map<String, String> headers, byte[] body)
                        throws Exception {
                    // the handshake request is the WebSocket (the follow-up request after it is plain HTTP)
                    if (options.containsKey("websocket") && headers.containsKey("Upgrade")) {
                        return webSocket(client, url);
                    }
                    Request.Builder request = new Request.Builder()
                            .url(url)
                            .method(
                                    method,
                                    body == null ? null : RequestBody.create(body, MediaType.get("text/plain")));
                    headers.forEach(request::header);
                    try (Response response = client.newCall(request.build()).execute()) {
                        return new Probe.Seen(
                                response.code(),
                                response.body().bytes(),
                                null,
                                protocol(response.protocol()),
                                response.header("Proxy-Authenticate"));
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

    /** OkHttp's only HTTP/2 on an http:// URL is prior knowledge: it never offers h2c with Upgrade. */
    private static OkHttpClient http2(OkHttpClient client, Map<String, String> options) {
        return "2".equals(options.get("http"))
                ? client.newBuilder()
                        .protocols(List.of(Protocol.H2_PRIOR_KNOWLEDGE))
                        .build()
                : client;
    }

    private static String protocol(Protocol protocol) {
        return switch (protocol) {
            case HTTP_2 -> "HTTP/2";
            case H2_PRIOR_KNOWLEDGE -> "HTTP/2 (prior knowledge)";
            default -> protocol.toString().toUpperCase(java.util.Locale.ROOT);
        };
    }

    /** OkHttp's newWebSocket: the listener hears the handshake's response, then the echo of one text message. */
    private static Probe.Seen webSocket(OkHttpClient client, String url) throws Exception {
        CompletableFuture<Integer> opened = new CompletableFuture<>();
        CompletableFuture<String> echo = new CompletableFuture<>();
        WebSocket socket = client.newWebSocket(new Request.Builder().url(url).build(), new WebSocketListener() {
            @Override
            public void onOpen(WebSocket webSocket, Response response) {
                opened.complete(response.code());
            }

            @Override
            public void onMessage(WebSocket webSocket, String text) {
                echo.complete(text);
            }

            @Override
            public void onFailure(WebSocket webSocket, Throwable error, Response response) {
                opened.completeExceptionally(error);
                echo.completeExceptionally(error);
            }
        });
        int status = opened.join();
        socket.send(Probe.MESSAGE);
        String back = echo.join();
        socket.close(1000, null);
        return new Probe.Seen(status, back.getBytes(StandardCharsets.UTF_8), null);
    }
}
