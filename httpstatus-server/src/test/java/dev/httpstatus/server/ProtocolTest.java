package dev.httpstatus.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** HTTP/1.1 keep-alive and pipelining, interim responses on the wire, h2c, h2 over TLS, HTTP/1.1 only. */
class ProtocolTest {

    @Test
    void interimResponsesAreRealAndPrecedeTheFinalOne() throws Exception {
        try (TestServer server = TestServer.start()) {
            String continued = server.raw("GET /status/100 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
            assertThat(continued).startsWith("HTTP/1.1 100 Continue\r\n");
            assertThat(continued.substring(continued.indexOf("\r\n\r\n") + 4)).startsWith("HTTP/1.1 200 OK\r\n");
            String hints = server.raw("GET /status/103?then=404 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
            assertThat(hints)
                    .startsWith("HTTP/1.1 103 Early Hints\r\n")
                    .contains("link: </style.css>; rel=preload")
                    .contains("HTTP/1.1 404 Not Found\r\n");
            String old = server.raw("GET /status/102 HTTP/1.0\r\nHost: x\r\n\r\n");
            assertThat(old).startsWith("HTTP/1.1 200 OK\r\n").doesNotContain("102 Processing");
        }
    }

    @Test
    void aPlainRequestFor101IsExplained() throws Exception {
        try (TestServer server = TestServer.start()) {
            HttpResponse<String> response = server.get("/status/101");
            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(response.body()).contains("/websocket/echo");
        }
    }

    @Test
    void pipelinedRequestsAreAnsweredInOrderEvenWhenTheFirstIsSlow() throws Exception {
        try (TestServer server = TestServer.start()) {
            String raw = server.raw("GET /status/201?sleep=300 HTTP/1.1\r\nHost: x\r\n\r\n"
                    + "GET /status/404 HTTP/1.1\r\nHost: x\r\n\r\n"
                    + "HEAD /status/202 HTTP/1.1\r\nHost: x\r\n\r\n"
                    + "GET /status/200 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
            int created = raw.indexOf("HTTP/1.1 201 Created");
            int notFound = raw.indexOf("HTTP/1.1 404 Not Found");
            int accepted = raw.indexOf("HTTP/1.1 202 Accepted");
            int ok = raw.indexOf("HTTP/1.1 200 OK");
            assertThat(created).isZero();
            assertThat(notFound).isGreaterThan(created);
            assertThat(accepted).isGreaterThan(notFound);
            assertThat(ok).isGreaterThan(accepted);
            assertThat(raw).endsWith("200 OK");
        }
    }

    @Test
    void cleartextHttp2ByUpgradeAndHttp2OverTlsByAlpn() throws Exception {
        try (TestServer plain = TestServer.start()) {
            HttpResponse<String> upgraded = plain.send(plain.http2, "GET", "/status/418");
            assertThat(upgraded.version()).isEqualTo(HttpClient.Version.HTTP_2);
            assertThat(upgraded.statusCode()).isEqualTo(418);
            // what the JDK (and curl --http2) send on an http:// URL: the server switches with a real 101
            String switched = plain.rawHead("GET /get HTTP/1.1\r\nHost: x\r\nConnection: Upgrade, HTTP2-Settings\r\n"
                    + "Upgrade: h2c\r\nHTTP2-Settings: AAMAAABkAAQCAAAAAAIAAAAA\r\n\r\n");
            assertThat(switched)
                    .startsWith("HTTP/1.1 101 Switching Protocols\r\n")
                    .containsIgnoringCase("upgrade: h2c\r\n");
        }
        try (TestServer tls = new TestServer(TestServer.quietBuilder()
                .tls(Optional.empty(), Optional.empty())
                .build())) {
            assertThat(tls.server.uri().getScheme()).isEqualTo("https");
            HttpResponse<String> response = tls.send(TestServer.trustingHttp2(), "GET", "/status/302");
            assertThat(response.version()).isEqualTo(HttpClient.Version.HTTP_2);
            assertThat(response.headers().firstValue("location"))
                    .hasValueSatisfying(location -> assertThat(location).startsWith("https://127.0.0.1:"));
        }
    }

    @Test
    void http1OnlyRefusesToUpgrade() throws Exception {
        try (TestServer server =
                new TestServer(TestServer.quietBuilder().http1Only(true).build())) {
            HttpResponse<String> response = server.send(server.http2, "GET", "/status/200");
            assertThat(response.version()).isEqualTo(HttpClient.Version.HTTP_1_1);
        }
    }

    @Test
    void contentOverTheLimitIs413AndAnnouncedContentIsRefusedBeforeItIsSent() throws Exception {
        try (TestServer server = new TestServer(TestServer.quietBuilder()
                .maxSleep(java.time.Duration.ofSeconds(1))
                .retryAfter(java.time.Duration.ofSeconds(5))
                .maxBody(1024)
                .build())) {
            HttpResponse<String> big = server.http1.send(
                    java.net.http.HttpRequest.newBuilder(server.uri("/status/200"))
                            .POST(java.net.http.HttpRequest.BodyPublishers.ofString("x".repeat(2048)))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(big.statusCode()).isEqualTo(413);
            assertThat(big.body())
                    .startsWith("413 Content Too Large: ")
                    .contains("1024 bytes")
                    .contains("413 内容过大：请求内容超过了本服务器接受的大小（1024 字节，见 --max-body）");
            assertThat(server.get("/status/200").statusCode()).isEqualTo(200);
            String announced = server.raw("POST /status/200 HTTP/1.1\r\nHost: x\r\nContent-Length: 5000\r\n"
                    + "Expect: 100-continue\r\n\r\n");
            assertThat(announced)
                    .startsWith("HTTP/1.1 413 Content Too Large\r\n")
                    .doesNotContain("100 Continue");
            String accepted = server.raw("POST /status/201 HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\n"
                    + "Expect: 100-continue\r\nConnection: close\r\n\r\nabc");
            assertThat(accepted).startsWith("HTTP/1.1 100 Continue\r\n").contains("HTTP/1.1 201 Created");
            String unknown = server.raw("POST /status/201 HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\n"
                    + "Expect: teapot\r\nConnection: close\r\n\r\nabc");
            assertThat(unknown).startsWith("HTTP/1.1 417 Expectation Failed\r\n");
        }
    }

    @Test
    void requestLinesAndHeadersOverTheLimitsAre414And431() throws Exception {
        try (TestServer server = TestServer.start()) {
            String longUri = server.raw("GET /status/200?" + "a".repeat(9000) + " HTTP/1.1\r\nHost: x\r\n\r\n");
            assertThat(longUri).startsWith("HTTP/1.1 414 URI Too Long\r\n");
            String bigHeader =
                    server.raw("GET /status/200 HTTP/1.1\r\nHost: x\r\nX-Big: " + "b".repeat(17_000) + "\r\n\r\n");
            assertThat(bigHeader).startsWith("HTTP/1.1 431 Request Header Fields Too Large\r\n");
            assertThat(server.get("/status/200").statusCode()).isEqualTo(200);
        }
    }
}
