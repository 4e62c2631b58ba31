package dev.httpstatus.cli;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.net.ssl.SSLException;

/** Sends a request and follows its redirects itself, so that every hop can be shown. */
final class UrlChecker {
    /** How to check: method, protocol, redirects, time-out, TLS trust, extra headers and content. */
    record Options(
            String method,
            HttpClient.Version version,
            boolean follow,
            int maxRedirects,
            Duration timeout,
            boolean insecure,
            List<String[]> headers,
            Optional<String> body) {}

    /** One request and its response. */
    record Hop(
            String method,
            URI uri,
            int status,
            String protocol,
            Optional<String> location,
            Duration time,
            Map<String, String> telling) {}

    /**
     * The response headers that say what to do about a status, in the order they are shown: where a redirect or a
     * creation points, when to retry (503, 429), how to authenticate (401, 407), which methods are allowed (405),
     * which range was sent or is available (206, 416), which protocol to switch to (426).
     */
    static final List<String> TELLING_HEADERS = List.of(
            "Location", "Retry-After", "WWW-Authenticate", "Proxy-Authenticate", "Allow", "Content-Range", "Upgrade");

    /** How a check ended. */
    enum Ending {
        FINAL,
        TOO_MANY_REDIRECTS,
        FAILED
    }

    /** Why no response came: the kind, for a message in the user's language, and the client's own words. */
    record Failure(Reason reason, String detail) {
        /** The failure in the user's language. */
        String describe(Messages messages) {
            return messages.get(reason.key, detail);
        }
    }

    /** The kinds of failure a user can act on, each with its message. */
    enum Reason {
        REFUSED("check.reason.refused"),
        UNKNOWN_HOST("check.reason.unknownHost"),
        TIMED_OUT("check.reason.timedOut"),
        TLS("check.reason.tls"),
        UNTRUSTED("check.reason.untrusted"),
        INTERRUPTED("check.reason.interrupted"),
        OTHER("check.reason.other");

        private final String key;

        Reason(String key) {
            this.key = key;
        }
    }

    /** Every hop, how the check ended, and the reason when it failed. */
    record Result(List<Hop> hops, Ending ending, Optional<Failure> failure) {}

    private final Options options;
    private final HttpClient client;

    UrlChecker(Options options) {
        this.options = options;
        HttpClient.Builder builder = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(options.timeout())
                .version(options.version());
        if (options.insecure()) {
            builder.sslContext(InsecureTls.context());
        }
        this.client = builder.build();
    }

    Result check(URI start) {
        List<Hop> hops = new ArrayList<>();
        URI uri = start;
        String method = options.method();
        Optional<String> body = options.body();
        while (true) {
            Hop hop;
            try {
                hop = send(method, uri, body);
            } catch (IOException e) {
                return new Result(hops, Ending.FAILED, Optional.of(describe(e, uri)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Result(hops, Ending.FAILED, Optional.of(new Failure(Reason.INTERRUPTED, "")));
            }
            hops.add(hop);
            if (!options.follow() || !isFollowed(hop)) {
                return new Result(hops, Ending.FINAL, Optional.empty());
            }
            if (hops.size() > options.maxRedirects()) {
                return new Result(hops, Ending.TOO_MANY_REDIRECTS, Optional.empty());
            }
            uri = uri.resolve(hop.location().orElseThrow());
            if (changesToGet(hop.status(), method)) {
                method = "GET";
                body = Optional.empty();
            }
        }
    }

    private Hop send(String method, URI uri, Optional<String> body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .timeout(options.timeout())
                .method(
                        method,
                        body.map(HttpRequest.BodyPublishers::ofString).orElse(HttpRequest.BodyPublishers.noBody()));
        options.headers().forEach(header -> request.header(header[0], header[1]));
        long started = System.nanoTime();
        HttpResponse<Void> response = client.send(request.build(), HttpResponse.BodyHandlers.discarding());
        Duration time = Duration.ofNanos(System.nanoTime() - started);
        String protocol = response.version() == HttpClient.Version.HTTP_2 ? "HTTP/2" : "HTTP/1.1";
        Map<String, String> telling = new LinkedHashMap<>();
        for (String name : TELLING_HEADERS) {
            List<String> values = response.headers().allValues(name);
            if (!values.isEmpty()) {
                telling.put(name, String.join(", ", values));
            }
        }
        return new Hop(
                method, uri, response.statusCode(), protocol, response.headers().firstValue("location"), time, telling);
    }

    private static boolean isFollowed(Hop hop) {
        int s = hop.status();
        return hop.location().isPresent() && (s == 301 || s == 302 || s == 303 || s == 307 || s == 308);
    }

    /** As browsers do: 303 turns everything but HEAD into GET; 301 and 302 turn POST into GET. */
    private static boolean changesToGet(int status, String method) {
        return (status == 303 && !method.equals("HEAD")) || ((status == 301 || status == 302) && method.equals("POST"));
    }

    /**
     * The kind of failure and the first message found along its causes. The JDK's client often says nothing
     * itself: a refused connection is a ConnectException without a message, wrapped in another.
     */
    private static Failure describe(IOException e, URI uri) {
        String detail = "";
        Reason reason = e instanceof HttpTimeoutException ? Reason.TIMED_OUT : Reason.OTHER;
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            Reason found = reasonOf(cause);
            // The client reports an unresolved name as a failed connection, and an untrusted certificate as a failed
            // handshake: the deeper cause says more.
            if (reason == Reason.OTHER
                    || (reason == Reason.REFUSED && found != Reason.OTHER)
                    || found == Reason.UNTRUSTED) {
                reason = found;
            }
            if (detail.isEmpty()
                    && cause.getMessage() != null
                    && !cause.getMessage().isBlank()) {
                detail = cause.getMessage();
            }
        }
        if (reason == Reason.UNKNOWN_HOST) {
            detail = uri.getHost();
        }
        return new Failure(reason, detail.isEmpty() ? e.getClass().getSimpleName() : detail);
    }

    private static Reason reasonOf(Throwable cause) {
        if (cause instanceof ConnectException) {
            return Reason.REFUSED;
        }
        if (cause instanceof UnknownHostException || cause instanceof UnresolvedAddressException) {
            return Reason.UNKNOWN_HOST;
        }
        // The JDK's own words ("PKIX path building failed: sun.security…") tell a user nothing they can act on.
        if (cause instanceof CertificateException
                || cause instanceof CertPathBuilderException
                || cause instanceof CertPathValidatorException) {
            return Reason.UNTRUSTED;
        }
        if (cause instanceof SSLException) {
            return Reason.TLS;
        }
        return Reason.OTHER;
    }
}
