package dev.httpstatus.server.conditional;

import dev.httpstatus.server.exchange.Endpoint;
import dev.httpstatus.server.exchange.Exchange;
import dev.httpstatus.server.exchange.Request;
import dev.httpstatus.server.exchange.Responses;
import dev.httpstatus.server.inspect.RequestEcho;
import dev.httpstatus.server.inspect.Shape;
import io.netty.handler.codec.DateFormatter;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Date;
import java.util.HexFormat;

/**
 * {@code /cache}, by any method, as the peers answer it: a request with If-None-Match or If-Modified-Since, whatever
 * they name, is a client revalidating its copy and gets 304 Not Modified; any other gets 200 with the request as
 * JSON ({@link RequestEcho}), Last-Modified now, and an ETag made from it. The 304 carries the same validators, as
 * RFC 9110 §15.4.5 asks of a 304.
 */
final class CacheEndpoint implements Endpoint {
    /** The validators of one second, made once in it. */
    private record Validators(long second, String lastModified, String etag) {}

    private static volatile Validators current = new Validators(-1, "", "");

    @Override
    public void handle(Exchange exchange) {
        Request request = exchange.request();
        boolean conditional = request.headers().contains(HttpHeaderNames.IF_NONE_MATCH)
                || request.headers().contains(HttpHeaderNames.IF_MODIFIED_SINCE);
        FullHttpResponse response = conditional
                ? Responses.empty(Responses.status(304))
                : RequestEcho.response(exchange, Shape.WITHOUT_BODY);
        Validators validators = now();
        response.headers().set(HttpHeaderNames.LAST_MODIFIED, validators.lastModified());
        response.headers().set(HttpHeaderNames.ETAG, validators.etag());
        exchange.answer(response);
    }

    private static Validators now() {
        long second = System.currentTimeMillis() / 1000;
        Validators validators = current;
        if (validators.second() != second) {
            String lastModified = DateFormatter.format(new Date(second * 1000));
            // Racing threads may both make them; either result is the same.
            validators = new Validators(second, lastModified, "\"" + sha1(lastModified) + "\"");
            current = validators;
        }
        return validators;
    }

    private static String sha1(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-1", e);
        }
    }
}
