package dev.httpstatus.bench;

import dev.httpstatus.HttpStatus;
import java.util.Optional;
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

/** Registry lookups. Target: {@code of(int)} under 5 ns without allocating (run with {@code -prof gc}). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class LookupBenchmark {
    private static final int[] CODES = {200, 404, 503, 301, 418, 299, 451, 100};

    private int next;

    /** Looks up a rotating set of codes, registered and not, so no single branch is favoured. */
    @Benchmark
    public HttpStatus byCode() {
        next = (next + 1) & 7;
        return HttpStatus.of(CODES[next]);
    }

    /** Looks up an old name, ignoring case and punctuation. */
    @Benchmark
    public Optional<HttpStatus> byPhrase() {
        return HttpStatus.byPhrase("Payload Too Large");
    }
}
