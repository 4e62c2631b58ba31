package dev.httpstatus.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.httpstatus.server.Http2Wire.Frame;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * HTTP/2 by upgrade from HTTP/1.1 (h2c): the answer to the request that asked for it reaches the client whatever its
 * size, whenever the client sends its preface. Answered before the preface, more than 32 KiB came in the same read as
 * the 101, and curl 7.88 and the JDK 17 HttpClient then waited for ever, one time in seven.
 */
class H2cUpgradeTest {
    /** More than curl 7.88 takes in the read that carries the 101 (32 KiB), as the site's share images are. */
    private static final int SIZE = 40_000;

    /**
     * Real clients, each on a new connection every time: against the jar, curl had failed one upgrade in seven. The
     * wire tests pin the order every time; these show the clients that stalled now get every answer.
     */
    private static final int TRIES = 20;

    @RegisterExtension
    static final TestServer server = TestServer.perClass();

    @Test
    void theUpgradedAnswerWaitsForTheClientsPreface() throws Exception {
        try (Http2Wire wire = Http2Wire.upgrade(server.server.port(), "/bytes/" + SIZE, false)) {
            List<Frame> frames = wire.framesUntilEndOf(1);

            // The server acknowledges the preface's SETTINGS when it reads them; the answer must come after.
            assertThat(firstAcknowledgement(frames))
                    .as("%s", frames)
                    .isNotNegative()
                    .isLessThan(firstOfStream1(frames));
            assertThat(content(frames)).isEqualTo(SIZE);
        }
    }

    @Test
    void aPrefaceSentWithTheUpgradeRequestIsReadNotLost() throws Exception {
        try (Http2Wire wire = Http2Wire.upgrade(server.server.port(), "/bytes/" + SIZE, true)) {
            List<Frame> frames = wire.framesUntilEndOf(1);

            assertThat(firstAcknowledgement(frames)).as("%s", frames).isNotNegative();
            assertThat(content(frames)).isEqualTo(SIZE);
            // The connection goes on: the preface was read, so a second request on it is answered.
            wire.get(3, "/status/418");
            assertThat(wire.streamFrames(3).get(0).type()).isEqualTo(Http2Wire.HEADERS);
        }
    }

    @Test
    void curlGetsALargeAnswerOverH2cEveryTime() throws Exception {
        for (int i = 0; i < TRIES; i++) {
            String got = Curl.run(
                    "--http2",
                    "--output",
                    "/dev/null",
                    "--write-out",
                    "%{http_version} %{http_code} %{size_download}",
                    server.uri("/bytes/" + SIZE).toString());
            assertThat(got).as("try %d", i).isEqualTo("2 200 " + SIZE);
        }
    }

    @Test
    void theJdkClientGetsALargeAnswerOverH2cEveryTime() throws Exception {
        HttpRequest request =
                HttpRequest.newBuilder(server.uri("/bytes/" + SIZE)).build();
        for (int i = 0; i < TRIES; i++) {
            // A new client, so a new connection that upgrades again.
            HttpClient client =
                    HttpClient.newBuilder().version(HttpClient.Version.HTTP_2).build();
            // A guard against the hang this test is about: JDK 17's own request time-out did not end it.
            HttpResponse<byte[]> response = client.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray())
                    .get(60, TimeUnit.SECONDS);

            assertThat(response.version()).isEqualTo(HttpClient.Version.HTTP_2);
            assertThat(response.body()).hasSize(SIZE);
        }
    }

    private static int firstAcknowledgement(List<Frame> frames) {
        for (int i = 0; i < frames.size(); i++) {
            if (frames.get(i).type() == Http2Wire.SETTINGS && (frames.get(i).flags() & 0x1) != 0) {
                return i;
            }
        }
        return -1;
    }

    private static int firstOfStream1(List<Frame> frames) {
        for (int i = 0; i < frames.size(); i++) {
            if (frames.get(i).stream() == 1) {
                return i;
            }
        }
        return frames.size();
    }

    private static int content(List<Frame> frames) {
        return frames.stream()
                .filter(frame -> frame.stream() == 1 && frame.type() == Http2Wire.DATA)
                .mapToInt(frame -> frame.payload().length)
                .sum();
    }
}
