package example;

import java.io.IOException;
import java.time.Duration;
import okhttp3.OkHttpClient;
import retrofit2.Response;
import retrofit2.Retrofit;
import retrofit2.converter.scalars.ScalarsConverterFactory;

/** A payment service's client on Retrofit and OkHttp: retries as {@link Retries} says, redirects followed. */
public final class PaymentClient {
    private final PaymentApi api;

    public PaymentClient(String baseUrl, Duration timeout) {
        OkHttpClient http = new OkHttpClient.Builder()
                .readTimeout(timeout)
                .retryOnConnectionFailure(false) // the retries are Retries', counted
                .addInterceptor(new Retries(4))
                .build();
        this.api = new Retrofit.Builder()
                .baseUrl(baseUrl)
                .client(http)
                .addConverterFactory(ScalarsConverterFactory.create())
                .build()
                .create(PaymentApi.class);
    }

    /** Pays for {@code order}; the order doubles as the idempotency key, so that a retry cannot pay twice. */
    public String pay(String order) throws IOException {
        return bodyOf(api.pay(order, order).execute());
    }

    /** The receipt of {@code id}, wherever the service has moved it. */
    public String receipt(String id) throws IOException {
        return bodyOf(api.receipt(id).execute());
    }

    private static String bodyOf(Response<String> response) throws IOException {
        if (!response.isSuccessful()) {
            throw new IOException(response.raw().request().url() + " answered " + response.code());
        }
        return response.body();
    }
}
