package dev.httpstatus.bench;

import dev.httpstatus.HttpStatus;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** Ranked search over the whole registry in both languages. Target: under 50 µs a query. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class SearchBenchmark {
    /** Exact words, a typo, an old name, and Chinese substrings. */
    @Param({"timeout", "not fund", "teapot", "payload too large", "超时", "找不到"})
    public String query;

    /** Searches names and texts in English and Chinese. */
    @Benchmark
    public List<HttpStatus> search() {
        return HttpStatus.search(query, Locale.ENGLISH);
    }
}
