package dev.httpstatus.bench;

import dev.httpstatus.server.Pipelines;
import dev.httpstatus.server.config.ServerConfig;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One keep-alive request through the whole HTTP/1.1 pipeline of a connection (decoder, time limits,
 * keep-alive, aggregation, pipelining, routing, the endpoint, metrics, the encoder) in an EmbeddedChannel:
 * the server's own work per request, without the kernel's share or a load generator's. Bytes in, bytes out.
 * Run with {@code -prof gc} for the memory allocated per request.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Dio.netty.leakDetection.level=disabled")
public class RequestBenchmark {
    private EmbeddedChannel channel;
    private ByteBuf status404;
    private ByteBuf withOptions;

    @Setup(Level.Trial)
    public void connect() {
        channel = new EmbeddedChannel();
        ServerConfig config = ServerConfig.builder()
                .address("127.0.0.1", 0)
                .accessLog(false)
                .journal(false)
                .build();
        Pipelines.addHttp1(config, channel.pipeline());
        status404 = request("GET /status/404 HTTP/1.1\r\nHost: localhost\r\n\r\n");
        withOptions = request("GET /status/503?header=Retry-After:5 HTTP/1.1\r\nHost: localhost\r\n"
                + "Accept: application/json\r\n\r\n");
    }

    private static ByteBuf request(String text) {
        return Unpooled.unreleasableBuffer(Unpooled.copiedBuffer(text, StandardCharsets.US_ASCII));
    }

    /** The common case: a code, no options, the text body. */
    @Benchmark
    public int plainStatus() {
        return exchange(status404);
    }

    /** A code with a header to add and a JSON body chosen by Accept. */
    @Benchmark
    public int statusWithOptions() {
        return exchange(withOptions);
    }

    private int exchange(ByteBuf request) {
        channel.writeInbound(request.duplicate());
        int bytes = 0;
        for (ByteBuf out = channel.readOutbound(); out != null; out = channel.readOutbound()) {
            bytes += out.readableBytes();
            out.release();
        }
        if (bytes == 0) {
            throw new IllegalStateException("no answer");
        }
        return bytes;
    }

    @TearDown(Level.Trial)
    public void close() {
        channel.finishAndReleaseAll();
    }
}
