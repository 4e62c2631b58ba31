package dev.httpstatus.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http.DefaultFullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpRequestEncoder;
import io.netty.handler.codec.http.HttpResponseDecoder;
import io.netty.handler.codec.http.HttpVersion;
import java.net.http.HttpResponse;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The options every answer takes (sleep, sleep_after_headers, header, fault) work on every endpoint, not only on
 * /status: a test of truncated downloads or slow redirects then tests what it says.
 */
class OptionsEverywhereTest {
    @RegisterExtension
    static final TestServer server = TestServer.perClass();

    /** The whole server's pipeline with time under the test's control, read back as responses. */
    private final EmbeddedChannel channel = new EmbeddedChannel();

    OptionsEverywhereTest() {
        StatusServer.addHttp1Handlers(TestServer.quiet(), channel.pipeline());
    }

    @AfterEach
    void close() {
        channel.finishAndReleaseAll();
    }

    private FullHttpResponse answerAfter(String target, long seconds) {
        DefaultFullHttpRequest request = new DefaultFullHttpRequest(HttpVersion.HTTP_1_1, HttpMethod.GET, target);
        request.headers().set("Host", "localhost");
        EmbeddedChannel client = new EmbeddedChannel(new HttpRequestEncoder());
        client.writeOutbound(request);
        channel.writeInbound((Object) client.readOutbound());
        channel.advanceTimeBy(seconds, TimeUnit.SECONDS);
        channel.runScheduledPendingTasks();
        EmbeddedChannel decoder = new EmbeddedChannel(new HttpResponseDecoder(), new HttpObjectAggregator(1 << 20));
        Object bytes;
        while ((bytes = channel.readOutbound()) != null) {
            decoder.writeInbound(bytes);
        }
        return decoder.readInbound();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/redirect/1", "/anything", "/bytes/16", "/cache", "/range/10", "/404", "/healthz"})
    void aSleepDelaysEveryEndpoint(String path) {
        assertThat(answerAfter(path + "?sleep=30s", 29)).as("before the sleep").isNull();
        FullHttpResponse late = answerAfter("/never-asked", 1);
        assertThat(late).as("after the sleep").isNotNull();
        late.release();
    }

    @Test
    void aSleptRequestKeepsItsContentForTheEndpoint() throws Exception {
        HttpResponse<String> echoed = server.http1.send(
                java.net.http.HttpRequest.newBuilder(server.uri("/anything?sleep=10ms"))
                        .header("Content-Type", "text/plain")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString("kept"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(echoed.statusCode()).isEqualTo(200);
        assertThat(echoed.body()).contains("kept");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/anything",
                "/bytes/16",
                "/redirect/2",
                "/cache",
                "/range/10",
                "/status/418",
                "/drip?duration=0&delay=0"
            })
    void aHeaderOptionIsAddedToEveryAnswer(String path) throws Exception {
        String separator = path.contains("?") ? "&" : "?";
        HttpResponse<String> answer = server.get(path + separator + "header=X-Added:yes");
        assertThat(answer.headers().firstValue("x-added")).as(path).contains("yes");
    }

    @Test
    void anAbortFaultTruncatesAGeneratedDownload() throws Exception {
        String raw = server.raw("GET /bytes/2000?fault=abort HTTP/1.1\r\nHost: x\r\n\r\n");
        String head = raw.substring(0, raw.indexOf("\r\n\r\n"));
        assertThat(head).contains("content-length: 2000");
        assertThat(raw.length() - head.length() - 4).isEqualTo(1000);
    }

    @Test
    void aResetFaultResetsARedirect() throws Exception {
        assertThat(server.raw("GET /redirect/1?fault=empty HTTP/1.1\r\nHost: x\r\n\r\n"))
                .isEmpty();
    }

    @Test
    void aMalformedOptionIsA400WhateverTheEndpoint() throws Exception {
        HttpResponse<String> refused = server.get("/anything?sleep=soon");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("sleep=soon");
    }

    @Test
    void aWebSocketHandshakeRefusesOptionsItCannotApply() throws Exception {
        HttpResponse<String> refused = server.get("/websocket/echo?fault=reset");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("WebSocket handshake");
    }
}
