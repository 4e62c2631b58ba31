package dev.httpstatus.clients;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * One client's probe run over every case in one process, as long as it answers: a case the client gives no answer
 * to within the case time is recorded as such, and the probe, stuck in that request, is ended and started again for
 * the cases after it. A hanging client costs its cases' time, never the build.
 */
final class ProbeRun implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String END = "\u0000end";
    private static final Duration START = Duration.ofSeconds(60);

    private final Client client;
    private final Path log;
    private final Duration caseTime;
    private Process process;
    private BlockingQueue<String> lines;
    private String version;
    private boolean warm;

    ProbeRun(Client client, Path log, Duration caseTime) {
        this.client = client;
        this.log = log;
        this.caseTime = caseTime;
    }

    /** The client's version, as its probe says it; starting the probe if it is not running. */
    String version() throws IOException, InterruptedException {
        if (process == null) {
            start();
        }
        return version;
    }

    Map<Case, Seen> run(List<Case> cases, Case.Origins origins) throws IOException, InterruptedException {
        Map<Case, Seen> seen = new LinkedHashMap<>();
        for (Case c : cases) {
            // the first request loads the client's classes (a JVM's, while two others start): it gets more time
            boolean fresh = !warm;
            version();
            warm = true;
            Case.Request request = c.request().apply(origins);
            String spec = spec(c.name(), request);
            OutputStream in = process.getOutputStream();
            in.write((spec + "\n").getBytes(StandardCharsets.UTF_8));
            in.flush();
            long time = fresh ? caseTime.toMillis() * 3 : caseTime.toMillis();
            String line = lines.poll(time, TimeUnit.MILLISECONDS);
            if (line == null) {
                seen.put(c, Seen.noAnswerWithin(caseTime.toMillis()));
                stop();
            } else if (line.equals(END)) {
                throw new IOException(client.id() + "'s probe ended at " + c.name() + "; see " + log);
            } else {
                seen.put(
                        c,
                        Seen.read(JSON.readTree(line))
                                .arrived(origins.arrivals()
                                        .applyAsInt(URI.create(request.url()).getPath())));
            }
        }
        return seen;
    }

    private void start() throws IOException, InterruptedException {
        process = new ProcessBuilder(client.command())
                .redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        lines = new LinkedBlockingQueue<>();
        BufferedReader out =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        BlockingQueue<String> queue = lines;
        Thread reader = new Thread(
                () -> {
                    try {
                        for (String line = out.readLine(); line != null; line = out.readLine()) {
                            queue.add(line);
                        }
                    } catch (IOException e) {
                        // the probe was ended; END below says so
                    }
                    queue.add(END);
                },
                "probe-" + client.id());
        reader.setDaemon(true);
        reader.start();
        String hello = lines.poll(START.toMillis(), TimeUnit.MILLISECONDS);
        if (hello == null || hello.equals(END)) {
            stop();
            throw new IOException(client.id() + "'s probe did not start; see " + log);
        }
        version = JSON.readTree(hello).path("version").asText();
    }

    private void stop() {
        if (process != null) {
            // the shell probes' curl or wget is a child of bash: end it too, or it holds the pipe open
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            process = null;
        }
    }

    private String spec(String name, Case.Request request) throws IOException {
        if (client.shell()) {
            StringBuilder fields = new StringBuilder();
            fields.append(name)
                    .append('\u001f')
                    .append(request.method())
                    .append('\u001f')
                    .append(request.url());
            fields.append('\u001f').append(request.body() == null ? "" : request.body());
            fields.append('\u001f').append(request.repeat());
            fields.append('\u001f').append(request.then() == null ? "-" : request.then());
            fields.append('\u001f');
            request.options()
                    .forEach((option, value) ->
                            fields.append(option).append('=').append(value).append(' '));
            request.headers()
                    .forEach((header, value) ->
                            fields.append('\u001f').append(header).append(": ").append(value));
            return fields.toString();
        }
        ObjectNode spec = JSON.createObjectNode()
                .put("case", name)
                .put("method", request.method())
                .put("url", request.url())
                .put("body", request.body())
                .put("repeat", request.repeat())
                .put("then", request.then());
        ObjectNode headers = spec.putObject("headers");
        request.headers().forEach(headers::put);
        ObjectNode options = spec.putObject("options");
        request.options().forEach(options::put);
        return JSON.writeValueAsString(spec);
    }

    @Override
    public void close() throws IOException {
        if (process != null) {
            process.getOutputStream().close();
            try {
                if (!process.waitFor(10, TimeUnit.SECONDS)) {
                    stop();
                }
            } catch (InterruptedException e) {
                stop();
                Thread.currentThread().interrupt();
            }
        }
    }
}
