package dev.httpstatus.server.generate;

import dev.httpstatus.server.exchange.Streaming;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.IntConsumer;

/**
 * Writes the parts of a streamed answer one after another, the first at once, then one every pause (made a little
 * longer or shorter at random by the jitter, go-httpbin's {@code jitter}), each a timer on the connection's event
 * loop; with no pause, all of them at once. Nothing more is written once the client has gone.
 */
final class Pacer {
    private Pacer() {}

    /** Writes part 0 to {@code count - 1} with {@code write}, then runs {@code last}. */
    static void run(Streaming content, long count, Duration pause, double jitter, IntConsumer write, Runnable last) {
        content.after(Duration.ZERO, new Runnable() {
            private int next;

            @Override
            public void run() {
                do {
                    write.accept(next++);
                } while (next < count && pause.isZero());
                if (next >= count) {
                    last.run();
                } else {
                    content.after(jittered(pause, jitter), this);
                }
            }
        });
    }

    /**
     * The pause between {@code count} writes spread over {@code duration}: none follows the last, so {@code count -
     * 1} pauses fill it, rounded up (go-httpbin's {@code computePausePerWrite}).
     */
    static Duration pause(Duration duration, long count) {
        if (count <= 1) {
            return duration;
        }
        long nanos = duration.toNanos();
        return Duration.ofNanos((nanos + count - 2) / (count - 1));
    }

    private static Duration jittered(Duration pause, double jitter) {
        if (jitter <= 0) {
            return pause;
        }
        double scale = 1 + jitter * (2 * ThreadLocalRandom.current().nextDouble() - 1);
        return Duration.ofNanos(Math.max(0, (long) (pause.toNanos() * scale)));
    }
}
