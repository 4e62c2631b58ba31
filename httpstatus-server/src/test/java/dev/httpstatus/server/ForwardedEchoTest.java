package dev.httpstatus.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.InetAddress;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A server its operator set up to stand behind a proxy ({@code --trust-forwarded}), to tell its host name ({@code
 * --real-hostname}) and to show some variables ({@code HTTPBIN_ENV_*}).
 */
class ForwardedEchoTest {
    @RegisterExtension
    static final TestServer server = TestServer.perClass(config -> config.trustForwarded(true)
            .realHostname(true)
            .shownEnvironment(Map.of("HTTPBIN_ENV_REGION", "eu", "HTTPSTATUS_ENV_COLOUR", "green")));

    @Test
    void theClientIsTheFirstAddressOfXForwardedFor() throws Exception {
        assertThat(server.get("/ip", "X-Forwarded-For", "10.1.1.1, 10.2.2.2, 10.3.3.3")
                        .body())
                .isEqualTo("{\"origin\":\"10.1.1.1\"}");
    }

    @Test
    void aHostingPlatformsClientHeaderComesFirst() throws Exception {
        assertThat(server.get("/ip", "X-Forwarded-For", "10.1.1.1", "CF-Connecting-IP", "10.9.9.9")
                        .body())
                .isEqualTo("{\"origin\":\"10.9.9.9\"}");
    }

    @Test
    void withoutForwardedHeadersTheConnectionSays() throws Exception {
        assertThat(server.get("/ip", "X-Forwarded-For", "").body()).isEqualTo("{\"origin\":\"127.0.0.1\"}");
    }

    @Test
    void theSchemeOfTheUrlIsTheOneTheProxyWasAddressedWith() throws Exception {
        JsonNode proto = EchoClient.echo(server.get("/get", "X-Forwarded-Proto", "https"));
        JsonNode ssl = EchoClient.echo(server.get("/get", "X-Forwarded-Ssl", "on"));

        assertThat(proto.get("url").asText()).startsWith("https://");
        assertThat(ssl.get("url").asText()).startsWith("https://");
        assertThat(proto.get("origin").asText()).isEqualTo("127.0.0.1");
    }

    @Test
    void hostnameIsTheMachinesWhenTheOperatorSaysSo() throws Exception {
        String name = EchoClient.echo(server.get("/hostname")).get("hostname").asText();

        assertThat(name).isNotBlank().isNotEqualTo("httpstatus");
        assertThat(name).isEqualTo(InetAddress.getLocalHost().getHostName());
    }

    @Test
    void envShowsTheVariablesTheOperatorSetForIt() throws Exception {
        assertThat(server.get("/env").body())
                .isEqualTo("{\"env\":{\"HTTPBIN_ENV_REGION\":\"eu\",\"HTTPSTATUS_ENV_COLOUR\":\"green\"}}");
    }
}
