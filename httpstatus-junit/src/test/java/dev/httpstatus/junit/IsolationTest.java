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
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/** Tests running at once against one server each have a port, and see only their own scripts and requests. */
@Execution(ExecutionMode.CONCURRENT)
class IsolationTest {
    @RegisterExtension
    static HttpStatusExtension extension = HttpStatusExtension.perClass();

    private static final Set<StatusServer> SERVERS = ConcurrentHashMap.newKeySet();

    private final HttpClient http = HttpClient.newHttpClient();

    private static final Set<Integer> PORTS = ConcurrentHashMap.newKeySet();

    @RepeatedTest(8)
    void eachTestHasItsOwnScriptAndJournal(TestStatusServer server, RepetitionInfo repetition) throws Exception {
        int mine = 200 + repetition.getCurrentRepetition();
        server.script("/shared-path").respond(mine);
        for (int i = 0; i < 5; i++) {
            HttpResponse<Void> response = http.send(
                    HttpRequest.newBuilder(server.uri().resolve("/shared-path")).build(),
                    HttpResponse.BodyHandlers.discarding());
            assertThat(response.statusCode()).isEqualTo(mine);
        }
        assertThat(server.requests()).hasSize(5);
        SERVERS.add(server.server());
        assertThat(PORTS.add(server.port())).as("a port of its own").isTrue();
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
