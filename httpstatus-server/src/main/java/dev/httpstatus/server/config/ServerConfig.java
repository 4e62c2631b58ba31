package dev.httpstatus.server.config;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How a {@code StatusServer} listens and what it allows: a value for each of the {@link Settings}, which say
 * what each one means, its default and how the environment ({@link #fromEnvironment}) and {@code httpstatus
 * serve} set it; and whether to keep a journal of requests.
 *
 * <p>Two configurations are equal when every value is.
 */
public final class ServerConfig {
    /** The start of the names of the variables {@code /env} shows: go-httpbin's, and this server's own. */
    private static final List<String> SHOWN_PREFIXES = List.of("HTTPSTATUS_ENV_", "HTTPBIN_ENV_");

    private final Map<Setting<?>, Object> values;
    private final boolean journal;
    private final Map<String, String> shownEnvironment;

    private ServerConfig(Map<Setting<?>, Object> values, boolean journal, Map<String, String> shownEnvironment) {
        this.values = Map.copyOf(values);
        this.journal = journal;
        this.shownEnvironment = Map.copyOf(shownEnvironment);
    }

    /** The defaults: 127.0.0.1:8080, plain HTTP with h2c, the limits declared in {@link Settings}. */
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
     * The defaults, overridden by the HTTPSTATUS_* variables set in {@code env}; the variables named
     * HTTPSTATUS_ENV_* or HTTPBIN_ENV_* are the ones {@code /env} shows ({@link #shownEnvironment()}).
     *
     * @throws IllegalArgumentException naming the variable when a value cannot be read
     */
    public static ServerConfig fromEnvironment(Map<String, String> env) {
        Builder config = builder();
        for (Setting<?> setting : Settings.all()) {
            String text = env.get(setting.environmentVariable());
            if (text != null) {
                config.read(setting, setting.environmentVariable(), text);
            }
        }
        Map<String, String> shown = new HashMap<>();
        env.forEach((name, value) -> {
            if (SHOWN_PREFIXES.stream().anyMatch(name::startsWith)) {
                shown.put(name, value);
            }
        });
        return config.shownEnvironment(shown).build();
    }

    /** The value of {@code setting}. */
    @SuppressWarnings("unchecked") // the builder puts only a T under a Setting<T>
    public <T> T get(Setting<T> setting) {
        return (T) values.get(setting);
    }

    /** The address to listen on ({@link Settings#HOST}). */
    public String host() {
        return get(Settings.HOST);
    }

    /** The port, 0 for any free one ({@link Settings#PORT}). */
    public int port() {
        return get(Settings.PORT);
    }

    /** Whether to serve HTTPS ({@link Settings#TLS}; a certificate implies it). */
    public boolean tls() {
        return get(Settings.TLS);
    }

    /** The PEM certificate chain, or none for a self-signed one ({@link Settings#CERT}). */
    public Optional<Path> certificate() {
        return get(Settings.CERT);
    }

    /** The PEM PKCS#8 private key of the certificate ({@link Settings#KEY}). */
    public Optional<Path> privateKey() {
        return get(Settings.KEY);
    }

    /** Whether to speak HTTP/1.1 only ({@link Settings#HTTP1_ONLY}). */
    public boolean http1Only() {
        return get(Settings.HTTP1_ONLY);
    }

    /** Whether to print an access log on standard output (unless {@link Settings#QUIET}). */
    public boolean accessLog() {
        return !get(Settings.QUIET);
    }

    /** The longest delay a request may ask for ({@link Settings#MAX_SLEEP}). */
    public Duration maxSleep() {
        return get(Settings.MAX_SLEEP);
    }

    /** The Retry-After sent with 429 and 503 ({@link Settings#RETRY_AFTER}). */
    public Duration retryAfter() {
        return get(Settings.RETRY_AFTER);
    }

    /** The largest request content accepted, in bytes ({@link Settings#MAX_BODY}). */
    public int maxBody() {
        return get(Settings.MAX_BODY);
    }

    /** The longest request line, in bytes ({@link Settings#MAX_REQUEST_LINE}). */
    public int maxRequestLine() {
        return get(Settings.MAX_REQUEST_LINE);
    }

    /** The largest header section, in bytes ({@link Settings#MAX_HEADER_SIZE}). */
    public int maxHeaderSize() {
        return get(Settings.MAX_HEADER_SIZE);
    }

    /**
     * The hosts, in lower case, that redirects may point to besides this server, {@code *} among them for any host
     * ({@link Settings#REDIRECT_HOSTS}).
     */
    public Set<String> redirectHosts() {
        return get(Settings.REDIRECT_HOSTS);
    }

    /** How long a shutdown waits for requests in flight ({@link Settings#SHUTDOWN_GRACE}). */
    public Duration shutdownGrace() {
        return get(Settings.SHUTDOWN_GRACE);
    }

    /** How long a request head may take once it has started ({@link Settings#HEAD_TIMEOUT}). */
    public Duration headTimeout() {
        return get(Settings.HEAD_TIMEOUT);
    }

    /** How long an HTTP/1.1 connection may stay silent between requests ({@link Settings#IDLE_TIMEOUT}). */
    public Duration idleTimeout() {
        return get(Settings.IDLE_TIMEOUT);
    }

    /** The most connections served at once ({@link Settings#MAX_CONNECTIONS}). */
    public int maxConnections() {
        return get(Settings.MAX_CONNECTIONS);
    }

    /** The most answers waiting on a requested delay at once ({@link Settings#MAX_DELAYED}). */
    public int maxDelayed() {
        return get(Settings.MAX_DELAYED);
    }

    /** The largest body generated on request, in bytes ({@link Settings#MAX_GENERATED}). */
    public int maxGenerated() {
        return get(Settings.MAX_GENERATED);
    }

    /** The longest redirect chain served ({@link Settings#MAX_REDIRECTS}). */
    public int maxRedirects() {
        return get(Settings.MAX_REDIRECTS);
    }

    /** Whether to believe a proxy's forwarded headers ({@link Settings#TRUST_FORWARDED}). */
    public boolean trustForwarded() {
        return get(Settings.TRUST_FORWARDED);
    }

    /** Whether {@code /hostname} tells the machine's host name ({@link Settings#REAL_HOSTNAME}). */
    public boolean realHostname() {
        return get(Settings.REAL_HOSTNAME);
    }

    /**
     * The environment variables {@code /env} shows, by name: those an operator set for it, named HTTPSTATUS_ENV_*
     * or HTTPBIN_ENV_* (none unless the configuration came {@link #fromEnvironment}).
     */
    public Map<String, String> shownEnvironment() {
        return shownEnvironment;
    }

    /** Where the stateful endpoints keep their state: empty for memory, else a Redis ({@link Settings#STATE}). */
    public Optional<URI> state() {
        return get(Settings.STATE);
    }

    /** The event-loop threads ({@link Settings#THREADS}). */
    public int threads() {
        return get(Settings.THREADS);
    }

    /**
     * Whether to keep a journal of the requests received, for tests in the same process to read (on by default;
     * {@code httpstatus serve} turns it off, since nothing outside the process can read it).
     */
    public boolean journal() {
        return journal;
    }

    /** Whether {@code host} (without port) may be the target of a redirect to another host. */
    public boolean allowsRedirectTo(String host) {
        Set<String> hosts = redirectHosts();
        return hosts.contains(Settings.ANY_HOST) || hosts.contains(host.toLowerCase(Locale.ROOT));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ServerConfig that
                && values.equals(that.values)
                && journal == that.journal
                && shownEnvironment.equals(that.shownEnvironment);
    }

    @Override
    public int hashCode() {
        return Objects.hash(values, journal, shownEnvironment);
    }

    /** Every setting by name with its value, in the order of {@link Settings#all()}. */
    @Override
    public String toString() {
        return Settings.all().stream()
                        .map(s -> s.name() + "=" + values.get(s))
                        .collect(Collectors.joining(", ", "ServerConfig[", ", "))
                + "journal=" + journal + ", shownEnvironment=" + shownEnvironment.keySet() + "]";
    }

    /** Builds a configuration one setting at a time; every setting not given keeps its current value. */
    public static final class Builder {
        private final Map<Setting<?>, Object> values = new HashMap<>();
        private boolean journal = true;
        private Map<String, String> shownEnvironment = Map.of();

        private Builder() {
            for (Setting<?> setting : Settings.all()) {
                values.put(setting, setting.defaultValue());
            }
        }

        private Builder(ServerConfig config) {
            values.putAll(config.values);
            journal = config.journal;
            shownEnvironment = config.shownEnvironment;
        }

        /** Sets {@code setting} to {@code value}, which {@link #build} checks. */
        public <T> Builder set(Setting<T> setting, T value) {
            values.put(setting, Objects.requireNonNull(value, setting.name()));
            return this;
        }

        /**
         * Sets {@code setting} to the value {@code text} gives it, or adds that to its value if it is {@link
         * Setting#repeatable() repeatable}.
         *
         * @throws IllegalArgumentException naming {@code source} and the text when it cannot be read
         */
        public <T> Builder read(Setting<T> setting, String source, String text) {
            return set(setting, setting.combine(value(setting), setting.read(source, text)));
        }

        @SuppressWarnings("unchecked") // set puts only a T under a Setting<T>
        private <T> T value(Setting<T> setting) {
            return (T) values.get(setting);
        }

        /** Listen on {@code host} and {@code port} (0 for any free port). */
        public Builder address(String host, int port) {
            return set(Settings.HOST, host).set(Settings.PORT, port);
        }

        /** HTTPS with this PEM certificate chain and PKCS#8 key, or a self-signed certificate when empty. */
        public Builder tls(Optional<Path> certificate, Optional<Path> privateKey) {
            return set(Settings.TLS, true).set(Settings.CERT, certificate).set(Settings.KEY, privateKey);
        }

        /** Whether to speak HTTP/1.1 only. */
        public Builder http1Only(boolean only) {
            return set(Settings.HTTP1_ONLY, only);
        }

        /** Whether to print an access log on standard output. */
        public Builder accessLog(boolean on) {
            return set(Settings.QUIET, !on);
        }

        /** The longest delay a request may ask for. */
        public Builder maxSleep(Duration maxSleep) {
            return set(Settings.MAX_SLEEP, maxSleep);
        }

        /** The Retry-After sent with 429 and 503. */
        public Builder retryAfter(Duration retryAfter) {
            return set(Settings.RETRY_AFTER, retryAfter);
        }

        /** The largest request content accepted. */
        public Builder maxBody(int bytes) {
            return set(Settings.MAX_BODY, bytes);
        }

        /** The longest request line. */
        public Builder maxRequestLine(int bytes) {
            return set(Settings.MAX_REQUEST_LINE, bytes);
        }

        /** The largest header section. */
        public Builder maxHeaderSize(int bytes) {
            return set(Settings.MAX_HEADER_SIZE, bytes);
        }

        /** The hosts redirects may point to besides this server, instead of those given so far. */
        public Builder redirectHosts(Set<String> hosts) {
            return set(Settings.REDIRECT_HOSTS, hosts);
        }

        /** How long a shutdown waits for requests in flight. */
        public Builder shutdownGrace(Duration grace) {
            return set(Settings.SHUTDOWN_GRACE, grace);
        }

        /** How long a request head may take once it has started. */
        public Builder headTimeout(Duration timeout) {
            return set(Settings.HEAD_TIMEOUT, timeout);
        }

        /** How long an HTTP/1.1 connection may stay silent between requests. */
        public Builder idleTimeout(Duration timeout) {
            return set(Settings.IDLE_TIMEOUT, timeout);
        }

        /** The most connections served at once. */
        public Builder maxConnections(int connections) {
            return set(Settings.MAX_CONNECTIONS, connections);
        }

        /** The most answers waiting on a requested delay at once. */
        public Builder maxDelayed(int delayed) {
            return set(Settings.MAX_DELAYED, delayed);
        }

        /** The largest body generated on request. */
        public Builder maxGenerated(int bytes) {
            return set(Settings.MAX_GENERATED, bytes);
        }

        /** The longest redirect chain served. */
        public Builder maxRedirects(int redirects) {
            return set(Settings.MAX_REDIRECTS, redirects);
        }

        /** The event-loop threads. */
        public Builder threads(int threads) {
            return set(Settings.THREADS, threads);
        }

        /** Whether to keep a journal of the requests received ({@code StatusServer.journal()}). */
        public Builder journal(boolean on) {
            this.journal = on;
            return this;
        }

        /** The environment variables {@code /env} shows, by name, instead of those given so far. */
        public Builder shownEnvironment(Map<String, String> variables) {
            this.shownEnvironment = Map.copyOf(variables);
            return this;
        }

        /** Whether to believe a proxy's forwarded headers (X-Forwarded-For, X-Forwarded-Proto…). */
        public Builder trustForwarded(boolean trust) {
            return set(Settings.TRUST_FORWARDED, trust);
        }

        /** Whether {@code /hostname} tells the machine's host name. */
        public Builder realHostname(boolean real) {
            return set(Settings.REAL_HOSTNAME, real);
        }

        /**
         * The configuration.
         *
         * @throws IllegalArgumentException when a setting is out of range, or a certificate comes without its key
         */
        public ServerConfig build() {
            Map<Setting<?>, Object> checked = new HashMap<>();
            for (Setting<?> setting : Settings.all()) {
                checked.put(setting, checked(setting));
            }
            if (value(Settings.CERT).isPresent() != value(Settings.KEY).isPresent()) {
                throw new IllegalArgumentException(
                        "a certificate and its private key go together: give both or neither");
            }
            // A certificate is only of use over TLS: giving one, by flag or variable, asks for it.
            checked.put(
                    Settings.TLS, value(Settings.TLS) || value(Settings.CERT).isPresent());
            return new ServerConfig(checked, journal, shownEnvironment);
        }

        private <T> T checked(Setting<T> setting) {
            return setting.check(value(setting));
        }
    }
}
