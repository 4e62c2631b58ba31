package dev.httpstatus.junit;

import dev.httpstatus.server.ScopePort;
import dev.httpstatus.server.StatusServer;
import dev.httpstatus.server.script.RecordedRequest;
import dev.httpstatus.server.script.Script;
import java.net.URI;
import java.time.Duration;
import java.util.List;

/**
 * One test's view of the status server: a port of its own, the scripts of its paths and the journal of what its
 * client sent to that port. Everything here concerns this test only, whatever runs beside it.
 */
public final class TestStatusServer {
    private final ScopePort port;

    TestStatusServer(ScopePort port) {
        this.port = port;
    }

    /**
     * The base URI of this test: a plain origin such as {@code http://127.0.0.1:41234/}, with no path to keep, so
     * {@code uri().resolve("/pay")}, Retrofit's {@code @POST("/pay")} and OkHttp's {@code HttpUrl.resolve} all reach
     * this test's {@code /pay}.
     */
    public URI uri() {
        return port.uri();
    }

    /**
     * The URI of {@code path} on this test's port: {@code uri("/status/503")}.
     *
     * @throws IllegalArgumentException when {@code path} does not start with a slash
     */
    public URI uri(String path) {
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("a path starts with /: " + path);
        }
        return URI.create(uri() + path.substring(1));
    }

    /**
     * The script of {@code path}: {@code script("/flaky").respond(503, 503, 200)}. A scripted path answers
     * its script instead of the built-in endpoint; once the script is used up, its last answer repeats.
     */
    public Script script(String path) {
        return port.server().scripts().script(port.scope(), path);
    }

    /** Every request this test's client sent to the server, oldest first. */
    public List<RecordedRequest> requests() {
        return port.server().journal().requests(port.scope());
    }

    /** The requests to {@code path}, oldest first. */
    public List<RecordedRequest> requests(String path) {
        return port.server().journal().requests(port.scope(), path);
    }

    /** The times between consecutive requests to {@code path}: how long a client waited between retries. */
    public List<Duration> intervals(String path) {
        return port.server().journal().intervals(port.scope(), path);
    }

    /** The port of this test, the one {@link #uri()} names. */
    public int port() {
        return port.port();
    }

    /** The server itself, shared by the tests of the class unless each method has its own. */
    public StatusServer server() {
        return port.server();
    }

    /** Closes this test's port and forgets its scripts and requests. */
    void close() {
        port.close();
    }

    @Override
    public String toString() {
        return "TestStatusServer[" + uri() + "]";
    }
}
