package dev.httpstatus.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the clients that found the faults of issue 17 now see: Node's http2 module took a body cut off by {@code
 * fault=abort} for a complete one while the stream ended with CANCEL; Python's requests (urllib3) opened a new
 * connection after every 304, which closed its connection. Each client is the one a user has: Node from the
 * machine, requests from Debian's python3-requests, run on scripts of our own.
 */
class OtherClientsTest {
    @RegisterExtension
    static final TestServer server = TestServer.perClass();

    @TempDir
    Path dir;

    @Test
    void nodesHttp2ClientSeesAnAbortedBodyAsAnErrorNotAsTheWholeBody() throws Exception {
        String script = """
                const http2 = require('node:http2');
                const session = http2.connect(process.argv[2]);
                const stream = session.request({':path': process.argv[3]});
                let bytes = 0;
                stream.on('data', chunk => { bytes += chunk.length; });
                stream.on('end', () => { console.log('complete ' + bytes + ' ' + stream.rstCode); session.close(); });
                stream.on('error', error => { console.log('error ' + error.code + ' ' + stream.rstCode); session.close(); });
                session.on('error', error => { console.log('session ' + error.code); });
                """;
        String base = server.uri("/").toString().replaceAll("/$", "");

        String aborted = run(List.of("/usr/bin/node", write("client.js", script), base, "/bytes/4000?fault=abort"));
        String whole = run(List.of("/usr/bin/node", write("client.js", script), base, "/bytes/4000"));

        // NGHTTP2_INTERNAL_ERROR is 2; Node's error for a stream reset with it is ERR_HTTP2_STREAM_ERROR.
        assertThat(aborted.strip()).isEqualTo("error ERR_HTTP2_STREAM_ERROR 2");
        assertThat(whole.strip()).isEqualTo("complete 4000 0");
    }

    @Test
    void pythonRequestsKeepsItsConnectionAcrossRevalidations() throws Exception {
        // The local port of the connection each answer came on, read while the answer still holds it: a connection
        // that closed after a 304 has none by then, and the next request opens another.
        String script = """
                import sys, requests
                base = sys.argv[1]
                ports = []
                def port(response, *args, **kwargs):
                    connection = response.raw._connection
                    ports.append(connection.sock.getsockname()[1] if connection and connection.sock else None)
                with requests.Session() as session:
                    codes = [session.get(base + path, headers={'If-None-Match': '"v1"'}, hooks={'response': port})
                             .status_code for path in ['/etag/v1', '/status/304', '/etag/v1', '/cache']]
                    print(codes, len(set(ports)), None in ports)
                """;
        String base = server.uri("/").toString().replaceAll("/$", "");

        String result = run(List.of(python(), write("client.py", script), base));

        assertThat(result.strip()).isEqualTo("[304, 304, 304, 304] 1 False");
    }

    private static String python() {
        if (!new File("/usr/lib/python3/dist-packages/requests/__init__.py").exists()) {
            throw new IllegalStateException(
                    "this test needs Debian's python3-requests: apt-get install python3-requests"
                            + " (bin/test does this)");
        }
        return "/usr/bin/python3";
    }

    private String write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content);
        return file.toString();
    }

    private static String run(List<String> command) throws IOException, InterruptedException {
        if (!new File(command.get(0)).canExecute()) {
            throw new IllegalStateException("this test needs " + command.get(0) + " (bin/test installs it)");
        }
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException(String.join(" ", command) + " did not end: " + out);
        }
        assertThat(process.exitValue()).as(out).isZero();
        return out;
    }
}
