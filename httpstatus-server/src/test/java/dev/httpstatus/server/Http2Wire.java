package dev.httpstatus.server;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A raw HTTP/2 client over cleartext, with prior knowledge or by upgrade, writing frames byte by byte, for what no real client
 * sends: malformed requests and frames that break the protocol. Header blocks are HPACK literals without
 * indexing, in the order given, so that a test controls every field (an uppercase name, a pseudo-header after a
 * regular one). It reads the server's frames without decoding their header blocks: the tests look at frame
 * types, flags and error codes.
 */
final class Http2Wire implements AutoCloseable {
    static final int DATA = 0;
    static final int HEADERS = 1;
    static final int PRIORITY = 2;
    static final int RST_STREAM = 3;
    static final int SETTINGS = 4;
    static final int PING = 6;
    static final int GOAWAY = 7;
    static final int WINDOW_UPDATE = 8;
    static final int CONTINUATION = 9;

    static final byte[] PREFACE = "PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1);

    static final int END_STREAM = 0x1;
    static final int END_HEADERS = 0x4;

    static final int NO_ERROR = 0x0;
    static final int PROTOCOL_ERROR = 0x1;
    static final int INTERNAL_ERROR = 0x2;
    static final int FLOW_CONTROL_ERROR = 0x3;
    static final int STREAM_CLOSED = 0x5;
    static final int FRAME_SIZE_ERROR = 0x6;

    /** One frame from the server. */
    record Frame(int type, int flags, int stream, byte[] payload) {
        /** The error code of a RST_STREAM or GOAWAY frame. */
        int errorCode() {
            int at = type == GOAWAY ? 4 : 0;
            return ((payload[at] & 0xff) << 24)
                    | ((payload[at + 1] & 0xff) << 16)
                    | ((payload[at + 2] & 0xff) << 8)
                    | (payload[at + 3] & 0xff);
        }

        boolean endsStream() {
            return (type == DATA || type == HEADERS) && (flags & END_STREAM) != 0;
        }

        @Override
        public String toString() {
            String code = type == RST_STREAM || type == GOAWAY ? " error " + errorCode() : "";
            return "frame type " + type + " flags " + flags + " stream " + stream + code;
        }
    }

    private final Socket socket;
    private final OutputStream out;
    private final DataInputStream in;

    private Http2Wire(Socket socket) throws IOException {
        this.socket = socket;
        this.out = socket.getOutputStream();
        this.in = new DataInputStream(socket.getInputStream());
    }

    /** Opens a connection to {@code port} with the client preface and an empty SETTINGS frame. */
    static Http2Wire connect(int port) throws IOException {
        return connect(port, new byte[0]);
    }

    /**
     * Opens a connection whose streams start with a flow-control window of 0: the server can send the head of an
     * answer but none of its content, so that the stream stays open on its side for as long as a test needs.
     */
    static Http2Wire connectWithClosedWindows(int port) throws IOException {
        return connect(port, new byte[] {0, 4, 0, 0, 0, 0});
    }

    private static Http2Wire connect(int port, byte[] settings) throws IOException {
        Socket socket = new Socket(InetAddress.getLoopbackAddress(), port);
        // Only a guard against a hang: every read below waits for something the server must send.
        socket.setSoTimeout(20_000);
        Http2Wire wire = new Http2Wire(socket);
        wire.out.write(PREFACE);
        wire.frame(SETTINGS, 0, 0, settings);
        return wire;
    }

