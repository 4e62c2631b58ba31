package dev.httpstatus.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Content made as it is sent: {@code /stream/{n}}, {@code /jsonl}, {@code /sse} and {@code /trailers}. */
class StreamsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern EVENT = Pattern.compile("event: ping\ndata: (\\{[^\n]*})\n\n");

    @RegisterExtension
    static final TestServer server =
            TestServer.perClass(config -> config.maxGenerated(64 * 1024).maxSleep(Duration.ofSeconds(1)));

    @ParameterizedTest
    @CsvSource({"/stream/20,20", "/stream/100,100", "/stream/1000,100", "/stream/0,1", "/stream/-100,1"})
    void aStreamIsChunkedLinesOfTheRequestNumberedFromZero(String path, int lines) throws Exception {
        HttpResponse<String> stream = server.get(path + "?a=b", "X-Seen", "yes");

        assertThat(stream.headers().firstValue("transfer-encoding")).hasValue("chunked");
        assertThat(stream.headers().firstValue("content-length")).isEmpty();
        List<JsonNode> read = lines(stream.body());
        assertThat(read).hasSize(lines);
        for (int i = 0; i < lines; i++) {
            assertThat(read.get(i).get("id").asInt()).isEqualTo(i);
        }
        JsonNode first = read.get(0);
        assertThat(first.get("args").get("a").get(0).asText()).isEqualTo("b");
        assertThat(first.get("headers").get("X-Seen").get(0).asText()).isEqualTo("yes");
        assertThat(first.get("origin").asText()).isEqualTo("127.0.0.1");
        assertThat(first.get("url").asText()).endsWith(path + "?a=b");
    }

    @ParameterizedTest
    @CsvSource({"/stream,404", "/stream/foo,400", "/stream/3.1415,400", "/stream/10/foo,404"})
    void aStreamOfAnotherShapeIsRefused(String path, int status) throws Exception {
        assertThat(server.get(path).statusCode()).isEqualTo(status);
    }

    @Test
    void aStreamOverHttp2ArrivesWholeWithoutItsExtensionHeaders() throws Exception {
        HttpResponse<String> stream = server.send(server.http2, "GET", "/stream/3");

        assertThat(stream.version()).isEqualTo(java.net.http.HttpClient.Version.HTTP_2);
        assertThat(lines(stream.body())).hasSize(3);
        assertThat(lines(stream.body()).get(0).get("headers").fieldNames())
                .toIterable()
                .noneMatch(name -> name.startsWith("X-Http2"));
    }

    @Test
    void aPauseAfterTheHeadKeepsTheLinesInOrder() throws Exception {
        List<JsonNode> read =
                lines(server.get("/stream/5?sleep_after_headers=50ms").body());

        assertThat(read).extracting(line -> line.get("id").asInt()).containsExactly(0, 1, 2, 3, 4);
    }

    @Test
    void aHeadOfAStreamHasNoContent() throws Exception {
        HttpResponse<String> head = server.send(server.http1, "HEAD", "/stream/5");

        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "/jsonl,10",
        "/jsonl?count=1,1",
        "/jsonl?count=5,5",
        "/jsonl?count=0,1",
        "/jsonl?count=-5,1",
        "/jsonl?count=3&duration=100ms,3",
        "/jsonl?count=2&duration=100ms&delay=0s,2",
        "/jsonl?count=3&duration=100ms&jitter=0.5,3"
    })
    void jsonLinesAreNdjsonNumberedLines(String path, int lines) throws Exception {
        HttpResponse<String> jsonl = server.get(path);

        assertThat(jsonl.statusCode()).isEqualTo(200);
        assertThat(jsonl.headers().firstValue("content-type")).hasValue("application/x-ndjson; charset=utf-8");
        assertThat(jsonl.headers().firstValue("transfer-encoding")).hasValue("chunked");
        assertThat(lines(jsonl.body()))
                .extracting(line -> line.get("id").asInt())
                .containsExactlyElementsOf(range(lines));
    }

    @Test
    void jsonLinesAreHeldToWhatTheLimitHolds() throws Exception {
        HttpResponse<String> jsonl = server.get("/jsonl?count=100000");

        int lines = lines(jsonl.body()).size();
        assertThat(lines).isGreaterThan(1);
        assertThat(jsonl.body().length()).isLessThanOrEqualTo(64 * 1024);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "count=foo",
                "count=3.14",
                "duration=foo",
                "duration=0",
                "delay=foo",
                "duration=600ms&delay=600ms",
                "jitter=-0.1",
                "jitter=1.5",
                "jitter=abc"
            })
    void jsonLinesRefuseWhatTheyCannotMake(String query) throws Exception {
        assertThat(server.get("/jsonl?" + query).statusCode()).as(query).isEqualTo(400);
    }

    @Test
    void jsonLinesArriveOneAtATime() throws Exception {
        try (BufferedReader lines = reader("/jsonl?count=3&duration=200ms")) {
            for (int i = 0; i < 3; i++) {
                assertThat(JSON.readTree(lines.readLine()).get("id").asInt()).isEqualTo(i);
            }
            assertThat(lines.readLine()).isNull();
        }
    }

    @ParameterizedTest
    @CsvSource({
        "duration=50ms,10",
        "count=1&duration=50ms,1",
        "count=011&duration=50ms,11",
        "duration=10ns,10",
        "delay=0.1&duration=0.1,10",
        "duration=100ms&jitter=1,10"
    })
    void eventsArePingsNumberedFromZero(String query, int count) throws Exception {
        HttpResponse<String> events = server.get("/sse?" + query);

        assertThat(events.statusCode()).isEqualTo(200);
        assertThat(events.headers().firstValue("content-type")).hasValue("text/event-stream; charset=utf-8");
        assertThat(events.headers().firstValue("transfer-encoding")).hasValue("chunked");
        assertThat(events.headers().firstValue("trailer"))
                .hasValueSatisfying(t -> assertThat(t).isEqualToIgnoringCase("Server-Timing"));
        List<Integer> ids = new ArrayList<>();
        Matcher event = EVENT.matcher(events.body());
        int end = 0;
        while (event.find()) {
            assertThat(event.start()).as("events follow one another").isEqualTo(end);
            JsonNode data = JSON.readTree(event.group(1));
            ids.add(data.get("id").asInt());
            assertThat(data.get("timestamp").asLong()).isGreaterThan(1_600_000_000_000L);
            end = event.end();
        }
        assertThat(end).isEqualTo(events.body().length());
        assertThat(ids).containsExactlyElementsOf(range(count));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "duration=0",
                "duration=0s",
                "duration=1m",
                "duration=-1ms",
                "duration=foo",
                "delay=1m",
                "delay=-1",
                "count=foo",
                "count=0",
                "count=-1",
                "count=0xff",
                "count=100000",
                "jitter=1.5",
                "duration=750ms&delay=500ms"
            })
    void eventsRefuseWhatTheyCannotSend(String query) throws Exception {
        assertThat(server.get("/sse?" + query).statusCode()).as(query).isEqualTo(400);
    }

    @Test
    void eventsEndWithServerTimingTrailers() throws Exception {
        String raw = server.raw(
                "GET /sse?count=3&duration=100ms&delay=50ms HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");

        assertThat(raw).contains("\r\ntransfer-encoding: chunked\r\n");
        String trailer = raw.substring(raw.lastIndexOf("\r\n0\r\n") + 5);
        assertThat(trailer)
                .startsWith("server-timing: total_duration;dur=")
                .contains("initial_delay;dur=50.00;desc=\"initial delay\"")
                .contains("write_duration;dur=100.00;desc=\"duration of writes after initial delay\"")
                .contains("pause_per_write;dur=50.00;desc=\"computed pause between writes\"")
                .endsWith("\r\n\r\n");
    }

    @Test
    void trailersFollowTheEchoInCanonicalCase() throws Exception {
        String raw = server.raw("GET /trailers?test-trailer-1=v1&Test-Trailer-2=v2 HTTP/1.1\r\nHost: x\r\n"
                + "Connection: close\r\n\r\n");

        String head = raw.substring(0, raw.indexOf("\r\n\r\n"));
        assertThat(head)
                .contains("\r\ntransfer-encoding: chunked")
                .contains("\r\ntrailer: Test-Trailer-1")
                .contains("\r\ntrailer: Test-Trailer-2");
        String trailers = raw.substring(raw.lastIndexOf("\r\n0\r\n") + 5);
        assertThat(trailers).isEqualTo("Test-Trailer-1: v1\r\nTest-Trailer-2: v2\r\n\r\n");
        String chunk = raw.substring(raw.indexOf("\r\n\r\n") + 4, raw.lastIndexOf("\r\n0\r\n"));
        JsonNode echo = JSON.readTree(chunk.substring(chunk.indexOf("\r\n") + 2));
        assertThat(echo.get("args").get("test-trailer-1").get(0).asText()).isEqualTo("v1");
        assertThat(echo.has("data")).isTrue();
        assertThat(echo.has("json")).isTrue();
    }

    @Test
    void noTrailersStillComeChunked() throws Exception {
        HttpResponse<String> plain = server.get("/trailers");

        assertThat(plain.statusCode()).isEqualTo(200);
        assertThat(plain.headers().firstValue("transfer-encoding")).hasValue("chunked");
        assertThat(JSON.readTree(plain.body()).get("method").asText()).isEqualTo("GET");
    }

    @Test
    void trailersArriveOverHttp2() throws Exception {
        String answer = Curl.run(
                "--http2-prior-knowledge",
                "--include",
                server.uri("/trailers?x-after=yes").toString());

        assertThat(answer).startsWith("HTTP/2 200").endsWith("x-after: yes\r\n");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"Authorization=Bearer", "content-length=1", "Transfer-Encoding=x", "Trailer=x", "bad%20name=x"})
    void aFieldThatMayNotTrailIsRefused(String query) throws Exception {
        assertThat(server.get("/trailers?test-trailer-1&" + query).statusCode())
                .as(query)
                .isEqualTo(400);
    }

    private static List<Integer> range(int count) {
        List<Integer> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(i);
        }
        return ids;
    }

    private static List<JsonNode> lines(String body) throws Exception {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : body.split("\n")) {
            if (!line.isEmpty()) {
                lines.add(JSON.readTree(line));
            }
        }
        return lines;
    }

    private static BufferedReader reader(String path) throws Exception {
        HttpResponse<InputStream> response = server.http1.send(
                HttpRequest.newBuilder(server.uri(path)).build(), HttpResponse.BodyHandlers.ofInputStream());
        return new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8));
    }
}
