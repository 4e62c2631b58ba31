package dev.httpstatus.server.cookies;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.httpstatus.server.exchange.Endpoint;
import dev.httpstatus.server.exchange.Exchange;
import dev.httpstatus.server.exchange.Json;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.cookie.Cookie;
import io.netty.handler.codec.http.cookie.ServerCookieDecoder;

/**
 * {@code /cookies}: the cookies of the request as {@code {"cookies": {"name": "value"}}}, by any method. Every
 * Cookie header counts (HTTP/2 clients send one per cookie); of two cookies of one name, the later is shown.
 */
final class CookieJarEndpoint implements Endpoint {
    @Override
    public void handle(Exchange exchange) {
        ObjectNode body = Json.MAPPER.createObjectNode();
        ObjectNode cookies = body.putObject("cookies");
        for (String header : exchange.request().headers().getAll(HttpHeaderNames.COOKIE)) {
            for (Cookie cookie : ServerCookieDecoder.LAX.decodeAll(header)) {
                cookies.put(cookie.name(), cookie.value());
            }
        }
        exchange.answer(Json.response(200, body));
    }
}
