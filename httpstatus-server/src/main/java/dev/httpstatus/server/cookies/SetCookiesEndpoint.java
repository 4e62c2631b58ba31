package dev.httpstatus.server.cookies;

import dev.httpstatus.server.exchange.Endpoint;
import dev.httpstatus.server.exchange.Exchange;
import dev.httpstatus.server.exchange.Problem;
import dev.httpstatus.server.exchange.Request;
import dev.httpstatus.server.exchange.Responses;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import java.util.List;
import java.util.Map;

/**
 * Sets or expires cookies and redirects to {@code /cookies} with 302, by any method. {@code /cookies/set?a=1&b=2}
 * sets a cookie for each query parameter (the first value of each); {@code /cookies/delete?a&b} expires them;
 * {@code /cookies/set/{name}/{value}} sets one. {@code attr[Name]=} parameters change the attributes of them all
 * ({@link CookieAttributes}).
 */
final class SetCookiesEndpoint implements Endpoint {
    private static final String PATH_FORM = "/cookies/set/";

    private final boolean fromPath;
    private final boolean expire;

    private SetCookiesEndpoint(boolean fromPath, boolean expire) {
        this.fromPath = fromPath;
        this.expire = expire;
    }

    /** {@code /cookies/set?name=value} or, when {@code expire}, {@code /cookies/delete?name}. */
    static SetCookiesEndpoint fromQuery(boolean expire) {
        return new SetCookiesEndpoint(false, expire);
    }

    /** {@code /cookies/set/{name}/{value}}, as httpbin has it. */
    static SetCookiesEndpoint fromPath() {
        return new SetCookiesEndpoint(true, false);
    }

    @Override
    public void handle(Exchange exchange) {
        Request request = exchange.request();
        CookieAttributes attributes = CookieAttributes.of(request);
        FullHttpResponse response = Responses.empty(Responses.status(302));
        response.headers().set(HttpHeaderNames.LOCATION, request.scopePrefix() + "/cookies");
        if (fromPath) {
            String[] pair = pathPair(request.path());
            response.headers().add(HttpHeaderNames.SET_COOKIE, attributes.setCookie(pair[0], pair[1]));
        } else {
            for (Map.Entry<String, List<String>> parameter :
                    request.queryParameters().entrySet()) {
                String name = parameter.getKey();
                if (!CookieAttributes.isAttribute(name)) {
                    String header = expire
                            ? attributes.expire(name)
                            : attributes.setCookie(name, parameter.getValue().get(0));
                    response.headers().add(HttpHeaderNames.SET_COOKIE, header);
                }
            }
        }
        exchange.answer(response);
    }

    private static String[] pathPair(String path) {
        String[] pair =
                path.substring(Math.min(PATH_FORM.length(), path.length())).split("/", -1);
        if (pair.length != 2 || pair[0].isEmpty()) {
            throw Problem.of(404, "cookies.path");
        }
        return pair;
    }
}
