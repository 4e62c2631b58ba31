package dev.httpstatus.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A target in absolute form (RFC 9112 §3.2.2) is answered by its path, so the server works as the proxy of a
 * client whose URLs name another host: curl -x, or the JDK client with a proxy selector. The authority of the
 * target is the host the client addressed, before the Host header.
 */
class ProxyModeTest {
    @RegisterExtension
    static final TestServer server = TestServer.perClass();

    @Test
    void anAbsoluteFormTargetIsAnsweredByItsPath() throws Exception {
        String answer =
                server.raw("GET http://any.host/status/503 HTTP/1.1\r\nHost: any.host\r\nConnection: close\r\n\r\n");
        assertThat(answer).startsWith("HTTP/1.1 503 Service Unavailable\r\n");
    }

    @Test
    void curlThroughTheServerAsItsProxyGetsTheServersAnswer() throws Exception {
        String proxy = "http://127.0.0.1:" + server.server.port();
        String status = Curl.run("-x", proxy, "-o", "/dev/null", "-w", "%{http_code}", "http://any.host/status/503");
        String echo = Curl.run("-x", proxy, "http://any.host/anything?q=1");

        assertThat(status).isEqualTo("503");
        assertThat(echo).contains("\"url\":\"http://any.host/anything?q=1\"").contains("\"Host\":[\"any.host\"]");
    }

    @Test
    void theJdkClientWithAProxySelectorGetsTheServersAnswer() throws Exception {
        HttpClient proxied = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .proxy(ProxySelector.of(new InetSocketAddress("127.0.0.1", server.server.port())))
                .build();
        HttpResponse<String> unavailable =
                proxied.send(request("http://any.host/status/503"), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> echoed =
                proxied.send(request("http://other.example:81/anything"), HttpResponse.BodyHandlers.ofString());

        assertThat(unavailable.statusCode()).isEqualTo(503);
        assertThat(echoed.statusCode()).isEqualTo(200);
        assertThat(echoed.body()).contains("\"url\":\"http://other.example:81/anything\"");
    }

    @Test
    void theAuthorityOfTheTargetWinsOverTheHostHeader() throws Exception {
        String answer = server.raw(
                "GET HTTP://Target.Example:8081/anything?a=1 HTTP/1.1\r\nHost: header.example\r\nConnection: close\r\n\r\n");
        assertThat(answer)
                .startsWith("HTTP/1.1 200 OK\r\n")
                .contains("\"url\":\"http://Target.Example:8081/anything?a=1\"");
    }

    @Test
    void absoluteRedirectsLeadBackThroughTheProxy() throws Exception {
        String answer = server.raw(
                "GET http://any.host/redirect/2?absolute=true HTTP/1.1\r\nHost: any.host\r\nConnection: close\r\n\r\n");
        assertThat(answer).startsWith("HTTP/1.1 302 ").contains("location: http://any.host/");
    }

    @Test
    void aTargetWithoutAPathIsTheRoot() throws Exception {
        String answer =
                server.raw("GET http://any.host?lang=en HTTP/1.1\r\nHost: any.host\r\nConnection: close\r\n\r\n");
        assertThat(answer).startsWith("HTTP/1.1 200 OK\r\n").contains("<!DOCTYPE html>");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "ftp://any.host/status/200    | scheme ftp",
                "http://user:pw@any.host/     | without user information",
                "http:/status/200             | needs a host",
                "http://                      | needs a host",
                "http://:80/                  | needs a host",
                "http://[::1/                 | needs a host",
            })
    void aMalformedAbsoluteFormTargetIs400WithItsReason(String target, String reason) throws Exception {
        String answer = server.raw("GET " + target + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        assertThat(answer).as(target).startsWith("HTTP/1.1 400 Bad Request\r\n").contains(reason);
    }

    @Test
    void theReasonIsInChineseToo() throws Exception {
        String answer = server.raw(
                "GET ftp://any.host/ HTTP/1.1\r\nHost: x\r\nAccept-Language: zh\r\nConnection: close\r\n\r\n");
        assertThat(new String(answer.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8))
                .startsWith("HTTP/1.1 400 ")
                .contains("本服务器只应答 http 和 https 的 URL");
    }

    @Test
    void connectStaysNotImplemented() throws Exception {
        String answer = server.raw("CONNECT any.host:443 HTTP/1.1\r\nHost: any.host:443\r\nConnection: close\r\n\r\n");
        assertThat(answer).startsWith("HTTP/1.1 501 Not Implemented\r\n").contains("CONNECT");
    }

    private static HttpRequest request(String uri) {
        return HttpRequest.newBuilder(URI.create(uri))
                .timeout(Duration.ofSeconds(20))
                .build();
    }
}
