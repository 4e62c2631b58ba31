package dev.httpstatus.junit;

import dev.httpstatus.server.StatusServer;
import dev.httpstatus.server.script.RecordedRequest;
import dev.httpstatus.server.script.Script;
import java.net.URI;
import java.time.Duration;
import java.util.List;

/**
 * One test's view of the status server: URIs in the test's own scope, the scripts of its paths and the
 * journal of what its client sent. Everything here concerns this test only, whatever runs beside it.
 */
public final class TestStatusServer {
    private final StatusServer server;
    private final String scope;

    TestStatusServer(StatusServer server, String scope) {
        this.server = server;
        this.scope = scope;
    }

    /** The base URI of this test's scope, such as {@code http://127.0.0.1:41234/_scope/t3}. */
    public URI uri() {
        return server.uri(scope);
    }

    /**
     * The URI of {@code path} in this test's scope: {@code uri("/status/503")}.
     *
     * @throws IllegalArgumentException when {@code path} does not start with a slash
     */
    public URI uri(String path) {
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("a path starts with /: " + path);
        }
        return URI.create(uri() + path);
    }

    /**
     * The script of {@code path}: {@code script("/flaky").respond(503, 503, 200)}. A scripted path answers
     * its script instead of the built-in endpoint; once the script is used up, its last answer repeats.
     */
    public Script script(String path) {
        return server.scripts().script(scope, path);
    }

    /** Every request this test's client sent to the server, oldest first. */
    public List<RecordedRequest> requests() {
        return server.journal().requests(scope);
    }

    /** The requests to {@code path}, oldest first. */
    public List<RecordedRequest> requests(String path) {
        return server.journal().requests(scope, path);
    }

    /** The times between consecutive requests to {@code path}: how long a client waited between retries. */
    public List<Duration> intervals(String path) {
        return server.journal().intervals(scope, path);
    }

    /** The port the server listens on. */
    public int port() {
        return server.port();
    }

    /** The server itself, shared by the tests of the class unless each method has its own. */
    public StatusServer server() {
        return server;
    }

    /** Forgets this test's scripts and requests. */
    void reset() {
        server.scripts().clear(scope);
        server.journal().clear(scope);
    }

    @Override
    public String toString() {
        return "TestStatusServer[" + uri() + "]";
    }
}
