package example;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.httpstatus.junit.HttpStatusServerTest;
import dev.httpstatus.junit.TestStatusServer;
import dev.httpstatus.server.script.RecordedRequest;
import dev.httpstatus.server.script.Reply;
import java.io.InterruptedIOException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

@HttpStatusServerTest
class PaymentClientTest {
    @Test
    void retriesWhenRetryAfterSays(TestStatusServer server) throws Exception {
        server.script("/pay").respond(Reply.status(503).header("Retry-After", "1"), Reply.status(200).body("paid"));
        PaymentClient client = new PaymentClient(server.uri().toString(), Duration.ofSeconds(5));

        assertThat(client.pay("order-1")).isEqualTo("paid");
        assertThat(server.requests("/pay")).hasSize(2);
        assertThat(server.intervals("/pay").get(0)).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void followsARedirect(TestStatusServer server) throws Exception {
        server.script("/receipts/1").respond(Reply.status(301).header("Location", "/archive/receipts/1"));
        server.script("/archive/receipts/1").respond(Reply.status(200).body("receipt 1"));
        PaymentClient client = new PaymentClient(server.uri().toString(), Duration.ofSeconds(5));

        assertThat(client.receipt("1")).isEqualTo("receipt 1");
        assertThat(server.requests()).extracting(RecordedRequest::path)
                .containsExactly("/receipts/1", "/archive/receipts/1");
    }

    @Test
    void givesUpOnASlowAnswer(TestStatusServer server) {
        server.script("/pay").respond(Reply.status(200).delay(Duration.ofSeconds(5)));
        PaymentClient client = new PaymentClient(server.uri().toString(), Duration.ofSeconds(1));

        assertThatThrownBy(() -> client.pay("order-2")).isInstanceOf(InterruptedIOException.class);
        assertThat(server.requests("/pay")).hasSize(1);
    }

    @Test
    void survivesAResetConnection(TestStatusServer server) throws Exception {
        server.script("/pay").respond(Reply.status(200).fault(Reply.Fault.RESET), Reply.status(200).body("paid"));
        PaymentClient client = new PaymentClient(server.uri().toString(), Duration.ofSeconds(5));

        assertThat(client.pay("order-3")).isEqualTo("paid");
        assertThat(server.requests("/pay")).extracting(r -> r.header("Idempotency-Key").orElseThrow())
                .containsExactly("order-3", "order-3");
    }
}
