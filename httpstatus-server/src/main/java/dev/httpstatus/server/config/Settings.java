package dev.httpstatus.server.config;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Every setting of the server, each declared once, in the order {@code httpstatus serve --help} and docs/server.md
 * list them. Each has a default safe for a public deployment, an environment variable named after it ({@code
 * max-body}: HTTPSTATUS_MAX_BODY) and a flag of {@code httpstatus serve} ({@code --max-body}).
 */
public final class Settings {
    /** The value of {@link #REDIRECT_HOSTS} that stands for every host. */
    public static final String ANY_HOST = "*";

    /** The address to listen on. */
    public static final Setting<String> HOST = Setting.text("host", "ADDRESS", "127.0.0.1");

    /** The port, 0 for any free one. */
    public static final Setting<Integer> PORT =
            Setting.integer("port", "PORT", "8080", 0, 65535).shortFlag("-p");

    /** Whether to serve HTTPS, with HTTP/2 by ALPN; a certificate implies it. */
    public static final Setting<Boolean> TLS = Setting.yesNo("tls");

    /** A PEM certificate chain; without one, HTTPS uses a self-signed certificate made at start-up. */
    public static final Setting<Optional<Path>> CERT = Setting.file("cert", "PEM");

    /** The PEM PKCS#8 private key of the certificate, given with it. */
    public static final Setting<Optional<Path>> KEY = Setting.file("key", "PEM");

    /** Whether to refuse HTTP/2 and speak HTTP/1.1 only. */
    public static final Setting<Boolean> HTTP1_ONLY = Setting.yesNo("http1-only");

    /** Whether to leave out the access log, which is otherwise printed in combined format on standard output. */
    public static final Setting<Boolean> QUIET = Setting.yesNo("quiet").shortFlag("-q");

    /** The longest delay a request may ask for. */
    public static final Setting<Duration> MAX_SLEEP = Setting.duration("max-sleep", "60s");

    /** The Retry-After sent with 429 and 503. */
    public static final Setting<Duration> RETRY_AFTER = Setting.duration("retry-after", "5s");

    /** The largest request content accepted, in bytes; more gets 413. */
    public static final Setting<Integer> MAX_BODY = Setting.size("max-body", "10m");

    /** The longest request line, in bytes; longer gets 414. */
    public static final Setting<Integer> MAX_REQUEST_LINE = Setting.size("max-request-line", "8k");

    /** The largest header section, in bytes; larger gets 431. */
    public static final Setting<Integer> MAX_HEADER_SIZE = Setting.size("max-header-size", "16k");

    /**
     * The hosts that {@code /redirect-to} and {@code location=} may point to besides this server; {@value #ANY_HOST}
     * allows any host, which makes the server an open redirect: for local use only.
     */
    public static final Setting<Set<String>> REDIRECT_HOSTS =
            Setting.hosts("allow-redirect-hosts").flag("--allow-redirect-host");

    /** How long a request head may take to arrive once it has started; then 408 and the connection is closed. */
    public static final Setting<Duration> HEAD_TIMEOUT = Setting.duration("head-timeout", "10s");

    /** How long an HTTP/1.1 connection may stay silent between requests. */
    public static final Setting<Duration> IDLE_TIMEOUT = Setting.duration("idle-timeout", "60s");

    /** How long a shutdown waits for requests in flight. */
    public static final Setting<Duration> SHUTDOWN_GRACE = Setting.duration("shutdown-grace", "10s");

    /** The most connections served at once; more are closed at once. */
    public static final Setting<Integer> MAX_CONNECTIONS = Setting.count("max-connections", "10000");

    /** The most answers waiting on a requested delay at once, what a 64 MiB heap holds with room to spare. */
    public static final Setting<Integer> MAX_DELAYED = Setting.count("max-delayed", "10000");

    /** The largest body the server generates on request ({@code /range/{n}}, {@code /bytes/{n}}, {@code /drip}). */
    public static final Setting<Integer> MAX_GENERATED = Setting.size("max-generated", "1m");

    /** The longest redirect chain served ({@code /redirect/{n}}). */
    public static final Setting<Integer> MAX_REDIRECTS = Setting.count("max-redirects", "100");

    /**
     * Whether the server stands behind a proxy whose forwarded headers it believes: the client address the echo
     * shows ({@code origin}) comes from X-Forwarded-For and the like, the scheme of its {@code url} from
     * X-Forwarded-Proto. Off, a client cannot make the server report another address.
     */
    public static final Setting<Boolean> TRUST_FORWARDED = Setting.yesNo("trust-forwarded");

    /** Whether {@code /hostname} tells the machine's host name rather than "httpstatus". */
    public static final Setting<Boolean> REAL_HOSTNAME = Setting.yesNo("real-hostname");

    /**
     * The event-loop threads: half the cores, at least one, by default, since a test server usually shares its
     * machine with the clients that test against it.
     */
    public static final Setting<Integer> THREADS =
            Setting.count("threads", () -> Math.max(1, Runtime.getRuntime().availableProcessors() / 2));

    /**
     * Where the stateful endpoints keep what they remember ({@code /sequence}, {@code /limited}, {@code /resources},
     * {@code /jobs}, {@code /maintenance}): in memory, or in a Redis that replicas share.
     */
    public static final Setting<Optional<URI>> STATE = Setting.store("state");

    private static final List<Setting<?>> ALL = List.of(
            HOST,
            PORT,
            TLS,
            CERT,
            KEY,
            HTTP1_ONLY,
            QUIET,
            MAX_SLEEP,
            RETRY_AFTER,
            MAX_BODY,
            MAX_REQUEST_LINE,
            MAX_HEADER_SIZE,
            REDIRECT_HOSTS,
            HEAD_TIMEOUT,
            IDLE_TIMEOUT,
            SHUTDOWN_GRACE,
            MAX_CONNECTIONS,
            MAX_DELAYED,
            MAX_GENERATED,
            MAX_REDIRECTS,
            TRUST_FORWARDED,
            REAL_HOSTNAME,
            THREADS,
            STATE);

    private Settings() {}

    /** Every setting, in the order of their declaration. */
    public static List<Setting<?>> all() {
        return ALL;
    }
}
