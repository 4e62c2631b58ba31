package dev.httpstatus.server;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The real httpbin, Debian's {@code python3-httpbin}, served by gunicorn on a loopback port for one test class. A
 * machine without the two packages fails here with the command that installs them, and never skips.
 *
 * <p>gunicorn binds port 0 itself and logs the address it got ("Listening at: http://127.0.0.1:41234"), so no port
 * is chosen before it is bound and no other process can take it in between. The socket listens before the worker
 * has loaded the application; a request sent then waits in the backlog, so readiness is the first answer to {@code
 * /get}.
 */
final class Httpbin implements BeforeAllCallback, AfterAllCallback {
    private static final File PYTHON = new File("/usr/bin/python3");
    private static final File HTTPBIN = new File("/usr/lib/python3/dist-packages/httpbin/core.py");
    private static final File GUNICORN = new File("/usr/lib/python3/dist-packages/gunicorn/__init__.py");
    private static final Pattern LISTENING = Pattern.compile("Listening at: http://127\\.0\\.0\\.1:(\\d+)");
    private static final Duration START_LIMIT = Duration.ofSeconds(60);

    private final StringBuffer log = new StringBuffer();
    private Process gunicorn;
    private URI base;

    /** Where httpbin answers, {@code http://127.0.0.1:port}. */
    URI uri(String path) {
        return base.resolve(path);
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        if (!PYTHON.canExecute() || !HTTPBIN.isFile() || !GUNICORN.isFile()) {
            throw new IllegalStateException("the compatibility suite needs Debian's httpbin and gunicorn: "
                    + "apt-get install python3-httpbin gunicorn (bin/test does this)");
        }
        ProcessBuilder builder = new ProcessBuilder(List.of(
                PYTHON.getPath(),
                "-m",
                "gunicorn",
                "--bind",
                "127.0.0.1:0",
                // Threads, so that a slow answer (/delay, /drip) does not hold the next request.
                "--threads",
                "8",
                "--graceful-timeout",
                "2",
                "--log-level",
                "info",
                "httpbin:app"));
        builder.environment().remove("GUNICORN_CMD_ARGS");
        builder.redirectErrorStream(true);
        gunicorn = builder.start();
        int port =
                readPort(new BufferedReader(new InputStreamReader(gunicorn.getInputStream(), StandardCharsets.UTF_8)));
        base = URI.create("http://127.0.0.1:" + port);
        awaitFirstAnswer();
    }

    /** Reads gunicorn's log up to the line naming its port, then keeps draining it on a thread of its own. */
    private int readPort(BufferedReader output) throws IOException {
        String line;
        while ((line = output.readLine()) != null) {
            log.append(line).append('\n');
            Matcher listening = LISTENING.matcher(line);
            if (listening.find()) {
                Thread drain = new Thread(() -> drain(output), "httpbin-log");
                drain.setDaemon(true);
                drain.start();
                return Integer.parseInt(listening.group(1));
            }
        }
        throw new IllegalStateException("gunicorn stopped before it listened:\n" + log);
    }

    private void drain(BufferedReader output) {
        try {
            String line;
            while ((line = output.readLine()) != null) {
                log.append(line).append('\n');
            }
        } catch (IOException e) {
            // the process has gone; its log is complete
        }
    }

    private void awaitFirstAnswer() throws InterruptedException {
        HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        Instant giveUp = Instant.now().plus(START_LIMIT);
        IOException last = null;
        while (Instant.now().isBefore(giveUp) && gunicorn.isAlive()) {
            try {
                HttpResponse<Void> answer = client.send(
                        HttpRequest.newBuilder(uri("/get"))
                                .timeout(Duration.ofSeconds(10))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                if (answer.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                last = e;
            }
        }
        throw new IllegalStateException("httpbin did not answer /get at " + base + " (" + last + "):\n" + log, last);
    }

    @Override
    public void afterAll(ExtensionContext context) throws InterruptedException {
        if (gunicorn == null) {
            return;
        }
        gunicorn.destroy();
        if (!gunicorn.waitFor(10, TimeUnit.SECONDS)) {
            gunicorn.descendants().forEach(ProcessHandle::destroyForcibly);
            gunicorn.destroyForcibly().waitFor();
        }
    }

    /** What gunicorn and httpbin have logged, for a failure message. */
    String log() {
        return log.toString();
    }
}
