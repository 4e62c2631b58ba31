package dev.httpstatus.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** Sends requests with content to a test server and reads the echo's JSON, for the tests of the echo. */
final class EchoClient {
    static final ObjectMapper JSON = new ObjectMapper();

    private final TestServer server;

    EchoClient(TestServer server) {
        this.server = server;
    }

    /** Sends {@code method} to {@code path} with {@code content} (none when null) and {@code headers}. */
    HttpResponse<String> send(String method, String path, byte[] content, String... headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.uri(path))
                .timeout(Duration.ofSeconds(20))
                .method(
                        method,
                        content == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofByteArray(content));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return server.http1.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The same with text content in UTF-8. */
    HttpResponse<String> send(String method, String path, String content, String... headers)
            throws IOException, InterruptedException {
        return send(method, path, content.getBytes(StandardCharsets.UTF_8), headers);
    }

    /** The echo of a request that must have been answered 200. */
    JsonNode echo(String method, String path, String content, String... headers) throws Exception {
        return echo(send(method, path, content, headers));
    }

    static JsonNode echo(HttpResponse<String> response) throws IOException {
        if (response.statusCode() != 200) {
            throw new AssertionError("expected 200, got " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }

    /** The names of the members of {@code object}, in order. */
    static List<String> fields(JsonNode object) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = object.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }

    /** The content of the response to {@code raw}, which must have asked the server to close the connection. */
    static String contentOf(String rawResponse) {
        return rawResponse.substring(rawResponse.indexOf("\r\n\r\n") + 4);
    }

    /** Multipart/form-data content written by hand, part by part, as a browser writes it. */
    static final class Multipart {
        final String boundary;
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        Multipart(String boundary) {
            this.boundary = boundary;
        }

        Multipart field(String name, String value) {
            return part("form-data; name=\"" + name + "\"", null, value.getBytes(StandardCharsets.UTF_8));
        }

        Multipart file(String name, String filename, String type, byte[] content) {
            return part("form-data; name=\"" + name + "\"; filename=\"" + filename + "\"", type, content);
        }

        Multipart part(String disposition, String type, byte[] content) {
            write("--" + boundary + "\r\nContent-Disposition: " + disposition + "\r\n");
            if (type != null) {
                write("Content-Type: " + type + "\r\n");
            }
            write("\r\n");
            out.writeBytes(content);
            write("\r\n");
            return this;
        }

        byte[] close() {
            write("--" + boundary + "--\r\n");
            return out.toByteArray();
        }

        String contentType() {
            return "multipart/form-data; boundary=" + boundary;
        }

        private void write(String text) {
            out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
        }
    }
}
