package example;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Optional;
import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;

/** Retries a 503 after the time its Retry-After names, and a broken connection at once; a time-out is final. */
final class Retries implements ClientHttpRequestInterceptor {
    private final int attempts;

    Retries(int attempts) {
        this.attempts = attempts;
    }

    @Override
    public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution)
            throws IOException {
        for (int attempt = 1; ; attempt++) {
            try {
                ClientHttpResponse response = execution.execute(request, body);
                if (response.getStatusCode().value() != 503 || attempt == attempts) {
                    return response;
                }
                long seconds = Optional.ofNullable(response.getHeaders().getFirst("Retry-After"))
                        .map(Long::parseLong)
                        .orElse(1L);
                response.close();
                pause(Duration.ofSeconds(seconds));
            } catch (HttpTimeoutException | InterruptedIOException slow) {
                throw slow;
            } catch (IOException broken) {
                if (attempt == attempts) {
                    throw broken;
                }
            }
        }
    }

    private static void pause(Duration wait) throws InterruptedIOException {
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted between retries");
        }
    }
}
