package dev.httpstatus.server;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/**
 * nginx (Debian's package) as a round-robin balancer in front of some servers, run by the test as a plain process:
 * one process, in the foreground, with its configuration, pid file, logs and temporary files in a directory of its
 * own. Each answer says which server gave it in X-Upstream.
 */
final class NginxBalancer implements AutoCloseable {
    private final Process process;
    private final int port;

    private NginxBalancer(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    static NginxBalancer start(List<Integer> upstreams) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("httpstatus-nginx");
        IOException last = null;
        for (int attempt = 0; attempt < 5; attempt++) {
            int port = RedisProcess.freePort();
            Path conf = dir.resolve("nginx.conf");
            Files.writeString(conf, config(dir, port, upstreams));
            Process process = new ProcessBuilder(
                            "nginx",
                            "-p",
                            dir.toString(),
                            "-e",
                            dir.resolve("error.log").toString(),
                            "-c",
                            conf.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(dir.resolve("output.log").toFile())
                    .start();
            if (listening(process, port)) {
                return new NginxBalancer(process, port);
            }
            last = new IOException(
                    "nginx did not start on port " + port + ":\n" + Files.readString(dir.resolve("error.log")));
        }
        throw last;
    }

    int port() {
        return port;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }

    private static String config(Path dir, int port, List<Integer> upstreams) {
        String servers =
                upstreams.stream().map(p -> "    server 127.0.0.1:" + p + ";").collect(Collectors.joining("\n"));
        return """
                daemon off;
                master_process off;
                pid %1$s/nginx.pid;
                error_log %1$s/error.log;
                events { worker_connections 256; }
                http {
                  access_log off;
                  client_body_temp_path %1$s/body;
                  proxy_temp_path %1$s/proxy;
                  fastcgi_temp_path %1$s/fastcgi;
                  uwsgi_temp_path %1$s/uwsgi;
                  scgi_temp_path %1$s/scgi;
                  upstream replicas {
                %2$s
                  }
                  server {
                    listen 127.0.0.1:%3$d;
                    location / {
                      proxy_pass http://replicas;
                      proxy_http_version 1.1;
                      proxy_set_header Connection "";
                      proxy_next_upstream off;
                      add_header X-Upstream $upstream_addr always;
                    }
                  }
                }
                """.formatted(dir, servers, port);
    }

    /** Whether nginx listens on {@code port} before it exits or half a minute passes. */
    private static boolean listening(Process process, int port) throws InterruptedException {
        Instant giveUp = Instant.now().plus(Duration.ofSeconds(30));
        while (process.isAlive() && Instant.now().isBefore(giveUp)) {
            try (Socket ignored = new Socket(InetAddress.getLoopbackAddress(), port)) {
                return true;
            } catch (IOException notYet) {
                process.waitFor(20, java.util.concurrent.TimeUnit.MILLISECONDS);
            }
        }
        process.destroyForcibly();
        return false;
    }
}
