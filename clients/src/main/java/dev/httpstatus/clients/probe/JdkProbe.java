package dev.httpstatus.clients.probe;

import java.net.Authenticator;
import java.net.InetSocketAddress;
import java.net.PasswordAuthentication;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** The JDK's HttpClient as most code builds it: defaults (HTTP/2 preferred), redirects followed. */
public final class JdkProbe {
    // headers the JDK sets itself and refuses from the caller; the spec's Expect is its expectContinue switch
    private static final Set<String> OWN = Set.of("expect", "content-length", "host", "connection");

    private JdkProbe() {}

    /**
     * The option {@code proxy=http://[user:password@]host:port} as a JDK user sets it: {@code ProxySelector.of}, and
     * the credentials through an {@link Authenticator} that answers the proxy's challenges only.
     */
    private static HttpClient.Builder proxied(HttpClient.Builder builder, Map<String, String> options) {
        String option = options.get("proxy");
        if (option == null) {
            return builder;
        }
        URI proxy = URI.create(option);
        builder.proxy(ProxySelector.of(new InetSocketAddress(proxy.getHost(), proxy.getPort())));
        String userInfo = proxy.getUserInfo();
        if (userInfo != null) {
            String user = userInfo.substring(0, userInfo.indexOf(':'));
            char[] password = userInfo.substring(userInfo.indexOf(':') + 1).toCharArray();
            builder.authenticator(new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return getRequestorType() == RequestorType.PROXY
                            ? new PasswordAuthentication(user, password)
                            : null;
                }
            });
        }
        return builder;
    }

    public static void main(String[] args) throws Exception {
        Probe.run(Runtime.version().toString(), options -> {
            HttpClient.Builder builder =
                    proxied(HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL), options);
            if ("2".equals(options.get("http"))) {
                // the default already; on an http:// URL the JDK offers h2c with Upgrade on the first request
                builder.version(HttpClient.Version.HTTP_2);
            }
            HttpClient client = builder.build();
            return new Probe.Session() {
                @Override
                public Probe.Seen send(String method, String url, Map<String, String> headers, byte[] body)
                        throws Exception {
                    // the handshake request is the WebSocket (the follow-up request after it is plain HTTP)
                    if (options.containsKey("websocket") && headers.containsKey("Upgrade")) {
                        return webSocket(client, url);
                    }
                    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                            .method(
                                    method,
                                    body == null
                                            ? HttpRequest.BodyPublishers.noBody()
                                            : HttpRequest.BodyPublishers.ofByteArray(body));
                    headers.forEach((name, value) -> {
                        if (name.equalsIgnoreCase("expect")) {
                            request.expectContinue(true);
                        } else if (!OWN.contains(name.toLowerCase())) {
                            request.header(name, value);
                        }
                    });
                    HttpResponse<byte[]> response =
                            client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
                    return new Probe.Seen(
                            response.statusCode(),
                            response.body(),
                            null,
                            response.version() == HttpClient.Version.HTTP_2 ? "HTTP/2" : "HTTP/1.1",
                            response.headers().firstValue("Proxy-Authenticate").orElse(null));
                }

                @Override
                public void close() {
                    // HttpClient is AutoCloseable only from 21 on; an unclosed one costs a thread until exit
                }
            };
        });
    }

    /**
     * java.net.http.WebSocket as its documentation shows it: the builder completes once the server has answered the
     * handshake with 101, then one text message out and the first one back.
     */
    private static Probe.Seen webSocket(HttpClient client, String url) throws Exception {
        CompletableFuture<String> echo = new CompletableFuture<>();
        StringBuilder text = new StringBuilder();
        WebSocket socket = client.newWebSocketBuilder()
                .buildAsync(URI.create(url.replaceFirst("^http", "ws")), new WebSocket.Listener() {
                    @Override
                    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                        text.append(data);
                        if (last) {
                            echo.complete(text.toString());
                        }
                        webSocket.request(1);
                        return null;
                    }

                    @Override
                    public void onError(WebSocket webSocket, Throwable error) {
                        echo.completeExceptionally(error);
                    }
                })
                .join();
        socket.sendText(Probe.MESSAGE, true).join();
        String back = echo.join();
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "").join();
        return new Probe.Seen(101, back.getBytes(StandardCharsets.UTF_8), null);
    }
}
