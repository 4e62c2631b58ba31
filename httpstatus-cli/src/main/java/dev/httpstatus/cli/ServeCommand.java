package dev.httpstatus.cli;

import dev.httpstatus.server.StatusServer;
import dev.httpstatus.server.config.ServerConfig;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code httpstatus serve}: runs the status server until SIGTERM or SIGINT, which stop it gracefully with
 * exit status 0. Its flags, one for each server setting, are added by {@link SettingFlags}; they override the
 * HTTPSTATUS_* environment, which overrides the defaults.
 */
@Command(name = "serve", mixinStandardHelpOptions = true, sortOptions = false)
final class ServeCommand implements Callable<Integer> {
    @ParentCommand
    HttpStatusCommand top;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        ServerConfig config = config();
        StatusServer server;
        try {
            server = StatusServer.start(config);
        } catch (IllegalStateException e) {
            top.context().err().println("httpstatus: " + e.getMessage());
            return ExitCodes.UNAVAILABLE;
        }
        PrintWriter out = top.context().out();
        out.println(top.messages().get("serve.listening", server.uri(), protocols(config), server.transport()));
        out.flush();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(server), "httpstatus-shutdown"));
        server.awaitClose();
        return ExitCodes.OK;
    }

    /**
     * Runs when the JVM is asked to stop, by SIGTERM or SIGINT: requests in flight finish, up to the shutdown
     * grace. The JVM would then end with 128 plus the signal's number, as if the server had failed; a stop that
     * was asked for and went as planned ends with 0 instead, which only halting can set once shutdown has begun.
     */
    private void stop(StatusServer server) {
        server.close();
        top.context().out().flush();
        top.context().err().flush();
        Runtime.getRuntime().halt(ExitCodes.OK);
    }

    /** The environment's configuration with the flags given here on top; bad values are usage errors. */
    ServerConfig config() {
        try {
            ServerConfig env = ServerConfig.fromEnvironment(top.context().env());
            // Nothing outside this process could read a journal: keeping one would only cost memory.
            ServerConfig.Builder config = env.toBuilder().journal(false);
            SettingFlags.applyTo(config, spec.commandLine().getParseResult());
            return config.build();
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
