package dev.httpstatus.clients.probe;

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

    public static void main(String[] args) throws Exception {
        Probe.run(Runtime.version().toString(), options -> {
            HttpClient.Builder builder = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL);
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
                            response.version() == HttpClient.Version.HTTP_2 ? "HTTP/2" : "HTTP/1.1");
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
