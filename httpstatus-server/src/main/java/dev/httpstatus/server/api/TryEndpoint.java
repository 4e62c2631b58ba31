package dev.httpstatus.server.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.httpstatus.server.config.ServerConfig;
import dev.httpstatus.server.exchange.Endpoint;
import dev.httpstatus.server.exchange.Exchange;
import dev.httpstatus.server.exchange.Json;
import dev.httpstatus.server.exchange.Problem;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;

/**
 * {@code /api/v1/try?target=/status/404}: the "Try it" of the reference pages. It sends the request to this
 * very server over a real connection and returns what came back on the wire, interim responses included, as
 * JSON; a browser's own fetch would follow redirects, hide 1xx responses and lose the reason phrase.
 *
 * <p>Each try blocks one thread of a small pool for at most {@link #TIMEOUT}; when all are busy the answer is 503.
 */
final class TryEndpoint implements Endpoint {
    static final Duration TIMEOUT = Duration.ofSeconds(5);
    private static final int MAX_HEAD = 16 * 1024;
    private static final int MAX_BODY = 4 * 1024;
    private static final int THREADS = 4;
    private static final Pattern TARGET = Pattern.compile("/[\\x21-\\x7e&&[^#]]{0,2047}");
    private static final Pattern METHOD = Pattern.compile("[A-Z]{1,16}");
    private static final Pattern HEADER = Pattern.compile("[A-Za-z0-9-]{1,64}: [\\x20-\\x7e]{1,512}");

    private final ServerConfig config;
    private final IntSupplier ownPort;
    private final Optional<SSLContext> self;
    private final ExecutorService probes =
            new ThreadPoolExecutor(0, THREADS, 30, TimeUnit.SECONDS, new SynchronousQueue<>(), runnable -> {
                Thread thread = new Thread(runnable, "httpstatus-try");
                thread.setDaemon(true);
                return thread;
            });

    /**
     * @param ownPort the port this server listens on, known once it does
     * @param self with TLS, a client context trusting exactly this server's certificate
     */
    TryEndpoint(ServerConfig config, IntSupplier ownPort, Optional<SSLContext> self) {
        this.config = config;
        this.ownPort = ownPort;
        this.self = self;
    }

    @Override
    public void handle(Exchange exchange) {
        Optional<String> target = exchange.request().query("target");
        String method = exchange.request().query("method").orElse("GET");
        Optional<String> header = exchange.request().query("header");
        if (target.isEmpty()
                || !TARGET.matcher(target.get()).matches()
                || target.get().startsWith("//")) {
            throw Problem.badRequest("try.target");
        }
        if (!METHOD.matcher(method).matches()) {
            throw Problem.badRequest("try.method");
        }
        if (header.isPresent() && !HEADER.matcher(header.get()).matches()) {
            throw Problem.badRequest("try.header");
        }
        String request = method + " " + target.get() + " HTTP/1.1\r\n"
                + "Host: " + exchange.request().host() + "\r\n"
                + header.map(h -> h + "\r\n").orElse("")
                + "Accept: application/json\r\n"
                + "User-Agent: httpstatus-try\r\n"
                + "Connection: close\r\n\r\n";
        try {
            probes.execute(() -> {
                ObjectNode result = probe(request);
                exchange.answer(noStore(Json.response(200, result)));
            });
        } catch (RejectedExecutionException e) {
            throw Problem.of(503, "try.busy").header("Retry-After", "1");
        }
    }

    private static FullHttpResponse noStore(FullHttpResponse response) {
        response.headers().set(HttpHeaderNames.CACHE_CONTROL, "no-store");
        return response;
    }

    private ObjectNode probe(String request) {
        ObjectNode result = Json.MAPPER.createObjectNode();
        result.put("request", request.stripTrailing());
        ArrayNode interim = result.putArray("interim");
        long started = System.nanoTime();
        try (Socket socket = connect()) {
            socket.setSoTimeout((int) TIMEOUT.toMillis());
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            readHeads(socket.getInputStream(), interim, result);
        } catch (SocketTimeoutException e) {
            result.put("error", "no final response within " + TIMEOUT.toSeconds() + " s");
        } catch (IOException e) {
            result.put("error", "the request failed: " + e.getClass().getSimpleName());
        }
        result.put("millis", TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
        return result;
    }

    /** Reads response heads until the final one (any but 1xx, or 101, which ends HTTP on the connection). */
    private static void readHeads(InputStream in, ArrayNode interim, ObjectNode result) throws IOException {
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        byte[] buffer = new byte[4096];
        int consumed = 0;
        int read;
        while (received.size() < MAX_HEAD && (read = in.read(buffer)) > 0) {
            received.write(buffer, 0, read);
            String text = received.toString(StandardCharsets.ISO_8859_1);
            int end;
            while ((end = text.indexOf("\r\n\r\n", consumed)) >= 0) {
                String head = text.substring(consumed, end);
                consumed = end + 4;
                int status = status(head);
                if (status >= 100 && status < 200 && status != 101) {
                    interim.add(head);
                } else {
                    result.put("response", head);
                    result.put("status", status);
                    if (status != 101) {
                        byte[] all = received.toByteArray();
                        result.put("body", readBody(in, Arrays.copyOfRange(all, consumed, all.length)));
                    }
                    return;
                }
            }
        }
        result.put("error", "the connection ended before a complete response head");
    }

    /**
     * The content after the final head, as UTF-8, until the server closes (the probe asked it to) or {@value
     * #MAX_BODY} bytes, then an ellipsis: enough to show what a client gets, never a large download.
     */
    private static String readBody(InputStream in, byte[] start) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(start, 0, Math.min(start.length, MAX_BODY + 1));
        byte[] buffer = new byte[4096];
        int read;
        while (body.size() <= MAX_BODY && (read = in.read(buffer)) > 0) {
            body.write(buffer, 0, read);
        }
        byte[] bytes = body.toByteArray();
        return bytes.length > MAX_BODY
                ? new String(bytes, 0, MAX_BODY, StandardCharsets.UTF_8) + "…"
                : new String(bytes, StandardCharsets.UTF_8);
    }

    private static int status(String head) {
        String[] parts = head.split(" ", 3);
        try {
            return parts.length > 1 ? Integer.parseInt(parts[1]) : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private Socket connect() throws IOException {
        InetAddress bound = InetAddress.getByName(config.host());
        InetAddress address = bound.isAnyLocalAddress() ? InetAddress.getLoopbackAddress() : bound;
        Socket plain = new Socket();
        plain.connect(new InetSocketAddress(address, ownPort.getAsInt()), (int) TIMEOUT.toMillis());
        if (!config.tls()) {
            return plain;
        }
        // The server is talking to itself: it trusts its own certificate, self-signed more often than not, and no
        // other.
        return self.orElseThrow()
                .getSocketFactory()
                .createSocket(plain, address.getHostAddress(), ownPort.getAsInt(), true);
    }
}
