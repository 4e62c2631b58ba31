package dev.httpstatus.server.generate;

import dev.httpstatus.server.exchange.Endpoint;
import dev.httpstatus.server.exchange.Exchange;
import dev.httpstatus.server.exchange.Problem;
import dev.httpstatus.server.exchange.Request;
import dev.httpstatus.server.exchange.Responses;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpResponseStatus;
import java.util.List;

/**
 * {@code /links/{n}/{offset}}: an HTML page of n links numbered from 0, each to the page of the same series at
 * its number, the one at {@code offset} plain text; {@code /links/{n}} redirects (302) to the first page. A
 * crawler's test bed, at most 256 links a page.
 */
final class LinksEndpoint implements Endpoint {
    private static final String PREFIX = "/links/";
    private static final int MOST = 256;

    @Override
    public void handle(Exchange exchange) {
        Request request = exchange.request();
        String rest = request.path()
                .substring(Math.min(PREFIX.length(), request.path().length()));
        List<String> segments = Parameters.segments(request, PREFIX, rest.contains("/") ? 2 : 1, "/links/10/0");
        long count = Parameters.whole(segments.get(0), "n");
        if (count < 0 || count > MOST) {
            throw Problem.badRequest("links.count", count, MOST);
        }
        String series = request.scopePrefix() + PREFIX + count + "/";
        if (segments.size() == 1) {
            FullHttpResponse redirect = Responses.empty(HttpResponseStatus.FOUND);
            String query = request.rawQuery();
            redirect.headers().set(HttpHeaderNames.LOCATION, series + "0" + (query.isEmpty() ? "" : "?" + query));
            exchange.answer(redirect);
            return;
        }
        long offset = Parameters.whole(segments.get(1), "offset");
        exchange.answer(Responses.of(HttpResponseStatus.OK, DocumentEndpoint.HTML, page(series, count, offset)));
    }

    /** The page: go-httpbin's markup, so that a test comparing the whole page passes here too. */
    private static String page(String series, long count, long offset) {
        StringBuilder page = new StringBuilder("<html><head><title>Links</title></head><body>");
        for (long i = 0; i < count; i++) {
            if (i == offset) {
                page.append(i).append(' ');
            } else {
                page.append("<a href=\"")
                        .append(series)
                        .append(i)
                        .append("\">")
                        .append(i)
                        .append("</a> ");
            }
        }
        return page.append("</body></html>").toString();
    }
}
