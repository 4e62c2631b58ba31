package dev.httpstatus.clients.probe;

import java.util.Map;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/** OkHttp with its defaults: redirects followed, retry on connection failure. */
public final class OkHttpProbe {
    private OkHttpProbe() {}

    public static void main(String[] args) throws Exception {
        Probe.run(okhttp3.OkHttp.VERSION, () -> {
            OkHttpClient client = new OkHttpClient();
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
                        return new Probe.Seen(response.code(), response.body().bytes(), null);
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
