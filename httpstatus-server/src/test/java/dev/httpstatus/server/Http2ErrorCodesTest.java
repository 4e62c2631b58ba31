package dev.httpstatus.server;

import static dev.httpstatus.server.Http2Wire.END_STREAM;
import static org.assertj.core.api.Assertions.assertThat;

import dev.httpstatus.server.Http2Wire.Frame;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The error codes of HTTP/2 resets and GOAWAYs (RFC 9113 §7), frame by frame over h2c with prior knowledge: a
 * fault says INTERNAL_ERROR, an early complete answer NO_ERROR, a malformed request PROTOCOL_ERROR, and each
 * error Netty's codec finds its own code, never CANCEL or silence.
 */
class Http2ErrorCodesTest {
    @RegisterExtension
    static final TestServer server = TestServer.perClass(config -> config.maxBody(1024));

    private static Http2Wire connect() throws IOException {
        return Http2Wire.connect(server.server.port());
    }

    private static int resetCode(Http2Wire wire, int stream) throws IOException {
        Frame reset = wire.resetOf(stream);
        assertThat(reset).as("a reset of stream %d", stream).isNotNull();
        assertThat(reset.type()).as("RST_STREAM, not GOAWAY: %s", reset).isEqualTo(Http2Wire.RST_STREAM);
        return reset.errorCode();
    }

