package dev.httpstatus.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Two testers side by side at one shared server: what one does to the state the server keeps (its maintenance
 * switch, its collection, its sequences) the other does not see. Each is named by the cookie the server sets, or by
 * the key it gives.
 */
class ClientStateTest {
    @RegisterExtension
    static final TestServer server = TestServer.perClass();

    @Test
    void oneTestersMaintenanceIsNotAnothers() throws Exception {
        Tester alice = new Tester(server.server.uri());
        Tester bob = new Tester(server.server.uri());
        assertThat(alice.get("/maintenance").statusCode()).isEqualTo(200);
        assertThat(bob.get("/maintenance").statusCode()).isEqualTo(200);

        assertThat(alice.post("/maintenance/on", null).statusCode()).isEqualTo(204);

        assertThat(alice.get("/maintenance").statusCode()).isEqualTo(503);
        assertThat(bob.get("/maintenance").statusCode()).isEqualTo(200);
    }

    @Test
    void oneTestersDeleteAndFullCollectionAreNotAnothers() throws Exception {
        Tester alice = new Tester(server.server.uri());
        Tester bob = new Tester(server.server.uri());
        assertThat(alice.post("/resources", "{\"name\":\"tea\"}").statusCode()).isEqualTo(201);
        assertThat(bob.post("/resources", "{\"name\":\"tea\"}").statusCode()).isEqualTo(201);

        assertThat(alice.send("DELETE", "/resources/1", null).statusCode()).isEqualTo(204);

        assertThat(alice.get("/resources/1").statusCode()).isEqualTo(410);
        assertThat(bob.get("/resources/1").statusCode()).isEqualTo(200);
        for (int n = 1; n <= 1000; n++) {
            assertThat(alice.post("/resources", "{\"name\":\"item " + n + "\"}").statusCode())
                    .isEqualTo(201);
        }
        assertThat(alice.post("/resources", "{\"name\":\"one too many\"}").statusCode())
                .isEqualTo(507);
        assertThat(bob.post("/resources", "{\"name\":\"coffee\"}").statusCode()).isEqualTo(201);
    }

    @Test
    void aSequenceStepsForEachTesterOnItsOwn() throws Exception {
        Tester alice = new Tester(server.server.uri());
        Tester bob = new Tester(server.server.uri());
        assertThat(alice.get("/sequence/503,200").statusCode()).isEqualTo(503);
        assertThat(bob.get("/sequence/503,200").statusCode()).isEqualTo(503);
        assertThat(alice.get("/sequence/503,200").statusCode()).isEqualTo(200);
        assertThat(bob.get("/sequence/503,200").statusCode()).isEqualTo(200);
    }

    @Test
    void aKeyNamesATesterWhateverItsCookies() throws Exception {
        Tester alice = new Tester(server.server.uri());
        Tester aliceOnAnotherMachine = new Tester(server.server.uri());
        alice.send("POST", "/maintenance/on", null, "X-HttpStatus-Key", "alice");

        assertThat(aliceOnAnotherMachine.get("/maintenance?key=alice").statusCode())
                .isEqualTo(503);
        assertThat(alice.get("/maintenance").statusCode()).isEqualTo(200);
    }

    @Test
    void theSharedScopeNamesANewTesterByACookie() throws Exception {
        Tester tester = new Tester(server.server.uri());
        HttpResponse<String> first = tester.get("/maintenance");

        assertThat(first.headers().firstValue("set-cookie"))
                .hasValueSatisfying(cookie -> assertThat(cookie)
                        .startsWith("httpstatus-key=")
                        .contains("Path=/", "HttpOnly", "SameSite=Lax"));
        assertThat(tester.get("/maintenance").headers().firstValue("set-cookie"))
                .isEmpty();
        assertThat(tester.get("/maintenance?key=k").headers().firstValue("set-cookie"))
                .isEmpty();
    }

    @Test
    void aTestsOwnScopeIsOneTestersAndSetsNoCookie() throws Exception {
        Tester first = new Tester(server.server.uri());
        Tester second = new Tester(server.server.uri());
        HttpResponse<String> on = first.post("/_scope/mine/maintenance/on", null);

        assertThat(on.headers().firstValue("set-cookie")).isEmpty();
        assertThat(second.get("/_scope/mine/maintenance").statusCode()).isEqualTo(503);
        assertThat(second.get("/maintenance").statusCode()).isEqualTo(200);
    }

    @Test
    void aJobsMonitorWorksForWhoeverHasItsAddress() throws Exception {
        Tester alice = new Tester(server.server.uri());
        Tester bob = new Tester(server.server.uri());
        String first = alice.post("/jobs?polls=1", null)
                .headers()
                .firstValue("location")
                .orElseThrow();
        String second = alice.post("/jobs?polls=1", null)
                .headers()
                .firstValue("location")
                .orElseThrow();

        assertThat(first).isNotEqualTo(second);
        assertThat(bob.get(first).statusCode()).isEqualTo(303);
        assertThat(bob.get("/jobs/1").statusCode()).isEqualTo(404);
    }
}
