package dev.httpstatus.server.resource;

import dev.httpstatus.server.exchange.Endpoint;
import dev.httpstatus.server.exchange.Exchange;
import dev.httpstatus.server.exchange.Problem;
import dev.httpstatus.server.exchange.Responses;
import io.netty.handler.codec.http.FullHttpResponse;

/**
 * {@code /dav/}: a WebDAV-style collection holding one file. PROPFIND answers 207 Multi-Status with a status
 * per resource (the file's missing property gets its own 404 inside the 207); GET reads the file.
 */
final class DavEndpoint implements Endpoint {
    private static final String FILE = "readme.txt";
    private static final String CONTENT = "a file in a WebDAV-style collection\n";

    @Override
    public void handle(Exchange exchange) {
        String method = exchange.request().method().name();
        String path = exchange.request().path();
        boolean collection = path.equals("/dav") || path.equals("/dav/");
        boolean file = path.equals("/dav/" + FILE);
        if (!collection && !file) {
            throw Problem.of(404, "dav.unknown", "/dav/" + FILE);
        } else if (method.equals("PROPFIND")) {
            exchange.answer(multistatus(
                    exchange,
                    collection && !"0".equals(exchange.request().header("Depth").orElse("1"))));
        } else if ((method.equals("GET") || method.equals("HEAD")) && file) {
            exchange.answer(Responses.of(Responses.status(200), "text/plain; charset=utf-8", CONTENT));
        } else {
            throw Problem.of(405, "dav.method", method)
                    .header("Allow", file ? "GET, HEAD, PROPFIND" : "PROPFIND")
                    .header("DAV", "1");
        }
    }

    private static FullHttpResponse multistatus(Exchange exchange, boolean withMembers) {
        String base = exchange.request().scopePrefix() + "/dav/";
        StringBuilder xml =
                new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<D:multistatus xmlns:D=\"DAV:\">\n");
        if (exchange.request().path().endsWith(FILE)) {
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
