package dev.httpstatus.server.echo;

import dev.httpstatus.server.exchange.Endpoint;
import dev.httpstatus.server.exchange.Exchange;
import dev.httpstatus.server.exchange.Responses;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * {@code /forms/post}: an HTML form that posts to {@code /post} (in the request's scope), with the fields of
 * httpbin's form (custname, custtel, custemail, size, topping, delivery, comments), so that browser tests written
 * against httpbin fill it in by the same names.
 */
final class FormsPostEndpoint implements Endpoint {
    private static final String PAGE = load();

    @Override
    public void handle(Exchange exchange) {
        String page = PAGE.replace("{post}", exchange.request().scopePrefix() + "/post");
        exchange.answer(Responses.of(Responses.status(200), "text/html; charset=utf-8", page));
    }

    private static String load() {
        try (InputStream in = FormsPostEndpoint.class.getResourceAsStream("forms-post.html")) {
            if (in == null) {
                throw new IllegalStateException("forms-post.html is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
