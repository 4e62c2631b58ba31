package dev.httpstatus.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Random and mutated requests through the real HTTP/1.1 pipeline in an EmbeddedChannel: no exception escapes a
 * handler, and whatever comes out is well-formed HTTP/1.1 responses, one after another.
 */
class PipelineFuzzTest {
    private static final Pattern STATUS_LINE = Pattern.compile("HTTP/1\\.[01] ([1-5]\\d\\d) [^\\r\\n]*");
    private static final List<String> VALID = List.of(
            "GET /status/404 HTTP/1.1\r\nHost: x\r\n\r\n",
            "POST /anything/json HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 13\r\n\r\n"
                    + "{\"name\":\"a\"}\n",
            "HEAD /status/103?then=418 HTTP/1.1\r\nHost: x\r\n\r\n",
            "PUT /status/200,201?header=X:1 HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n",
            "GET /redirect/2?absolute=true HTTP/1.1\r\nHost: x\r\nAccept: application/json\r\n\r\n");

    private static EmbeddedChannel pipeline() {
        EmbeddedChannel channel = new EmbeddedChannel();
        StatusServer.addHttp1Handlers(TestServer.quiet(), channel.pipeline());
        return channel;
    }

    @Provide
    Arbitrary<byte[]> mutated() {
        Arbitrary<String> base = Arbitraries.of(VALID);
        return Combinators.combine(
                        base,
                        Arbitraries.integers().between(0, 400),
                        Arbitraries.integers().between(0, 255),
                        Arbitraries.of("flip", "delete", "insert", "duplicate", "truncate"))
                .as((request, position, value, how) ->
                        mutate(request.getBytes(StandardCharsets.ISO_8859_1), position, (byte) (int) value, how));
    }

    private static byte[] mutate(byte[] request, int position, byte value, String how) {
        int at = Math.min(position, request.length - 1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        switch (how) {
            case "flip" -> {
                request[at] = value;
                out.writeBytes(request);
            }
            case "delete" -> {
                out.write(request, 0, at);
                out.write(request, at + 1, request.length - at - 1);
            }
            case "insert" -> {
                out.write(request, 0, at);
                out.write(value);
                out.write(request, at, request.length - at);
            }
            case "duplicate" -> {
                out.write(request, 0, at);
                out.write(request, 0, request.length);
            }
            default -> out.write(request, 0, at);
        }
        return out.toByteArray();
    }

    @Property(tries = 400)
    void mutatedRequestsGetWellFormedAnswers(@ForAll("mutated") byte[] request) {
        assertWellFormed(request);
    }

    @Property(tries = 300)
    void randomBytesGetWellFormedAnswersOrNone(@ForAll byte[] noise) {
        assertWellFormed(noise);
    }

    private static void assertWellFormed(byte[] request) {
        EmbeddedChannel channel = pipeline();
        channel.writeInbound(Unpooled.wrappedBuffer(request));
        channel.runPendingTasks();
        channel.checkException();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Object written; (written = channel.readOutbound()) != null; ) {
            ByteBuf bytes = (ByteBuf) written;
            byte[] copy = new byte[bytes.readableBytes()];
            bytes.readBytes(copy);
            out.writeBytes(copy);
            bytes.release();
        }
        channel.finishAndReleaseAll();
        parseResponses(out.toString(StandardCharsets.ISO_8859_1));
    }

    /** Parses a stream of responses, failing on anything that is not well-formed HTTP/1.1. */
    private static void parseResponses(String stream) {
        int at = 0;
        while (at < stream.length()) {
            int headEnd = stream.indexOf("\r\n\r\n", at);
            assertThat(headEnd).as("a complete head in %s", stream).isGreaterThan(at);
            String[] lines = stream.substring(at, headEnd).split("\r\n");
            Matcher status = STATUS_LINE.matcher(lines[0]);
            assertThat(status.matches()).as("status line %s", lines[0]).isTrue();
            int code = Integer.parseInt(status.group(1));
            assertThat(code).as("no 500 for a client's bytes").isNotEqualTo(500);
            long length = 0;
            for (int i = 1; i < lines.length; i++) {
                assertThat(lines[i]).as("header line").matches("[!#$%&'*+.^_`|~0-9A-Za-z-]+: [^\\r\\n]*");
                if (lines[i].toLowerCase().startsWith("content-length:")) {
                    length = Long.parseLong(lines[i].substring(15).strip());
                }
            }
            boolean noBody = code < 200 || code == 204 || code == 304 || stream.startsWith("HEAD");
            at = headEnd + 4 + (int) (noBody ? 0 : Math.min(length, stream.length() - headEnd - 4));
        }
    }
}
