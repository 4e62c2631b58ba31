package dev.httpstatus.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A percent sign without two hex digits after it in the request target: in the path the request cannot be routed
 * and is a 400 that says so; in the query the parameter is left out, as Go leaves it out, and the rest of the query
 * still counts. Either way the client gets an answer, not a closed connection.
 */
class MalformedEscapesTest {
    @RegisterExtension
    static final TestServer server = TestServer.perClass();

    @Test
    void aMalformedEscapeInThePathIsABadRequestThatSaysSo() throws Exception {
        String raw = server.raw("GET /anything/%ZZ HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");

        assertThat(raw).startsWith("HTTP/1.1 400 ").contains("malformed escape");
    }

    @Test
    void aMalformedEscapeInTheQueryLeavesOutThatParameterOnly() throws Exception {
        List<String> answers = new ArrayList<>();
        for (String target : List.of("/status/201?a=%ZZ", "/status/201?lang=zh&a=%4", "/nowhere?a=%ZZ&lang=zh")) {
            answers.add(server.raw("GET " + target + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"));
        }

        assertThat(answers.get(0)).startsWith("HTTP/1.1 201 ");
        assertThat(answers.get(1)).startsWith("HTTP/1.1 201 ");
        assertThat(answers.get(2)).startsWith("HTTP/1.1 404 ");
        assertThat(new String(answers.get(2).getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8))
                .contains("没有");
    }
}
