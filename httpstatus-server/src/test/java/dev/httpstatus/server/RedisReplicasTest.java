package dev.httpstatus.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.httpstatus.server.config.ServerConfig;
import dev.httpstatus.server.config.Settings;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Two servers sharing a real Redis ({@code --state redis://…}) behind nginx, round-robin: the stateful endpoints
 * answer through the balancer as one server does. Redis killed, they answer 503 and say why while the rest serves;
 * Redis back on its port, they serve again, the servers untouched.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RedisReplicasTest {
    private static RedisProcess redis;
    private static StatusServer first;
    private static StatusServer second;
    private static NginxBalancer nginx;
    private static URI balancer;

    @BeforeAll
    static void start() throws Exception {
        redis = RedisProcess.start();
        ServerConfig config = TestServer.quietBuilder()
                .set(Settings.STATE, Optional.of(URI.create("redis://127.0.0.1:" + redis.port())))
                .build();
        first = StatusServer.start(config);
        second = StatusServer.start(config);
        nginx = NginxBalancer.start(List.of(first.port(), second.port()));
        balancer = URI.create("http://127.0.0.1:" + nginx.port() + "/");
    }

    @AfterAll
    static void stop() throws Exception {
        for (AutoCloseable part : new AutoCloseable[] {nginx, first, second, redis}) {
            if (part != null) {
                part.close();
            }
        }
    }

    @Test
    @Order(1)
    void aSequenceStepsOnceAcrossReplicas() throws Exception {
        Tester tester = new Tester(balancer);
        List<Integer> codes = new ArrayList<>();
        Set<String> replicas = new HashSet<>();
        for (int n = 0; n < 4; n++) {
            HttpResponse<String> response = tester.get("/sequence/503,503,200?key=seq");
            codes.add(response.statusCode());
            replicas.add(response.headers().firstValue("x-upstream").orElseThrow());
        }

        assertThat(codes).containsExactly(503, 503, 200, 200);
        assertThat(replicas).hasSize(2);
    }

    @Test
    @Order(2)
    void twoReplicasNeverHandOutTheSameStep() {
        String codes = String.join(
                ",", IntStream.range(200, 230).mapToObj(Integer::toString).toList());
        HttpClient client =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        List<CompletableFuture<HttpResponse<Void>>> all = new ArrayList<>();
        for (int n = 0; n < 30; n++) {
            HttpRequest request = HttpRequest.newBuilder(balancer.resolve("/sequence/" + codes + "?key=race"))
                    .timeout(Duration.ofSeconds(20))
                    .build();
            all.add(client.sendAsync(request, HttpResponse.BodyHandlers.discarding()));
        }

        List<Integer> answered =
                all.stream().map(f -> f.join().statusCode()).sorted().toList();
        assertThat(answered)
                .containsExactlyElementsOf(IntStream.range(200, 230).boxed().toList());
    }

    @Test
    @Order(3)
    void theRateLimitCountsTheRequestsOfEveryReplica() throws Exception {
        Tester tester = new Tester(balancer);
        List<Integer> codes = new ArrayList<>();
        for (int n = 0; n < 7; n++) {
            codes.add(tester.get("/limited?key=lim").statusCode());
        }

        assertThat(codes).containsExactly(200, 200, 200, 200, 200, 429, 429);
    }

    @Test
    @Order(4)
    void theCollectionIsOneAcrossReplicas() throws Exception {
        Tester tester = new Tester(balancer);
        HttpResponse<String> created = tester.post("/resources", "{\"name\":\"tea\"}");
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(tester.post("/resources", "{\"name\":\"tea\"}").statusCode()).isEqualTo(409);
        assertThat(tester.get("/resources/1").statusCode()).isEqualTo(200);
        assertThat(tester.send("PUT", "/resources/1", "{\"name\":\"green tea\"}", "If-Match", "\"1-v1\"")
                        .statusCode())
                .isEqualTo(200);
        assertThat(tester.send("PUT", "/resources/1", "{\"name\":\"old\"}", "If-Match", "\"1-v1\"")
                        .statusCode())
                .isEqualTo(412);
        assertThat(tester.send("DELETE", "/resources/1", null).statusCode()).isEqualTo(204);

        assertThat(tester.get("/resources/1").statusCode()).isEqualTo(410);
        assertThat(tester.get("/resources/1").statusCode()).isEqualTo(410);
        assertThat(new Tester(balancer).get("/resources/1").statusCode()).isEqualTo(404);
    }

    @Test
    @Order(5)
    void aJobIsMonitoredOnEitherReplica() throws Exception {
        Tester tester = new Tester(balancer);
        String monitor = tester.post("/jobs?polls=3", null)
                .headers()
                .firstValue("location")
                .orElseThrow();
        List<Integer> codes = new ArrayList<>();
        for (int n = 0; n < 3; n++) {
            codes.add(tester.get(URI.create(monitor).getPath()).statusCode());
        }

        assertThat(codes).containsExactly(200, 200, 303);
    }

    @Test
    @Order(6)
    void theMaintenanceSwitchFollowsTheCookieToEitherReplica() throws Exception {
        Tester tester = new Tester(balancer);
        assertThat(tester.post("/maintenance/on", null).statusCode()).isEqualTo(204);

        assertThat(tester.get("/maintenance").statusCode()).isEqualTo(503);
        assertThat(tester.get("/maintenance").statusCode()).isEqualTo(503);
        assertThat(new Tester(balancer).get("/maintenance").statusCode()).isEqualTo(200);
    }

    @Test
    @Order(6)
    void aDigestNonceOneReplicaIssuedIsRecognisedByTheOther() throws Exception {
        // nginx keeps no connection to the replicas: curl's challenge and its answer go to different ones.
        String url = balancer.resolve("/digest-auth/auth/user/pass").toString();
        for (int n = 0; n < 3; n++) {
            assertThat(Curl.run("-o", "/dev/null", "-w", "%{http_code}", "--digest", "-u", "user:pass", url))
                    .isEqualTo("200");
        }
    }

    @Test
    @Order(7)
    void aRedisThatHangsIsAnsweredAs503RatherThanAHang() throws Exception {
        Tester tester = new Tester(balancer);
        assertThat(tester.get("/maintenance?key=hang").statusCode()).isEqualTo(200);

        redis.freeze();
        HttpResponse<String> refused;
        try {
            refused = tester.get("/maintenance?key=hang");
        } finally {
            redis.thaw();
        }

        assertThat(refused.statusCode()).isEqualTo(503);
        assertThat(refused.body()).contains("state store (Redis)");
        assertThat(servedAgainByBoth(tester)).hasSize(2);
    }

    @Test
    @Order(8)
    void withoutRedisStatefulEndpointsSayWhyAndServiceResumesWhenItIsBack() throws Exception {
        Tester tester = new Tester(balancer);
        assertThat(tester.get("/sequence/500,201?key=down").statusCode()).isEqualTo(500);

        redis.kill();

        for (String path : List.of(
                "/sequence/500,201?key=down", "/sequence/500,201?key=down", "/limited", "/resources", "/maintenance")) {
            HttpResponse<String> refused = tester.get(path);
            assertThat(refused.statusCode()).as(path).isEqualTo(503);
            assertThat(refused.body()).as(path).contains("state store (Redis)");
            assertThat(refused.headers().firstValue("retry-after")).as(path).contains("1");
        }
        assertThat(tester.get("/status/418").statusCode()).isEqualTo(418);
        assertThat(tester.get("/status/418").statusCode()).isEqualTo(418);

        redis.restart();

        assertThat(servedAgainByBoth(tester)).hasSize(2);
    }

    /** The replicas that answer a stateful endpoint again, asked for up to a minute until both do. */
    private static Set<String> servedAgainByBoth(Tester tester) throws Exception {
        Set<String> servedBy = new HashSet<>();
        Instant giveUp = Instant.now().plus(Duration.ofSeconds(60));
        while (servedBy.size() < 2 && Instant.now().isBefore(giveUp)) {
            HttpResponse<String> answer = tester.get("/maintenance?key=again");
            if (answer.statusCode() == 200) {
                servedBy.add(answer.headers().firstValue("x-upstream").orElseThrow());
            }
        }
        return servedBy;
    }
}
