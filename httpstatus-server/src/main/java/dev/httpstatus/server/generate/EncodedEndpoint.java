package dev.httpstatus.server.generate;

import dev.httpstatus.server.exchange.ContentCoding;
import dev.httpstatus.server.exchange.Endpoint;
import dev.httpstatus.server.exchange.Exchange;
import dev.httpstatus.server.exchange.Responses;
import dev.httpstatus.server.inspect.RequestEcho;
import dev.httpstatus.server.inspect.Shape;
import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;

/**
 * {@code /gzip}, {@code /deflate} and {@code /brotli}: the request told back as JSON with {@code "gzipped"},
 * {@code "deflated"} or {@code "brotli"}: true, in that content coding whatever Accept-Encoding says, as the
 * peers answer. Deflate is the zlib format (RFC 1950), as {@code Content-Encoding: deflate} means.
 */
final class EncodedEndpoint implements Endpoint {
    /** A content coding and the member that says it was used. */
    enum Coding {
        GZIP(ContentCoding.GZIP, "gzipped"),
        DEFLATE(ContentCoding.DEFLATE, "deflated"),
        BROTLI(ContentCoding.BROTLI, "brotli");

        private final ContentCoding coding;
        private final String member;

        Coding(ContentCoding coding, String member) {
            this.coding = coding;
            this.member = member;
        }
    }

    private final Coding coding;

    EncodedEndpoint(Coding coding) {
        this.coding = coding;
    }

    @Override
    public void handle(Exchange exchange) {
        byte[] echo =
                RequestEcho.bytes(exchange, Shape.WITHOUT_BODY, json -> json.writeBooleanField(coding.member, true));
        FullHttpResponse response =
                Responses.withKnownNames(Responses.status(200), Unpooled.wrappedBuffer(coding.coding.encode(echo)));
        response.headers()
                .set(HttpHeaderNames.CONTENT_TYPE, Generate.JSON_TYPE)
                .set(HttpHeaderNames.CONTENT_ENCODING, coding.coding.token());
        exchange.answer(response);
    }
}
