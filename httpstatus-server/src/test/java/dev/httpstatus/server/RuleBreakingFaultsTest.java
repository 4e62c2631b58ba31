package dev.httpstatus.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.httpstatus.server.Http2Wire.Frame;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The faults that break a rule of HTTP on purpose, byte for byte: {@code fault=content} sends content after a
 * 204, 205 or 304 head, with its Content-Length; {@code fault=interim} sends a 1xx to an HTTP/1.0 request.
 * Without them the server keeps both rules.
 */
class RuleBreakingFaultsTest {
    @RegisterExtension
    static final TestServer server = TestServer.perClass();

    private static final String CLOSE = "GET /status/201 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n";

    private static String afterHead(String raw) {
        return raw.substring(raw.indexOf("\r\n\r\n") + 4);
    }

    private static String head(String raw) {
        return raw.substring(0, raw.indexOf("\r\n\r\n") + 4);
    }

    @ParameterizedTest
    @ValueSource(strings = {"204 No Content", "205 Reset Content", "304 Not Modified"})
    void contentFollowsAHeadThatAllowsNoneAndTheNextAnswerFollowsIt(String line) throws IOException {
        String code = line.substring(0, 3);
        String content = "Content a " + code + " must not have: a server sent it on purpose (fault=content).\n";
        String raw = server.raw("GET /status/" + code + "?fault=content HTTP/1.1\r\nHost: x\r\n\r\n" + CLOSE);
        assertThat(head(raw))
                .startsWith("HTTP/1.1 " + line + "\r\n")
                .contains("content-length: " + content.length() + "\r\n")
                .contains("content-type: text/plain; charset=utf-8\r\n")
                .doesNotContain("connection: close");
        // the content, then the next answer at once, on the same connection
        assertThat(afterHead(raw)).startsWith(content + "HTTP/1.1 201 Created\r\n");
    }

    @Test
    void withoutTheFaultA204HasNoContentAndNoLength() throws IOException {
        String raw = server.raw("GET /status/204 HTTP/1.1\r\nHost: x\r\n\r\n" + CLOSE);
        assertThat(head(raw)).startsWith("HTTP/1.1 204 No Content\r\n").doesNotContain("content-length");
        assertThat(afterHead(raw)).startsWith("HTTP/1.1 201 Created\r\n");
    }

    @Test
    void theContentIsInTheLanguageOfTheRequest() throws Exception {
        String raw =
                server.raw("GET /status/204?fault=content&lang=zh HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        String content = "204 不应带有的内容：服务器故意发送了它（fault=content）。\n";
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        assertThat(head(raw)).contains("content-length: " + bytes.length + "\r\n");
        assertThat(afterHead(raw)).isEqualTo(new String(bytes, StandardCharsets.ISO_8859_1));
    }

    @Test
    void aStatusThatAllowsContentHasNothingToBreakAndIsTold() throws Exception {
        HttpResponse<String> refused = server.get("/status/200?fault=content");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("204, 205 or 304").contains("200");
        assertThat(server.get("/anything?fault=content&lang=zh").body()).contains("请求 204、205 或 304");
    }

    @Test
    void inHttp2TheContentIsADataFrameAfterTheHeaders() throws IOException {
        try (Http2Wire wire = Http2Wire.connect(server.server.port())) {
            wire.get(1, "/status/204?fault=content");
            List<Frame> frames = wire.streamFrames(1);
            assertThat(frames).extracting(Frame::type).containsExactly(Http2Wire.HEADERS, Http2Wire.DATA);
            assertThat(frames.get(0).endsStream()).isFalse();
            assertThat(new String(frames.get(1).payload(), StandardCharsets.UTF_8))
                    .startsWith("Content a 204 must not have");
            assertThat(frames.get(1).endsStream()).isTrue();
        }
    }

    @Test
    void anHttp10RequestGetsNoInterimResponseByDefault() throws IOException {
        String raw = server.raw("GET /status/103 HTTP/1.0\r\nHost: x\r\n\r\n");
        assertThat(raw).startsWith("HTTP/1.1 200 OK\r\n").doesNotContain("103");
        assertThat(server.raw("GET /early-hints HTTP/1.0\r\nHost: x\r\n\r\n"))
                .startsWith("HTTP/1.1 200 OK\r\n")
                .doesNotContain("103 Early Hints");
    }

    @Test
    void theInterimFaultSendsThe1xxToAnHttp10RequestAnyway() throws IOException {
        String raw = server.raw("GET /status/103?fault=interim HTTP/1.0\r\nHost: x\r\n\r\n");
        assertThat(raw).startsWith("HTTP/1.1 103 Early Hints\r\n").contains("link: </style.css>; rel=preload");
        assertThat(afterHead(raw)).startsWith("HTTP/1.1 200 OK\r\n");
        String processing = server.raw("GET /status/102?fault=interim&then=404 HTTP/1.0\r\nHost: x\r\n\r\n");
        assertThat(processing).startsWith("HTTP/1.1 102 Processing\r\n");
        assertThat(afterHead(processing)).startsWith("HTTP/1.1 404 Not Found\r\n");
    }

    @Test
    void theInterimFaultChangesNothingForHttp11AndRefusesAnAnswerWithoutA1xx() throws Exception {
        String raw = server.raw("GET /status/103?fault=interim HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        assertThat(raw).startsWith("HTTP/1.1 103 Early Hints\r\n");
        assertThat(afterHead(raw)).startsWith("HTTP/1.1 200 OK\r\n");
        HttpResponse<String> refused = server.get("/status/200?fault=interim");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("/status/103");
    }
}
