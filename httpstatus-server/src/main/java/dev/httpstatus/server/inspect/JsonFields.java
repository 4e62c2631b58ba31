package dev.httpstatus.server.inspect;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * The values of the echo written into a JSON generator straight from the request's bytes: text is decoded as it is
 * written, and a data URL is encoded as it is written, so that content at the body limit is never copied onto the
 * heap whole.
 */
public final class JsonFields {
    /** Values up to this many bytes are decoded at once; longer ones are streamed. */
    private static final int AT_ONCE = 8192;

    private JsonFields() {}

    /** Writes {@code field} as an object of arrays of strings: {@code {"name": ["value", …]}}. */
    public static void strings(JsonGenerator json, String field, Map<String, List<String>> values) throws IOException {
        json.writeObjectFieldStart(field);
        for (Map.Entry<String, List<String>> entry : values.entrySet()) {
            json.writeArrayFieldStart(entry.getKey());
            for (String value : entry.getValue()) {
                json.writeString(value);
            }
            json.writeEndArray();
        }
        json.writeEndObject();
    }

    /** The same with the values as UTF-8 bytes, percent-encoded when {@code urlEncoded}. */
    static void texts(JsonGenerator json, String field, Map<String, List<ByteBuf>> values, boolean urlEncoded)
            throws IOException {
        json.writeObjectFieldStart(field);
        for (Map.Entry<String, List<ByteBuf>> entry : values.entrySet()) {
            json.writeArrayFieldStart(entry.getKey());
            for (ByteBuf value : entry.getValue()) {
                text(json, value, urlEncoded);
            }
            json.writeEndArray();
        }
        json.writeEndObject();
    }

    /**
     * Writes {@code bytes} as a string, read as UTF-8 (a malformed sequence becomes U+FFFD, as in Go's JSON), after
     * percent-decoding when {@code urlEncoded}.
     */
    static void text(JsonGenerator json, ByteBuf bytes, boolean urlEncoded) throws IOException {
        if (bytes.readableBytes() <= AT_ONCE) {
            json.writeString(urlEncoded ? UrlEncoded.decode(bytes) : bytes.toString(StandardCharsets.UTF_8));
        } else {
            InputStream in = urlEncoded ? UrlEncoded.decoding(bytes) : new ByteBufInputStream(bytes.duplicate());
            json.writeString(new InputStreamReader(in, StandardCharsets.UTF_8), -1);
        }
    }

    /**
     * Writes {@code bytes} as a data URL of {@code mediaType} (RFC 2397), base64 in the standard alphabet: {@code
     * "data:image/png;base64,iVBO…"}.
     */
    static void dataUrl(JsonGenerator json, String mediaType, ByteBuf bytes) throws IOException {
        json.writeRawValue("\"data:");
        char[] type = JsonStringEncoder.getInstance().quoteAsString(mediaType);
        json.writeRaw(type, 0, type.length);
        json.writeRaw(";base64,");
        try (OutputStream base64 = Base64.getEncoder().wrap(new RawAscii(json))) {
            bytes.getBytes(bytes.readerIndex(), base64, bytes.readableBytes());
        }
        json.writeRaw('"');
    }

    /** ASCII bytes handed to the generator as raw characters, in chunks. */
    private static final class RawAscii extends OutputStream {
        private final JsonGenerator json;
        private final char[] chars = new char[4096];

        RawAscii(JsonGenerator json) {
            this.json = json;
        }

        @Override
        public void write(int b) throws IOException {
            json.writeRaw((char) b);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            for (int done = 0; done < length; ) {
                int n = Math.min(chars.length, length - done);
                for (int i = 0; i < n; i++) {
                    chars[i] = (char) bytes[offset + done + i];
                }
                json.writeRaw(chars, 0, n);
                done += n;
            }
        }
    }
}
