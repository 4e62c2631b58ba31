package dev.httpstatus.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.httpstatus.server.StatusServer;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/** Tests running at once against one server see only their own scripts and requests. */
@Execution(ExecutionMode.CONCURRENT)
class IsolationTest {
    @RegisterExtension
    static HttpStatusExtension extension = HttpStatusExtension.perClass();

    private static final Set<StatusServer> SERVERS = ConcurrentHashMap.newKeySet();

    private final HttpClient http = HttpClient.newHttpClient();

    @RepeatedTest(8)
    void eachTestHasItsOwnScriptAndJournal(TestStatusServer server) throws Exception {
        int mine = 200 + (int) (server.uri().getPath().hashCode() & 0x3f);
        server.script("/shared-path").respond(mine);
        for (int i = 0; i < 5; i++) {
            HttpResponse<Void> response = http.send(
                    HttpRequest.newBuilder(server.uri("/shared-path")).build(), HttpResponse.BodyHandlers.discarding());
            assertThat(response.statusCode()).isEqualTo(mine);
        }
        assertThat(server.requests()).hasSize(5);
        SERVERS.add(server.server());
    }

    @Test
    void oneServerServesTheWholeClass(TestStatusServer server) {
        SERVERS.add(server.server());
        assertThat(server.port()).isPositive();
    }

    @AfterAll
    static void everyTestMetTheSameServer() {
        assertThat(SERVERS).hasSize(1);
    }
}