    /** The connection still answers: a reset stream did not take it down. */
    private static void stillAnswers(Http2Wire wire, int stream) throws IOException {
        wire.get(stream, "/status/204");
        List<Frame> frames = wire.streamFrames(stream);
        assertThat(frames.get(frames.size() - 1).endsStream())
                .as("stream %d ends with an answer: %s", stream, frames)
                .isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"reset", "empty", "abort"})
    void faultsResetTheStreamWithInternalError(String fault) throws IOException {
        try (Http2Wire wire = connect()) {
            wire.get(1, "/status/200?fault=" + fault);
            assertThat(resetCode(wire, 1)).isEqualTo(Http2Wire.INTERNAL_ERROR);
            stillAnswers(wire, 3);
        }
    }

    @Test
    void anAbortedDownloadSendsItsHeadThenResetsWithInternalError() throws IOException {
        try (Http2Wire wire = connect()) {
            wire.get(1, "/bytes/2000?fault=abort");
            List<Frame> frames = wire.streamFrames(1);
            assertThat(frames).extracting(Frame::type).startsWith(Http2Wire.HEADERS);
            Frame last = frames.get(frames.size() - 1);
            assertThat(last.type()).as("%s", frames).isEqualTo(Http2Wire.RST_STREAM);
            assertThat(last.errorCode()).isEqualTo(Http2Wire.INTERNAL_ERROR);
        }
    }

    @Test
    void anAnswerBeforeTheUploadEndsIsCompleteThenResetsWithNoError() throws IOException {
        try (Http2Wire wire = connect()) {
            wire.headers(
                    1,
                    0,
                    ":method",
                    "POST",
                    ":scheme",
                    "http",
                    ":path",
                    "/anything",
                    ":authority",
                    "localhost",
                    "content-length",
                    "100000");
            List<Frame> answer = wire.streamFrames(1);
            assertThat(answer.get(answer.size() - 1).endsStream())
                    .as("the 413 is complete: %s", answer)
                    .isTrue();
            assertThat(resetCode(wire, 1)).isEqualTo(Http2Wire.NO_ERROR);
            // What the client sent before it saw the reset is ignored (RFC 9113 §5.1), not reset once more.
            for (int i = 0; i < 3; i++) {
                wire.data(1, 0, new byte[1000]);
            }
            wire.get(3, "/status/204");
            assertThat(wire.framesUntilEndOf(3))
                    .noneMatch(frame -> frame.type() == Http2Wire.RST_STREAM)
                    .last()
                    .matches(Frame::endsStream);
        }
    }

    @Test
    void anUnannouncedUploadOverTheLimitIsAnsweredThenResetWithNoError() throws IOException {
        try (Http2Wire wire = connect()) {
            wire.headers(1, 0, ":method", "POST", ":scheme", "http", ":path", "/anything", ":authority", "localhost");
            wire.data(1, 0, new byte[2048]);
            List<Frame> answer = wire.streamFrames(1);
            assertThat(answer.get(answer.size() - 1).endsStream())
                    .as("the 413 is complete: %s", answer)
                    .isTrue();
            assertThat(resetCode(wire, 1)).isEqualTo(Http2Wire.NO_ERROR);
        }
    }

    @Test
    void aRequestWithoutMethodIsResetWithProtocolErrorAndHoldsNoStream() throws IOException {
        try (Http2Wire wire = connect()) {
            wire.headers(1, END_STREAM, ":scheme", "http", ":path", "/status/200", ":authority", "localhost");
            assertThat(resetCode(wire, 1)).isEqualTo(Http2Wire.PROTOCOL_ERROR);
            wire.headers(3, 0, ":scheme", "http", ":path", "/status/200", ":authority", "localhost");
            assertThat(resetCode(wire, 3)).isEqualTo(Http2Wire.PROTOCOL_ERROR);
            stillAnswers(wire, 5);
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                ":method GET :path /status/200 :authority localhost", // no :scheme
                ":method GET :scheme http :authority localhost", // no :path
                ":method GET :scheme http :path  :authority localhost", // empty :path
                ":method CONNECT :scheme http :path / :authority localhost:80", // CONNECT with :scheme and :path
                ":method CONNECT :scheme http", // CONNECT without :authority
                ":method GET :scheme http :path / :protocol websocket", // extended CONNECT, never offered
                ":method GET :scheme http accept */* :path /", // a pseudo-header after a regular one
                ":method GET :scheme http :path / :nonsense x", // an unknown pseudo-header
                ":method GET :method GET :scheme http :path /", // a repeated pseudo-header
                ":method GET :scheme http :path / :status 200", // a response pseudo-header
                ":method GET :scheme http :path / Accept */*", // an uppercase name
                ":method GET :scheme http :path / connection keep-alive",
                ":method GET :scheme http :path / keep-alive timeout=5",
                ":method GET :scheme http :path / proxy-connection keep-alive",
                ":method GET :scheme http :path / transfer-encoding chunked",
                ":method GET :scheme http :path / upgrade h2c",
                ":method GET :scheme http :path / te gzip",
            })
    void aMalformedRequestIsResetWithProtocolError(String fields) throws IOException {
        try (Http2Wire wire = connect()) {
            wire.headers(1, END_STREAM, fields(fields));
            assertThat(resetCode(wire, 1)).isEqualTo(Http2Wire.PROTOCOL_ERROR);
            stillAnswers(wire, 3);
        }
    }

    /** Space-separated names and values; an empty value is two spaces. */
    private static String[] fields(String fields) {
        return fields.split(" ", -1);
    }

    @Test
    void teTrailersIsTheOneTeAllowed() throws IOException {
        try (Http2Wire wire = connect()) {
            wire.get(1, "/status/204", "te", "trailers");
            List<Frame> frames = wire.streamFrames(1);
            assertThat(frames.get(frames.size() - 1).endsStream())
                    .as("%s", frames)
                    .isTrue();
        }
    }

    @Test
    void trailersEndTheRequestAndCarryNoPseudoHeaders() throws IOException {
        try (Http2Wire wire = connect()) {
            String[] post = {":method", "POST", ":scheme", "http", ":path", "/anything", ":authority", "localhost"};
            wire.headers(1, 0, post);
            wire.data(1, 0, new byte[] {'a'});
            wire.headers(1, END_STREAM, "x-checksum", "1");
            List<Frame> frames = wire.streamFrames(1);
            assertThat(frames.get(frames.size() - 1).endsStream())
                    .as("valid trailers: %s", frames)
                    .isTrue();

            wire.headers(3, 0, post);
            wire.headers(3, 0, "x-checksum", "1");
            assertThat(resetCode(wire, 3)).as("trailers without END_STREAM").isEqualTo(Http2Wire.PROTOCOL_ERROR);

            wire.headers(5, 0, post);
            wire.headers(5, END_STREAM, ":path", "/other");
            assertThat(resetCode(wire, 5)).as("a pseudo-header in trailers").isEqualTo(Http2Wire.PROTOCOL_ERROR);
        }
    }

    @Test
    void contentShorterOrLongerThanItsLengthIsResetWithProtocolError() throws IOException {
        try (Http2Wire wire = connect()) {
            String[] post = {
                ":method",
                "POST",
                ":scheme",
                "http",
                ":path",
                "/anything",
                ":authority",
                "localhost",
                "content-length",
                "1"
            };
            wire.headers(1, 0, post);
            wire.data(1, END_STREAM, new byte[] {'a', 'b'});
            assertThat(resetCode(wire, 1)).isEqualTo(Http2Wire.PROTOCOL_ERROR);
            wire.headers(3, 0, post);
            wire.data(3, END_STREAM, new byte[0]);
            assertThat(resetCode(wire, 3)).isEqualTo(Http2Wire.PROTOCOL_ERROR);
        }
    }

    @Test
    void framesAfterTheRequestEndedResetTheStream() throws IOException {
        try (Http2Wire wire = Http2Wire.connectWithClosedWindows(server.server.port())) {
            wire.get(1, "/bytes/100");
            wire.data(1, 0, new byte[] {'a'});
            assertThat(resetCode(wire, 1)).isEqualTo(Http2Wire.STREAM_CLOSED);
            wire.get(3, "/bytes/100");
            wire.headers(3, END_STREAM, "x-late", "1");
            // RFC 9113 §5.1 names STREAM_CLOSED here too; Netty's codec takes a second HEADERS for a second set of
            // trailers and says PROTOCOL_ERROR (docs/server.md, "HTTP/2 conformance"). Either way a reset, never
            // silence.
            assertThat(resetCode(wire, 3)).isEqualTo(Http2Wire.PROTOCOL_ERROR);
        }
    }

    @Test
    void flowControlAndFrameSizeErrorsOnAStreamHaveTheirOwnCodes() throws IOException {
        try (Http2Wire wire = Http2Wire.connectWithClosedWindows(server.server.port())) {
            wire.get(1, "/bytes/100");
            wire.frame(Http2Wire.WINDOW_UPDATE, 0, 1, Http2Wire.int32(0));
            assertThat(resetCode(wire, 1)).as("WINDOW_UPDATE of 0").isEqualTo(Http2Wire.PROTOCOL_ERROR);

            wire.get(3, "/bytes/100");
            wire.frame(Http2Wire.WINDOW_UPDATE, 0, 3, Http2Wire.int32(0x7fffffff));
            wire.frame(Http2Wire.WINDOW_UPDATE, 0, 3, Http2Wire.int32(0x7fffffff));
            assertThat(resetCode(wire, 3)).as("a window over 2^31-1").isEqualTo(Http2Wire.FLOW_CONTROL_ERROR);

            wire.get(5, "/bytes/100");
            wire.frame(Http2Wire.PRIORITY, 0, 5, new byte[4]);
            assertThat(resetCode(wire, 5)).as("PRIORITY of 4 octets").isEqualTo(Http2Wire.FRAME_SIZE_ERROR);
        }
    }

    @Test
    void connectionErrorsEndWithGoAwayAndTheirCode() throws IOException {
        try (Http2Wire wire = connect()) {
            wire.frame(Http2Wire.WINDOW_UPDATE, 0, 0, Http2Wire.int32(0));
            assertThat(wire.goAway().errorCode()).isEqualTo(Http2Wire.PROTOCOL_ERROR);
        }
        try (Http2Wire wire = connect()) {
            wire.frame(Http2Wire.SETTINGS, 0, 0, new byte[5]);
            assertThat(wire.goAway().errorCode()).isEqualTo(Http2Wire.FRAME_SIZE_ERROR);
        }
        try (Http2Wire wire = connect()) {
            wire.frame(Http2Wire.PING, 0, 0, new byte[8]);
            wire.frame(Http2Wire.CONTINUATION, Http2Wire.END_HEADERS, 1, new byte[0]);
            assertThat(wire.goAway().errorCode()).isEqualTo(Http2Wire.PROTOCOL_ERROR);
        }
    }
}
