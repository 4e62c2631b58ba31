package dev.httpstatus.server.exchange;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufInputStream;
import io.netty.buffer.ByteBufOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * JSON request content read as a stream of tokens, never as a tree, so that a body at the size limit costs
 * the heap no more than a small one: a tree of a 10 MiB array takes several times that, and a few at once
 * would exhaust a small server's heap.
 */
public final class JsonContent {
    private static final JsonFactory FACTORY = new JsonFactory();

    /**
     * What the content is.
     *
     * @param error why it is not JSON, when it is not
     * @param name the non-blank string member "name" of a top-level object, when there is one
     */
    public record Verdict(Optional<String> error, Optional<String> name) {
        /** Whether the content is well-formed JSON. */
        public boolean isJson() {
            return error.isEmpty();
        }
    }

    private JsonContent() {}

    /** Reads {@code content} through without keeping it: well-formed or not, and its top-level "name". */
    public static Verdict inspect(ByteBuf content) {
        try (JsonParser parser = FACTORY.createParser((InputStream) new ByteBufInputStream(content.duplicate()))) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return new Verdict(Optional.of("the content is empty"), Optional.empty());
            }
            Optional<String> name = Optional.empty();
            if (first == JsonToken.START_OBJECT) {
                JsonToken token;
                while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
                    boolean isName = parser.currentName().equals("name");
                    JsonToken value = parser.nextToken();
                    if (isName
                            && value == JsonToken.VALUE_STRING
                            && !parser.getText().isBlank()) {
                        name = Optional.of(parser.getText());
                    }
                    parser.skipChildren();
                }
                if (token != JsonToken.END_OBJECT) {
                    throw new IllegalStateException("an object must end with }");
                }
            } else {
                parser.skipChildren();
            }
            if (parser.nextToken() != null) {
                return new Verdict(Optional.of("more follows the first JSON value"), Optional.empty());
            }
            return new Verdict(Optional.empty(), name);
        } catch (JsonProcessingException e) {
            return new Verdict(Optional.of(e.getOriginalMessage()), Optional.empty());
        } catch (IOException e) {
            throw new UncheckedIOException("reading a buffer in memory failed", e);
        }
    }

    /** Copies the JSON {@code content} into {@code out} as one value; the content must be well-formed. */
    public static void copy(ByteBuf content, JsonGenerator out) throws IOException {
        try (JsonParser parser = FACTORY.createParser((InputStream) new ByteBufInputStream(content.duplicate()))) {
            parser.nextToken();
            out.copyCurrentStructure(parser);
        }
    }

    /** A generator writing UTF-8 JSON into {@code out}. */
    public static JsonGenerator generator(ByteBuf out) throws IOException {
        return FACTORY.createGenerator((OutputStream) new ByteBufOutputStream(out));
    }
}
