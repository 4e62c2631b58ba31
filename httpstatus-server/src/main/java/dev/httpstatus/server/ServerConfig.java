package dev.httpstatus.server;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * How a {@link StatusServer} listens and what it allows. Every value has a default safe for a public
 * deployment, and each can be set by an environment variable ({@link #fromEnvironment}) or a flag of
 * {@code httpstatus serve}.
 *
 * @param host the address to listen on (HTTPSTATUS_HOST, default 127.0.0.1)
 * @param port the port, 0 for any free one (HTTPSTATUS_PORT, default 8080)
 * @param tls whether to serve HTTPS, with HTTP/2 by ALPN (HTTPSTATUS_TLS)
 * @param certificate a PEM certificate chain; without one, a self-signed certificate is made at start-up
 *     (HTTPSTATUS_CERT)
 * @param privateKey the PEM PKCS#8 private key of the certificate (HTTPSTATUS_KEY)
 * @param http1Only whether to refuse HTTP/2 and speak HTTP/1.1 only (HTTPSTATUS_HTTP1_ONLY)
 * @param accessLog whether to print an access log in combined format on standard output (off with
 *     HTTPSTATUS_QUIET)
 * @param maxSleep the longest delay a request may ask for (HTTPSTATUS_MAX_SLEEP, default 60s)
 * @param retryAfter the Retry-After sent with 429 and 503 (HTTPSTATUS_RETRY_AFTER, default 5s)
 * @param maxBody the largest request content accepted, in bytes (HTTPSTATUS_MAX_BODY, default 10 MiB)
 * @param maxRequestLine the longest request line, in bytes (HTTPSTATUS_MAX_REQUEST_LINE, default 8 KiB)
 * @param maxHeaderSize the largest header section, in bytes (HTTPSTATUS_MAX_HEADER_SIZE, default 16 KiB)
 * @param redirectHosts the hosts that {@code location=} and redirects may point to besides this server
 *     (HTTPSTATUS_ALLOW_REDIRECT_HOSTS, comma-separated)
 * @param shutdownGrace how long a shutdown waits for requests in flight (HTTPSTATUS_SHUTDOWN_GRACE,
 *     default 10s)
 * @param headTimeout how long a request head may take to arrive once it has started (HTTPSTATUS_HEAD_TIMEOUT,
 *     default 10s); then 408 and the connection is closed
 * @param idleTimeout how long an HTTP/1.1 connection may stay silent between requests
 *     (HTTPSTATUS_IDLE_TIMEOUT, default 60s)
 * @param maxConnections the most connections served at once; more are closed at once
 *     (HTTPSTATUS_MAX_CONNECTIONS, default 10000)
 * @param maxDelayed the most answers waiting on a requested delay at once; more get 503
 *     (HTTPSTATUS_MAX_DELAYED, default 10000, what a 64 MiB heap holds with room to spare)
 * @param maxGenerated the largest body the server generates on request, in bytes ({@code /range/{n}};
 *     HTTPSTATUS_MAX_GENERATED, default 1 MiB)
 * @param maxRedirects the longest redirect chain served ({@code /redirect/{n}}; HTTPSTATUS_MAX_REDIRECTS,
 *     default 100)
 * @param threads the event-loop threads (HTTPSTATUS_THREADS, default half the cores, at least one: a test
 *     server usually shares its machine with the clients that test against it)
 * @param journal whether to keep a journal of the requests received, for tests in the same process to read
 *     (default on; {@code httpstatus serve} turns it off, since nothing outside the process can read it)
 */
public record ServerConfig(
        String host,
        int port,
        boolean tls,
        Optional<Path> certificate,
        Optional<Path> privateKey,
        boolean http1Only,
        boolean accessLog,
        Duration maxSleep,
        Duration retryAfter,
        int maxBody,
        int maxRequestLine,
        int maxHeaderSize,
        Set<String> redirectHosts,
        Duration shutdownGrace,
        Duration headTimeout,
        Duration idleTimeout,
        int maxConnections,
        int maxDelayed,
        int maxGenerated,
        int maxRedirects,
        int threads,
        boolean journal) {

    /** Checks the values and copies the host list. */
    public ServerConfig {
        Objects.requireNonNull(host, "host");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port " + port + " is outside 0..65535");
        }
        if (certificate.isPresent() != privateKey.isPresent()) {
            throw new IllegalArgumentException("a certificate and its private key go together: give both or neither");
        }
        positive("maxBody", maxBody);
        positive("maxRequestLine", maxRequestLine);
        positive("maxHeaderSize", maxHeaderSize);
        positive("threads", threads);
        positive("maxConnections", maxConnections);
        positive("maxDelayed", maxDelayed);
        positive("maxGenerated", maxGenerated);
        positive("maxRedirects", maxRedirects);
        redirectHosts =
                redirectHosts.stream().map(h -> h.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    private static void positive(String name, int value) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be positive, not " + value);
        }
    }

    /** The defaults: 127.0.0.1:8080, plain HTTP with h2c, the limits documented on each component. */
    public static ServerConfig defaults() {
        return new Builder().build();
    }

    /** A builder starting from the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from this configuration. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * The defaults, overridden by the HTTPSTATUS_* variables set in {@code env}.
     *
     * @throws IllegalArgumentException naming the variable when a value cannot be read
     */
    public static ServerConfig fromEnvironment(Map<String, String> env) {
        ServerConfig d = defaults();
        Reader r = new Reader(env);
        return new ServerConfig(
                r.read("HOST", Function.identity(), d.host),
                r.read("PORT", Integer::parseInt, d.port),
                r.read("TLS", ServerConfig::flag, d.tls),
                r.read("CERT", v -> Optional.of(Path.of(v)), d.certificate),
                r.read("KEY", v -> Optional.of(Path.of(v)), d.privateKey),
                r.read("HTTP1_ONLY", ServerConfig::flag, d.http1Only),
                !r.read("QUIET", ServerConfig::flag, !d.accessLog),
                r.read("MAX_SLEEP", Durations::parse, d.maxSleep),
                r.read("RETRY_AFTER", Durations::parse, d.retryAfter),
                r.read("MAX_BODY", Sizes::parse, d.maxBody),
                r.read("MAX_REQUEST_LINE", Sizes::parse, d.maxRequestLine),
                r.read("MAX_HEADER_SIZE", Sizes::parse, d.maxHeaderSize),
                r.read("ALLOW_REDIRECT_HOSTS", ServerConfig::hosts, d.redirectHosts),
                r.read("SHUTDOWN_GRACE", Durations::parse, d.shutdownGrace),
                r.read("HEAD_TIMEOUT", Durations::parse, d.headTimeout),
                r.read("IDLE_TIMEOUT", Durations::parse, d.idleTimeout),
                r.read("MAX_CONNECTIONS", Integer::parseInt, d.maxConnections),
                r.read("MAX_DELAYED", Integer::parseInt, d.maxDelayed),
                r.read("MAX_GENERATED", Sizes::parse, d.maxGenerated),
                r.read("MAX_REDIRECTS", Integer::parseInt, d.maxRedirects),
                r.read("THREADS", Integer::parseInt, d.threads),
                d.journal);
    }

    static boolean flag(String value) {
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "1", "true", "yes", "on" -> true;
            case "0", "false", "no", "off", "" -> false;
            default -> throw new IllegalArgumentException("not a yes/no value");
        };
    }

    static Set<String> hosts(String value) {
        return Arrays.stream(value.split(","))
                .map(String::strip)
                .filter(h -> !h.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Whether {@code host} (without port) may be the target of a redirect to another host. */
    public boolean allowsRedirectTo(String host) {
        return redirectHosts.contains(host.toLowerCase(Locale.ROOT));
    }

    /** Builds a configuration one setting at a time; every setting not given keeps its current value. */
    public static final class Builder {
        private String host = "127.0.0.1";
        private int port = 8080;
        private boolean tls;
        private Optional<Path> certificate = Optional.empty();
        private Optional<Path> privateKey = Optional.empty();
        private boolean http1Only;
        private boolean accessLog = true;
        private Duration maxSleep = Duration.ofSeconds(60);
        private Duration retryAfter = Duration.ofSeconds(5);
        private int maxBody = 10 << 20;
        private int maxRequestLine = 8 << 10;
        private int maxHeaderSize = 16 << 10;
        private Set<String> redirectHosts = Set.of();
        private Duration shutdownGrace = Duration.ofSeconds(10);
        private Duration headTimeout = Duration.ofSeconds(10);
        private Duration idleTimeout = Duration.ofSeconds(60);
        private int maxConnections = 10_000;
        private int maxDelayed = 10_000;
        private int maxGenerated = 1 << 20;
        private int maxRedirects = 100;
        private int threads = Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
        private boolean journal = true;

        private Builder() {}

        private Builder(ServerConfig c) {
            host = c.host;
            port = c.port;
            tls = c.tls;
            certificate = c.certificate;
            privateKey = c.privateKey;
            http1Only = c.http1Only;
            accessLog = c.accessLog;
            maxSleep = c.maxSleep;
            retryAfter = c.retryAfter;
            maxBody = c.maxBody;
            maxRequestLine = c.maxRequestLine;
            maxHeaderSize = c.maxHeaderSize;
            redirectHosts = c.redirectHosts;
            shutdownGrace = c.shutdownGrace;
            headTimeout = c.headTimeout;
            idleTimeout = c.idleTimeout;
            maxConnections = c.maxConnections;
            maxDelayed = c.maxDelayed;
            maxGenerated = c.maxGenerated;
            maxRedirects = c.maxRedirects;
            threads = c.threads;
            journal = c.journal;
        }

        public Builder address(String host, int port) {
            this.host = host;
            this.port = port;
            return this;
        }

        /** HTTPS with this PEM certificate chain and PKCS#8 key, or a self-signed certificate when empty. */
        public Builder tls(Optional<Path> certificate, Optional<Path> privateKey) {
            this.tls = true;
            this.certificate = certificate;
            this.privateKey = privateKey;
            return this;
        }

        public Builder http1Only(boolean only) {
            this.http1Only = only;
            return this;
        }

        public Builder accessLog(boolean on) {
            this.accessLog = on;
            return this;
        }

        public Builder maxSleep(Duration maxSleep) {
            this.maxSleep = maxSleep;
            return this;
        }

        public Builder retryAfter(Duration retryAfter) {
            this.retryAfter = retryAfter;
            return this;
        }

        public Builder maxBody(int bytes) {
            this.maxBody = bytes;
            return this;
        }

        public Builder maxRequestLine(int bytes) {
            this.maxRequestLine = bytes;
            return this;
        }

        public Builder maxHeaderSize(int bytes) {
            this.maxHeaderSize = bytes;
            return this;
        }

        public Builder redirectHosts(Set<String> hosts) {
            this.redirectHosts = hosts;
            return this;
        }

        public Builder shutdownGrace(Duration grace) {
            this.shutdownGrace = grace;
            return this;
        }

        public Builder headTimeout(Duration timeout) {
            this.headTimeout = timeout;
            return this;
        }

        public Builder idleTimeout(Duration timeout) {
            this.idleTimeout = timeout;
            return this;
        }

        public Builder maxConnections(int connections) {
            this.maxConnections = connections;
            return this;
        }

        public Builder maxDelayed(int delayed) {
            this.maxDelayed = delayed;
            return this;
        }

        public Builder maxGenerated(int bytes) {
            this.maxGenerated = bytes;
            return this;
        }

        public Builder maxRedirects(int redirects) {
            this.maxRedirects = redirects;
            return this;
        }

        public Builder threads(int threads) {
            this.threads = threads;
            return this;
        }

        /** Whether to keep a journal of the requests received ({@link StatusServer#journal()}). */
        public Builder journal(boolean on) {
            this.journal = on;
            return this;
        }

        /**
         * The configuration.
         *
         * @throws IllegalArgumentException when a setting is out of range
         */
        public ServerConfig build() {
            return new ServerConfig(
                    host,
                    port,
                    tls,
                    certificate,
                    privateKey,
                    http1Only,
                    accessLog,
                    maxSleep,
                    retryAfter,
                    maxBody,
                    maxRequestLine,
                    maxHeaderSize,
                    redirectHosts,
                    shutdownGrace,
                    headTimeout,
                    idleTimeout,
                    maxConnections,
                    maxDelayed,
                    maxGenerated,
                    maxRedirects,
                    threads,
                    journal);
        }
    }

    /** Reads HTTPSTATUS_* variables, naming the variable when one cannot be read. */
    private record Reader(Map<String, String> env) {
        <T> T read(String name, Function<String, T> parse, T fallback) {
            String value = env.get("HTTPSTATUS_" + name);
            if (value == null) {
                return fallback;
            }
            try {
                return parse.apply(value);
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(
                        "HTTPSTATUS_" + name + "=" + value + " cannot be read: "
                                + (e.getMessage() == null ? e : e.getMessage()),
                        e);
            }
        }
    }
}
