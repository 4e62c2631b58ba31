package dev.httpstatus.server.site;

import dev.httpstatus.Language;
import dev.httpstatus.server.exchange.Caching;
import dev.httpstatus.server.exchange.Exchange;
import dev.httpstatus.server.exchange.Problem;
import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import java.nio.charset.StandardCharsets;

/**
 * {@code /sitemap.xml}: every page in every language, each with its alternates (sitemaps.org with Google's
 * {@code xhtml:link} extension), at the origin the client asked, as the pages' own canonical links are.
 */
final class Sitemap {
    private Sitemap() {}

    static void serve(Exchange exchange) {
        if (!exchange.request().method().equals(HttpMethod.GET)
                && !exchange.request().isHead()) {
            throw Problem.of(405, "site.readOnly").header("Allow", "GET, HEAD");
        }
        String origin = exchange.request().scheme() + "://" + exchange.request().host()
                + exchange.request().scopePrefix();
        FullHttpResponse response = new DefaultFullHttpResponse(
                HttpVersion.HTTP_1_1,
                HttpResponseStatus.OK,
                Unpooled.wrappedBuffer(xml(origin).getBytes(StandardCharsets.UTF_8)));
        response.headers().set(HttpHeaderNames.CONTENT_TYPE, "application/xml; charset=utf-8");
        // The same in every language: no Vary on Accept-Language.
        Caching.answerAsset(exchange, response);
    }

    static String xml(String origin) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"")
                .append(" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n");
        for (String path : SitePaths.all()) {
            for (Language language : Language.values()) {
                xml.append("<url><loc>")
                        .append(escaped(address(origin, path, language)))
                        .append("</loc>");
                for (Language alternate : Language.values()) {
                    link(xml, alternate.tag(), address(origin, path, alternate));
                }
                link(xml, "x-default", origin + path);
                xml.append("</url>\n");
            }
        }
        return xml.append("</urlset>\n").toString();
    }

    private static String address(String origin, String path, Language language) {
        return origin + path + "?lang=" + language.tag();
    }

    private static void link(StringBuilder xml, String hreflang, String href) {
        xml.append("<xhtml:link rel=\"alternate\" hreflang=\"")
                .append(hreflang)
                .append("\" href=\"")
                .append(escaped(href))
                .append("\"/>");
    }

    private static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;");
    }
}
