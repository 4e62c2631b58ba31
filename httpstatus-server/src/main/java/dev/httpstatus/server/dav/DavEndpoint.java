package dev.httpstatus.server.dav;

import dev.httpstatus.server.exchange.Exchange;
import dev.httpstatus.server.exchange.Responses;
import dev.httpstatus.server.routing.Endpoint;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpResponseStatus;

/**
 * {@code /dav/}: a WebDAV-style collection holding one file. PROPFIND answers 207 Multi-Status with a status
 * per resource (the file's missing property gets its own 404 inside the 207); GET reads the file.
 */
public final class DavEndpoint implements Endpoint {
    private static final String FILE = "readme.txt";
    private static final String CONTENT = "a file in a WebDAV-style collection\n";

    @Override
    public void handle(Exchange exchange) {
        String method = exchange.method().name();
        String path = exchange.path();
        boolean collection = path.equals("/dav") || path.equals("/dav/");
        boolean file = path.equals("/dav/" + FILE);
        if (!collection && !file) {
            exchange.send(Responses.problem(
                    exchange, HttpResponseStatus.NOT_FOUND, "the collection holds only /dav/" + FILE));
        } else if (method.equals("PROPFIND")) {
            exchange.send(multistatus(
                    exchange, collection && !"0".equals(exchange.header("Depth").orElse("1"))));
        } else if ((method.equals("GET") || method.equals("HEAD")) && file) {
            exchange.send(Responses.of(Responses.status(200), "text/plain; charset=utf-8", CONTENT));
        } else {
            FullHttpResponse refused = Responses.problem(
                    exchange, HttpResponseStatus.METHOD_NOT_ALLOWED, method + " is not allowed here; try PROPFIND");
            refused.headers().set(HttpHeaderNames.ALLOW, file ? "GET, HEAD, PROPFIND" : "PROPFIND");
            refused.headers().set("DAV", "1");
            exchange.send(refused);
        }
    }

    private static FullHttpResponse multistatus(Exchange exchange, boolean withMembers) {
        String base = exchange.scopePrefix() + "/dav/";
        StringBuilder xml =
                new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<D:multistatus xmlns:D=\"DAV:\">\n");
        if (exchange.path().endsWith(FILE)) {
            file(xml, base);
        } else {
            xml.append(" <D:response><D:href>")
                    .append(base)
                    .append("</D:href><D:propstat><D:prop><D:resourcetype>")
                    .append("<D:collection/></D:resourcetype></D:prop><D:status>HTTP/1.1 200 OK</D:status>")
                    .append("</D:propstat></D:response>\n");
            if (withMembers) {
                file(xml, base);
            }
        }
        xml.append("</D:multistatus>\n");
        FullHttpResponse response =
                Responses.of(Responses.status(207), "application/xml; charset=utf-8", xml.toString());
        response.headers().set("DAV", "1");
        return response;
    }

    private static void file(StringBuilder xml, String base) {
        xml.append(" <D:response><D:href>")
                .append(base)
                .append(FILE)
                .append("</D:href>")
                .append("<D:propstat><D:prop><D:getcontentlength>")
                .append(CONTENT.length())
                .append("</D:getcontentlength></D:prop><D:status>HTTP/1.1 200 OK</D:status></D:propstat>")
                .append("<D:propstat><D:prop><D:quota-used-bytes/></D:prop><D:status>HTTP/1.1 404 Not Found</D:status>")
                .append("</D:propstat></D:response>\n");
    }
}
