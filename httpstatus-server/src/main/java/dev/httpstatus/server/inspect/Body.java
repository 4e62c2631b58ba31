package dev.httpstatus.server.inspect;

import io.netty.buffer.ByteBuf;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a request's content is, as the echo shows it: go-httpbin's {@code data}, {@code files}, {@code form} and
 * {@code json}. Its values are slices of the content, valid while the request is.
 *
 * @param dataType the media type of the data URL {@code data} is written as, or empty when it is written as text
 * @param form the form fields, by name: from urlencoded or multipart content
 * @param urlEncoded whether the form values are still percent-encoded
 * @param files the contents of the files of multipart content, by field name
 * @param json whether the content is JSON, to be written as {@code json}
 */
record Body(
        Optional<String> dataType,
        Map<String, List<ByteBuf>> form,
        boolean urlEncoded,
        Map<String, List<ByteBuf>> files,
        boolean json) {
    /** No content, or content written as text and nothing else. */
    static final Body TEXT = new Body(Optional.empty(), Map.of(), false, Map.of(), false);

    /** Content written as a data URL of {@code type}. */
    static Body binary(String type) {
        return new Body(Optional.of(type), Map.of(), false, Map.of(), false);
    }

    /** Urlencoded form content. */
    static Body urlEncoded(Map<String, List<ByteBuf>> form) {
        return new Body(Optional.empty(), form, true, Map.of(), false);
    }

    /** Multipart content. */
    static Body multipart(Multipart.Parts parts) {
        return new Body(Optional.empty(), parts.form(), false, parts.files(), false);
    }

    /** JSON content. */
    static Body ofJson() {
        return new Body(Optional.empty(), Map.of(), false, Map.of(), true);
    }
}
