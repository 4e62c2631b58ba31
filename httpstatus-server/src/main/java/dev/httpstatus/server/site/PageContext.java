package dev.httpstatus.server.site;

import dev.httpstatus.Language;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * What every page needs besides its content: its language and words, its path, its title, and the
 * server's own origin for the commands it shows.
 *
 * @param language the language of the page
 * @param t the site's words in that language
 * @param path the page's path, without query
 * @param query the page's query without {@code lang}, such as {@code q=timeout}, empty when none
 * @param title the page title, without the site name
 * @param description one sentence for search engines and link previews
 * @param origin scheme, host and port the client used, such as {@code http://localhost:8080}
 */
public record PageContext(
        Language language, Ui t, String path, String query, String title, String description, String origin) {

    /** A link to {@code target} (a path, optionally with a query) in this page's language. */
    public String href(String target) {
        return withLanguage(target, language);
    }

    /** This page in the other language: the switch on every page. */
    public String switchHref() {
        return withLanguage(query.isEmpty() ? path : path + "?" + query, language.other());
    }

    /** This page's own shareable address in its language. */
    public String selfHref() {
        return withLanguage(query.isEmpty() ? path : path + "?" + query, language);
    }

    /** {@code text} encoded for a query parameter value. */
    public static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String withLanguage(String target, Language language) {
        return target + (target.contains("?") ? "&" : "?") + "lang=" + language.tag();
    }
}
