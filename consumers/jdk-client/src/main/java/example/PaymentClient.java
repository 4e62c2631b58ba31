package example;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;

/**
 * A payment service's client, written as an application writes one: it joins absolute paths to its base URI, retries
 * a busy service (as Retry-After says) and a broken connection, follows redirects and gives up on a slow answer.
 */
public final class PaymentClient {
    private static final int ATTEMPTS = 4;

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
    private final URI base;
    private final Duration timeout;

    public PaymentClient(URI base, Duration timeout) {
        this.base = base;
        this.timeout = timeout;
    }

    /** Pays for {@code order}; the order doubles as the idempotency key, so that a retry cannot pay twice. */
    public String pay(String order) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(base.resolve("/pay"))
                .timeout(timeout)
                .header("Idempotency-Key", order)
                .POST(HttpRequest.BodyPublishers.ofString(order))
                .build();
        for (int attempt = 1; ; attempt++) {
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 503 || attempt == ATTEMPTS) {
                    return bodyOf(response);
                }
                long seconds = response.headers().firstValueAsLong("Retry-After").orElse(1);
                Thread.sleep(Duration.ofSeconds(seconds).toMillis());
            } catch (HttpTimeoutException slow) {
                throw slow;
            } catch (IOException broken) {
                if (attempt == ATTEMPTS) {
                    throw broken;
                }
            }
        }
    }

    /** The receipt of {@code id}, wherever the service has moved it. */
    public String receipt(String id) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(base.resolve("/receipts/" + id))
                .timeout(timeout)
                .build();
        return bodyOf(http.send(request, HttpResponse.BodyHandlers.ofString()));
    }

    private static String bodyOf(HttpResponse<String> response) throws IOException {
        if (response.statusCode() / 100 != 2) {
            throw new IOException(response.request().uri() + " answered " + response.statusCode());
        }
        return response.body();
    }
}
