package example;

import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.Header;
import retrofit2.http.POST;
import retrofit2.http.Path;

/** The payment service, as Retrofit declares it: absolute paths, which replace any path of the base URL. */
public interface PaymentApi {
    @POST("/pay")
    Call<String> pay(@Header("Idempotency-Key") String key, @Body String order);

    @GET("/receipts/{id}")
    Call<String> receipt(@Path("id") String id);
}
