package example;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.Optional;
import okhttp3.Interceptor;
import okhttp3.Response;

/** Retries a 503 after the time its Retry-After names, and a broken connection at once; a time-out is final. */
final class Retries implements Interceptor {
    private final int attempts;

    Retries(int attempts) {
        this.attempts = attempts;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        for (int attempt = 1; ; attempt++) {
            try {
                Response response = chain.proceed(chain.request());
                if (response.code() != 503 || attempt == attempts) {
                    return response;
                }
                long seconds = Optional.ofNullable(response.header("Retry-After"))
                        .map(Long::parseLong)
                        .orElse(1L);
                response.close();
                pause(Duration.ofSeconds(seconds));
            } catch (InterruptedIOException slow) {
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
