package example;

import java.net.http.HttpClient;
import java.time.Duration;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/**
 * A payment service's client on Spring's RestClient: absolute paths below its base URL, retries as {@link Retries}
 * says, redirects followed, and a read time-out.
 */
public final class PaymentClient {
    private final RestClient rest;

    public PaymentClient(String baseUrl, Duration timeout) {
        HttpClient http =
                HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(http);
        requests.setReadTimeout(timeout);
        this.rest = RestClient.builder()
                .baseUrl(baseUrl)
                .requestFactory(requests)
                .requestInterceptor(new Retries(4))
                .build();
    }

    /** Pays for {@code order}; the order doubles as the idempotency key, so that a retry cannot pay twice. */
    public String pay(String order) {
        return rest.post()
                .uri("/pay")
                .header("Idempotency-Key", order)
                .body(order)
                .retrieve()
                .body(String.class);
    }

    /** The receipt of {@code id}, wherever the service has moved it. */
    public String receipt(String id) {
        return rest.get().uri("/receipts/{id}", id).retrieve().body(String.class);
    }
}
