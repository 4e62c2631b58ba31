package dev.httpstatus.server.generate;

import dev.httpstatus.server.exchange.Problem;
import dev.httpstatus.server.exchange.Request;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * The n random bytes of {@code /bytes/{n}} and {@code /stream-bytes/{n}}: the same ones for the same {@code seed}
 * (any 64-bit whole number), on both paths and from one run of the server to the next.
 */
final class RandomBytes {
    private RandomBytes() {}

    /** How many bytes the path asks for, after {@code prefix}: 0 to the generated-body limit. */
    static int count(Request request, String prefix, int limit) {
        String count = Parameters.segments(request, prefix, 1, prefix + "1024").get(0);
        long bytes = Parameters.whole(count, "n");
        if (bytes < 0 || bytes > limit) {
            throw Problem.badRequest("bytes.length", limit);
        }
        return (int) bytes;
    }

    /** {@code count} bytes from the request's {@code seed}, or from no seed in particular. */
    static byte[] of(Request request, int count) {
        Optional<String> seed = request.query("seed").filter(s -> !s.isEmpty());
        SplittableRandom random =
                seed.isPresent() ? new SplittableRandom(Parameters.whole(seed.get(), "seed")) : new SplittableRandom();
        byte[] bytes = new byte[count];
        random.nextBytes(bytes);
        return bytes;
    }
}
