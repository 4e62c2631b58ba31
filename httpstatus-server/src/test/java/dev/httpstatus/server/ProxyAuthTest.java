package dev.httpstatus.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.Authenticator;
import java.net.InetSocketAddress;
import java.net.PasswordAuthentication;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code /proxy-auth/{user}/{password}}: the server, as a client's HTTP proxy, asks for the proxy's credentials as
 * {@code /basic-auth} asks for the origin's: 407 with a Basic challenge until Proxy-Authorization carries them.
 */
class ProxyAuthTest {
    @RegisterExtension
    static final TestServer server = TestServer.perClass();

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static String get(String target, String... headers) throws Exception {
        return server.raw("GET " + target + " HTTP/1.1\r\nHost: any.host\r\n" + String.join("", headers)
                + "Connection: close\r\n\r\n");
    }

    @Test
    void withoutCredentialsTheProxyAsksForThemWithABasicChallenge() throws Exception {
        String answer = get("http://any.host/proxy-auth/alice/secret");

        assertThat(answer)
                .startsWith("HTTP/1.1 407 Proxy Authentication Required\r\n")
                .containsIgnoringCase("proxy-authenticate: Basic realm=\"Fake Realm\"\r\n")
                .doesNotContainIgnoringCase("www-authenticate")
                .contains("\"authenticated\":false")
                .contains("\"user\":\"\"");
    }

    @Test
    void theRightProxyCredentialsGet200AndTheUser() throws Exception {
        String answer = get(
                "http://any.host/proxy-auth/alice/secret", "Proxy-Authorization: " + basic("alice", "secret") + "\r\n");

        assertThat(answer)
                .startsWith("HTTP/1.1 200 OK\r\n")
                .contains("\"authenticated\":true")
                .contains("\"user\":\"alice\"");
    }

    @Test
    void wrongCredentialsAreRefusedAndNamed() throws Exception {
        String answer = get(
                "http://any.host/proxy-auth/alice/secret", "Proxy-Authorization: " + basic("alice", "wrong") + "\r\n");

        assertThat(answer)
                .startsWith("HTTP/1.1 407 ")
                .contains("\"authenticated\":false")
                .contains("\"user\":\"alice\"");
    }

    @Test
    void credentialsMeantForTheOriginDoNotOpenTheProxy() throws Exception {
        String answer =
                get("http://any.host/proxy-auth/alice/secret", "Authorization: " + basic("alice", "secret") + "\r\n");

        assertThat(answer).startsWith("HTTP/1.1 407 ");
    }

    @Test
    void aPathWithoutUserAndPasswordIs404WithTheReason() throws Exception {
        String answer = get("http://any.host/proxy-auth/alice");

        assertThat(answer).startsWith("HTTP/1.1 404 ").contains("/proxy-auth/alice/secret");
    }

    @Test
    void theJdkClientWithAProxyAuthenticatorAnswersTheChallenge() throws Exception {
        List<Authenticator.RequestorType> asked = new ArrayList<>();
        HttpClient proxied = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .proxy(ProxySelector.of(new InetSocketAddress("127.0.0.1", server.server.port())))
                .authenticator(new Authenticator() {
                    @Override
                    protected PasswordAuthentication getPasswordAuthentication() {
                        asked.add(getRequestorType());
                        return new PasswordAuthentication("alice", "secret".toCharArray());
                    }
                })
                .build();

        HttpResponse<String> response = proxied.send(
                HttpRequest.newBuilder(URI.create("http://origin.test/proxy-auth/alice/secret"))
                        .timeout(Duration.ofSeconds(20))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"user\":\"alice\"");
        assertThat(asked).containsExactly(Authenticator.RequestorType.PROXY);
    }
}
