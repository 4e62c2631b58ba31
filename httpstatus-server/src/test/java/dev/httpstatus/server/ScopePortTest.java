package dev.httpstatus.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.httpstatus.server.script.RecordedRequest;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A port of a scope's own: plain paths, the scope's scripts and journal, and nothing left once it is closed. */
class ScopePortTest {
    @RegisterExtension
    static final TestServer server = TestServer.perClass();

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(URI uri) throws Exception {
        return http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theBaseUriIsAPlainOriginThatAbsolutePathsResolveAgainst() throws Exception {
        try (ScopePort port = server.server.openScope("plain")) {
            assertThat(port.uri().toString()).isEqualTo("http://127.0.0.1:" + port.port() + "/");
            assertThat(port.port()).isNotEqualTo(server.server.port());
            port.server().scripts().script("plain", "/pay").respond(202);

            assertThat(get(port.uri().resolve("/pay")).statusCode()).isEqualTo(202);
            assertThat(get(port.uri().resolve("pay")).statusCode()).isEqualTo(202);
            assertThat(port.server().journal().requests("plain"))
                    .extracting(RecordedRequest::path)
                    .containsExactly("/pay", "/pay");
        }
    }

    @Test
    void scriptsAndJournalsOfTwoPortsStayApart() throws Exception {
        try (ScopePort a = server.server.openScope("a");
                ScopePort b = server.server.openScope("b")) {
            server.server.scripts().script("a", "/same").respond(201);
            server.server.scripts().script("b", "/same").respond(418);

            assertThat(get(a.uri().resolve("/same")).statusCode()).isEqualTo(201);
            assertThat(get(b.uri().resolve("/same")).statusCode()).isEqualTo(418);
            assertThat(get(server.uri("/same")).statusCode()).isEqualTo(404);
            assertThat(server.server.journal().requests("a")).hasSize(1);
            assertThat(server.server.journal().requests("b")).hasSize(1);
        }
    }

    @Test
    void linksTheServerWritesStayOnThePortWithoutAPrefix() throws Exception {
        try (ScopePort port = server.server.openScope("links")) {
            HttpResponse<String> response = get(port.uri().resolve("/redirect/2"));

            assertThat(response.headers().firstValue("location")).contains("/relative-redirect/1");
        }
    }

    @Test
    void anHttp2ConnectionKeepsItsPortsScope() throws Exception {
        HttpClient h2 =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_2).build();
        try (ScopePort port = server.server.openScope("h2")) {
            server.server.scripts().script("h2", "/two").respond(203);
            HttpResponse<String> first = h2.send(
                    HttpRequest.newBuilder(port.uri().resolve("/two")).build(), HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> second = h2.send(
                    HttpRequest.newBuilder(port.uri().resolve("/two")).build(), HttpResponse.BodyHandlers.ofString());

            assertThat(first.statusCode()).isEqualTo(203);
            assertThat(second.version()).isEqualTo(HttpClient.Version.HTTP_2);
            assertThat(second.statusCode()).isEqualTo(203);
            assertThat(server.server.journal().requests("h2"))
                    .extracting(RecordedRequest::protocol)
                    .contains("HTTP/2");
        }
    }

    @Test
    void closingThePortStopsListeningAndForgetsTheScope() throws Exception {
        ScopePort port = server.server.openScope("gone");
        server.server.scripts().script("gone", "/x").respond(201);
        get(port.uri().resolve("/x"));

        port.close();

        assertThat(server.server.journal().requests("gone")).isEmpty();
        try (Socket socket = new Socket()) {
            assertThatThrownBy(() -> socket.connect(new InetSocketAddress("127.0.0.1", port.port()), 1000))
                    .isInstanceOf(IOException.class);
        }
        assertThat(get(server.uri("/status/204")).statusCode()).isEqualTo(204);
    }

    @Test
    void theSharedScopeHasNoPortOfItsOwn() {
        assertThatThrownBy(() -> server.server.openScope("")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aClosedServerOpensNoPort() {
        StatusServer closed = StatusServer.start(TestServer.quiet());
        closed.close();

        assertThatThrownBy(() -> closed.openScope("late")).isInstanceOf(IllegalStateException.class);
    }
}
