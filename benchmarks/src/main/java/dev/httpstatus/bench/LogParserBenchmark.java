package dev.httpstatus.bench;

import dev.httpstatus.logs.Filter;
import dev.httpstatus.logs.LogFormat;
import dev.httpstatus.logs.Request;
import dev.httpstatus.logs.Tally;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One access-log line read and counted, without the file around it: the parser's share of {@code httpstatus logs}
 * (bench/logs.sh measures the whole command against GoAccess and gawk).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class LogParserBenchmark {
    private static final String[] COMBINED = {
        "203.0.113.9 - - [06/Dec/2025:14:05:36 +0000] \"GET /api/123/item?q=1&page=2 HTTP/1.1\" 200 4523"
                + " \"https://www.google.com/\" \"Mozilla/5.0 (X11; Linux x86_64)\"",
        "2001:db8:4e2::c - - [06/Dec/2025:14:05:37 +0000] \"POST /shop/9/view HTTP/1.1\" 404 153 \"-\" \"curl/8.5.0\"",
        "10.1.2.3 - - [06/Dec/2025:14:05:38 +0000] \"GET /static/1/x.png HTTP/1.1\" 304 0"
                + " \"https://example.org/\" \"Googlebot/2.1 (+http://www.google.com/bot.html)\"",
        "10.9.8.7 - - [06/Dec/2025:14:06:00 +0000] \"GET /img/44/index HTTP/1.1\" 502 166 \"-\" \"curl/8.5.0\""
    };
    private static final String[] JSON = {
        "{\"time_iso8601\":\"2025-12-06T14:05:36+00:00\",\"remote_addr\":\"203.0.113.9\","
                + "\"request\":\"GET /api/123/item?q=1 HTTP/1.1\",\"status\":\"200\",\"body_bytes_sent\":\"4523\","
                + "\"http_referer\":\"https://www.google.com/\",\"http_user_agent\":\"Mozilla/5.0\"}"
    };

    private final LogFormat combined = LogFormat.named("combined");
    private final LogFormat json = LogFormat.named("json");
    private final Tally tally = new Tally();
    private int next;

    /** Reads a combined line: the status by position, the time by hand. */
    @Benchmark
    public Request combined() {
        next = (next + 1) & 3;
        return combined.parse(COMBINED[next]);
    }

    /** Reads and counts a combined line, as the command does for each line. */
    @Benchmark
    public Tally combinedCounted() {
        next = (next + 1) & 3;
        tally.add(combined.parse(COMBINED[next]), Filter.ALL);
        return tally;
    }

    /** Reads an nginx escape=json line. */
    @Benchmark
    public Request json() {
        return json.parse(JSON[0]);
    }
}