    /**
     * Opens a cleartext connection that asks for h2c by upgrade on a GET of {@code path}, as curl and the JDK do
     * on an http:// URL, and reads the 101's head. {@code eager} sends the client preface in the same write as the
     * request, before the 101 is read; otherwise the preface follows the 101, as RFC 7540 §3.2 asks. The answer to
     * the GET comes on stream 1.
     */
    static Http2Wire upgrade(int port, String path, boolean eager) throws IOException {
        Socket socket = new Socket(InetAddress.getLoopbackAddress(), port);
        socket.setSoTimeout(20_000);
        Http2Wire wire = new Http2Wire(socket);
        ByteArrayOutputStream request = new ByteArrayOutputStream();
        // curl's HTTP2-Settings: 100 streams, a 32 MiB window, no push
        request.writeBytes(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: Upgrade, HTTP2-Settings\r\n"
                        + "Upgrade: h2c\r\nHTTP2-Settings: AAMAAABkAAQCAAAAAAIAAAAA\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        if (eager) {
            request.writeBytes(PREFACE);
            request.writeBytes(frameBytes(SETTINGS, 0, 0, new byte[0]));
        }
        wire.out.write(request.toByteArray());
        wire.out.flush();
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            head.append((char) wire.in.readUnsignedByte());
        }
        if (!head.toString().startsWith("HTTP/1.1 101 ")) {
            throw new IllegalStateException("no switch to h2c: " + head);
        }
        if (!eager) {
            wire.out.write(PREFACE);
            wire.frame(SETTINGS, 0, 0, new byte[0]);
        }
        return wire;
    }

    /** A GET of {@code path} with every pseudo-header, then {@code more} fields, as HEADERS ending the stream. */
    void get(int stream, String path, String... more) throws IOException {
        List<String> fields =
                new ArrayList<>(List.of(":method", "GET", ":scheme", "http", ":path", path, ":authority", "localhost"));
        fields.addAll(List.of(more));
        headers(stream, END_STREAM, fields.toArray(String[]::new));
    }

    /** A HEADERS frame with END_HEADERS and {@code flags}, carrying {@code fields} (name, value, name, value…). */
    void headers(int stream, int flags, String... fields) throws IOException {
        frame(HEADERS, END_HEADERS | flags, stream, block(fields));
    }

    void data(int stream, int flags, byte[] content) throws IOException {
        frame(DATA, flags, stream, content);
    }

    void frame(int type, int flags, int stream, byte[] payload) throws IOException {
        out.write(frameBytes(type, flags, stream, payload));
        out.flush();
    }

    private static byte[] frameBytes(int type, int flags, int stream, byte[] payload) {
        byte[] head = {
            (byte) (payload.length >>> 16),
            (byte) (payload.length >>> 8),
            (byte) payload.length,
            (byte) type,
            (byte) flags,
            (byte) (stream >>> 24),
            (byte) (stream >>> 16),
            (byte) (stream >>> 8),
            (byte) stream
        };
        ByteArrayOutputStream frame = new ByteArrayOutputStream();
        frame.writeBytes(head);
        frame.writeBytes(payload);
        return frame.toByteArray();
    }

    /** A header block of literal fields without indexing, new names, no Huffman coding (RFC 7541 §6.2.2). */
    static byte[] block(String... fields) {
        ByteArrayOutputStream block = new ByteArrayOutputStream();
        for (int i = 0; i < fields.length; i += 2) {
            block.write(0);
            string(block, fields[i]);
            string(block, fields[i + 1]);
        }
        return block.toByteArray();
    }

    private static void string(ByteArrayOutputStream block, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
        if (bytes.length > 126) {
            throw new IllegalArgumentException("a field this long needs a longer length prefix: " + text);
        }
        block.write(bytes.length);
        block.writeBytes(bytes);
    }

    static byte[] int32(long value) {
        return new byte[] {(byte) (value >>> 24), (byte) (value >>> 16), (byte) (value >>> 8), (byte) value};
    }

    /** The next frame from the server; a SETTINGS frame that is not an acknowledgement is acknowledged. */
    Frame next() throws IOException {
        byte[] head = new byte[9];
        in.readFully(head);
        int length = ((head[0] & 0xff) << 16) | ((head[1] & 0xff) << 8) | (head[2] & 0xff);
        int stream = ((head[5] & 0x7f) << 24) | ((head[6] & 0xff) << 16) | ((head[7] & 0xff) << 8) | (head[8] & 0xff);
        byte[] payload = new byte[length];
        in.readFully(payload);
        Frame frame = new Frame(head[3], head[4] & 0xff, stream, payload);
        if (frame.type == SETTINGS && (frame.flags & 0x1) == 0) {
            frame(SETTINGS, 0x1, 0, new byte[0]);
        }
        return frame;
    }

    /**
     * Reads until the server resets {@code stream} or the connection ends: the RST_STREAM or GOAWAY frame, or
     * null when the connection closed without either.
     */
    Frame resetOf(int stream) throws IOException {
        try {
            while (true) {
                Frame frame = next();
                if (frame.type == GOAWAY || frame.type == RST_STREAM && frame.stream == stream) {
                    return frame;
                }
            }
        } catch (EOFException closed) {
            return null;
        }
    }

    /** Reads until the server sends GOAWAY; null when the connection closed without one. */
    Frame goAway() throws IOException {
        try {
            while (true) {
                Frame frame = next();
                if (frame.type == GOAWAY) {
                    return frame;
                }
            }
        } catch (EOFException closed) {
            return null;
        }
    }

    /** The frames of {@code stream} up to the one that ends or resets it (RST_STREAM, END_STREAM or GOAWAY). */
    List<Frame> streamFrames(int stream) throws IOException {
        return framesUntilEndOf(stream).stream()
                .filter(frame -> frame.stream == stream || frame.type == GOAWAY)
                .toList();
    }

    /** Every frame up to the one that ends or resets {@code stream}, whichever stream it belongs to. */
    List<Frame> framesUntilEndOf(int stream) throws IOException {
        List<Frame> frames = new ArrayList<>();
        while (true) {
            Frame frame = next();
            frames.add(frame);
            if (frame.type == GOAWAY || frame.stream == stream && (frame.endsStream() || frame.type == RST_STREAM)) {
                return frames;
            }
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
