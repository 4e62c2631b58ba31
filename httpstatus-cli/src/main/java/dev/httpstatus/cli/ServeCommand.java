package dev.httpstatus.cli;

import dev.httpstatus.server.Durations;
import dev.httpstatus.server.ServerConfig;
import dev.httpstatus.server.Sizes;
import dev.httpstatus.server.StatusServer;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import sun.misc.Signal;

/**
 * {@code httpstatus serve}: runs the status server until SIGTERM or SIGINT, which stop it gracefully with
 * exit status 0. Flags override the HTTPSTATUS_* environment, which overrides the defaults.
 */
@Command(name = "serve", mixinStandardHelpOptions = true, sortOptions = false)
final class ServeCommand implements Callable<Integer> {
    @ParentCommand
    HttpStatusCommand top;

    @Spec
    CommandSpec spec;

    @Option(names = "--host", descriptionKey = "serve.host", paramLabel = "ADDRESS")
    Optional<String> host;

    @Option(
            names = {"-p", "--port"},
            descriptionKey = "serve.port",
            paramLabel = "PORT")
    Optional<Integer> port;

    @Option(names = "--tls", descriptionKey = "serve.tls")
    boolean tls;

    @Option(names = "--cert", descriptionKey = "serve.cert", paramLabel = "PEM")
    Optional<Path> certificate;

    @Option(names = "--key", descriptionKey = "serve.key", paramLabel = "PEM")
    Optional<Path> key;

    @Option(names = "--http1-only", descriptionKey = "serve.http1Only")
    boolean http1Only;

    @Option(
            names = {"-q", "--quiet"},
            descriptionKey = "serve.quiet")
    boolean quiet;

    @Option(names = "--max-sleep", descriptionKey = "serve.maxSleep", paramLabel = "DURATION")
    Optional<String> maxSleep;

    @Option(names = "--retry-after", descriptionKey = "serve.retryAfter", paramLabel = "DURATION")
    Optional<String> retryAfter;

    @Option(names = "--max-body", descriptionKey = "serve.maxBody", paramLabel = "SIZE")
    Optional<String> maxBody;

    @Option(names = "--max-request-line", descriptionKey = "serve.maxRequestLine", paramLabel = "SIZE")
    Optional<String> maxRequestLine;

    @Option(names = "--max-header-size", descriptionKey = "serve.maxHeaderSize", paramLabel = "SIZE")
    Optional<String> maxHeaderSize;

    @Option(names = "--head-timeout", descriptionKey = "serve.headTimeout", paramLabel = "DURATION")
    Optional<String> headTimeout;

    @Option(names = "--idle-timeout", descriptionKey = "serve.idleTimeout", paramLabel = "DURATION")
    Optional<String> idleTimeout;

    @Option(names = "--max-connections", descriptionKey = "serve.maxConnections", paramLabel = "N")
    Optional<Integer> maxConnections;

    @Option(names = "--max-delayed", descriptionKey = "serve.maxDelayed", paramLabel = "N")
    Optional<Integer> maxDelayed;

    @Option(names = "--max-generated", descriptionKey = "serve.maxGenerated", paramLabel = "SIZE")
    Optional<String> maxGenerated;

    @Option(names = "--max-redirects", descriptionKey = "serve.maxRedirects", paramLabel = "N")
    Optional<Integer> maxRedirects;

    @Option(names = "--threads", descriptionKey = "serve.threads", paramLabel = "N")
    Optional<Integer> threads;

    @Option(names = "--allow-redirect-host", descriptionKey = "serve.allowRedirectHost", paramLabel = "HOST")
    List<String> redirectHosts = List.of();

    @Override
    public Integer call() throws InterruptedException {
        ServerConfig config = config();
        StatusServer server;
        try {
            server = StatusServer.start(config);
        } catch (IllegalStateException e) {
            top.context().err().println("httpstatus: " + e.getMessage());
            return ExitCodes.NOT_FOUND;
        }
        PrintWriter out = top.context().out();
        out.println(top.messages().get("serve.listening", server.uri(), protocols(config), server.transport()));
        out.flush();
        Runnable stop = () -> new Thread(server::close, "httpstatus-shutdown").start();
        Signal.handle(new Signal("TERM"), signal -> stop.run());
        Signal.handle(new Signal("INT"), signal -> stop.run());
        server.awaitClose();
        return ExitCodes.OK;
    }

    /** The environment's configuration with the flags given here on top; bad values are usage errors. */
    ServerConfig config() {
        try {
            ServerConfig env = ServerConfig.fromEnvironment(top.context().env());
            ServerConfig.Builder config = env.toBuilder()
                    .address(host.orElse(env.host()), port.orElse(env.port()))
                    .http1Only(http1Only || env.http1Only())
                    .accessLog(!quiet && env.accessLog())
                    // Nothing outside this process could read a journal: keeping one would only cost memory.
                    .journal(false);
            if (tls || certificate.isPresent()) {
                config.tls(certificate, key);
            }
            maxSleep.map(Durations::parse).ifPresent(config::maxSleep);
            retryAfter.map(Durations::parse).ifPresent(config::retryAfter);
            maxBody.map(Sizes::parse).ifPresent(config::maxBody);
            maxRequestLine.map(Sizes::parse).ifPresent(config::maxRequestLine);
            maxHeaderSize.map(Sizes::parse).ifPresent(config::maxHeaderSize);
            threads.ifPresent(config::threads);
            headTimeout.map(Durations::parse).ifPresent(config::headTimeout);
            idleTimeout.map(Durations::parse).ifPresent(config::idleTimeout);
            maxConnections.ifPresent(config::maxConnections);
            maxDelayed.ifPresent(config::maxDelayed);
            maxGenerated.map(Sizes::parse).ifPresent(config::maxGenerated);
            maxRedirects.ifPresent(config::maxRedirects);
            Set<String> hosts = new HashSet<>(env.redirectHosts());
            hosts.addAll(redirectHosts);
            return config.redirectHosts(hosts).build();
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    private static String protocols(ServerConfig config) {
        if (config.http1Only()) {
            return "HTTP/1.1";
        }
        return config.tls() ? "HTTP/1.1, h2" : "HTTP/1.1, h2c";
    }
}
