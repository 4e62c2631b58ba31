package dev.httpstatus.server.generate;

import io.netty.util.AsciiString;
import java.time.Duration;
import java.util.Locale;
import java.util.StringJoiner;

/** A Server-Timing value (W3C Server Timing) in go-httpbin's words: {@code initial_delay;dur=100.00;desc="initial delay"}. */
final class ServerTiming {
    /** The field's name, in lower case as the server writes every name. */
    static final AsciiString NAME = AsciiString.cached("server-timing");

    private final StringJoiner metrics = new StringJoiner(", ");

    /** Adds the metric {@code name} of {@code duration}, described as {@code description}. */
    ServerTiming add(String name, Duration duration, String description) {
        metrics.add(String.format(Locale.ROOT, "%s;dur=%.2f;desc=\"%s\"", name, duration.toNanos() / 1e6, description));
        return this;
    }

    @Override
    public String toString() {
        return metrics.toString();
    }
}
