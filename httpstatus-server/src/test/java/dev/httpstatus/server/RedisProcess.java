package dev.httpstatus.server;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A {@code redis-server} (Debian's package) of a test's own on a free loopback port, without persistence. Redis
 * cannot pick a free port itself, so one is found by binding port 0 and let go; should another process take it
 * meanwhile, Redis exits and another port is tried. It counts as started once it says it accepts connections.
 */
final class RedisProcess implements AutoCloseable {
    private final Path dir;
    private final int port;
    private Process process;

    private RedisProcess(Path dir, int port, Process process) {
        this.dir = dir;
        this.port = port;
        this.process = process;
    }

    static RedisProcess start() throws IOException {
        Path dir = Files.createTempDirectory("httpstatus-redis");
        IOException last = null;
        for (int attempt = 0; attempt < 5; attempt++) {
            int port = freePort();
            try {
                return new RedisProcess(dir, port, launch(dir, port));
            } catch (IOException e) {
                last = e;
            }
        }
        throw last;
    }

    int port() {
        return port;
    }

    /** Stops Redis at once, as a crash would: what it kept is gone. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** Freezes Redis (SIGSTOP): it keeps its connections and answers nothing, as a Redis that hangs. */
    void freeze() throws IOException, InterruptedException {
        signal("STOP");
    }

    /** Lets a frozen Redis run again (SIGCONT). */
    void thaw() throws IOException, InterruptedException {
        signal("CONT");
    }

    private void signal(String name) throws IOException, InterruptedException {
        int exit = new ProcessBuilder("kill", "-" + name, Long.toString(process.pid()))
                .inheritIO()
                .start()
                .waitFor();
        if (exit != 0) {
            throw new IOException("kill -" + name + " " + process.pid() + " failed");
        }
    }

    /** Starts Redis again on the same port. */
    void restart() throws IOException {
        process = launch(dir, port);
    }

    @Override
    public void close() throws Exception {
        thaw();
        kill();
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static Process launch(Path dir, int port) throws IOException {
        Process process = new ProcessBuilder(List.of(
                        "redis-server",
                        "--port",
                        Integer.toString(port),
                        "--bind",
                        "127.0.0.1",
                        "--save",
                        "",
                        "--appendonly",
                        "no",
                        "--dir",
                        dir.toString()))
                .redirectErrorStream(true)
                .start();
        BufferedReader out =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder said = new StringBuilder();
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            said.append(line).append('\n');
            if (line.contains("Ready to accept connections")) {
                // Its later lines must still be read, or Redis blocks on a full pipe.
                Thread drain = new Thread(() -> out.lines().forEach(ignored -> {}));
                drain.setDaemon(true);
                drain.start();
                return process;
            }
        }
        throw new IOException("redis-server on port " + port + " did not start:\n" + said);
    }
}
