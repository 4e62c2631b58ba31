package dev.httpstatus.bench;

import dev.httpstatus.HttpStatus;
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
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class LookupBenchmark {
    private static final int[] CODES = {200, 404, 503, 301, 418, 299, 451, 100};

    @Param({"timeout", "not fund", "teapot", "超时", "找不到"})
    public String query;

    private int next;

    /** Looks up a rotating set of codes, registered and not, so no single branch is favoured. */
    @Benchmark
    @OutputTimeUnit(TimeUnit.NANOSECONDS)
    public HttpStatus lookupByCode() {
        next = (next + 1) & 7;
        return HttpStatus.of(CODES[next]);
    }

    /** Looks up a phrase, ignoring case and punctuation. */
    @Benchmark
    @OutputTimeUnit(TimeUnit.NANOSECONDS)
    public Object lookupByPhrase() {
        return HttpStatus.byPhrase("Payload Too Large");
    }

    /** Searches names and texts in English and Chinese. */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public List<HttpStatus> search() {
        return HttpStatus.search(query, Locale.ENGLISH);
    }
}
