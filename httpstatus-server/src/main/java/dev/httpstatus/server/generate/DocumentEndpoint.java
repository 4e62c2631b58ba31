package dev.httpstatus.server.generate;

import dev.httpstatus.server.exchange.Endpoint;
import dev.httpstatus.server.exchange.Exchange;
import dev.httpstatus.server.exchange.Responses;
import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * A document of ours served as it is, read from the resources beside this class on its first request: the sample
 * HTML, JSON and XML, robots.txt, the page robots are kept from, and the UTF-8 sampler.
 */
final class DocumentEndpoint implements Endpoint {
    static final String TEXT = "text/plain; charset=utf-8";
    static final String HTML = "text/html; charset=utf-8";

    private final String resource;
    private final String contentType;
    private volatile byte[] document;

    DocumentEndpoint(String resource, String contentType) {
        this.resource = resource;
        this.contentType = contentType;
    }

    @Override
    public void handle(Exchange exchange) {
        FullHttpResponse response = Responses.withKnownNames(Responses.status(200), Unpooled.wrappedBuffer(document()));
        response.headers().set(HttpHeaderNames.CONTENT_TYPE, contentType);
        exchange.answer(response);
    }

    private byte[] document() {
        byte[] read = document;
        if (read == null) {
            read = read(resource);
            document = read;
        }
        return read;
    }

    /** The resource {@code name} beside this class. */
    static byte[] read(String name) {
        try (InputStream in = DocumentEndpoint.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the resource " + name + " is missing from the build");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
