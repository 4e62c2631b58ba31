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
 * @param origin scheme, host and port the client used, such as {@code http://localhost:8080}: the base of the
 *     page's absolute addresses (canonical, alternates, Open Graph), since a self-hosted server knows no other
 *     name for itself than the one it was asked by
 * @param indexable whether search engines should index the page: not a page that answers 404
 * @param unsupportedLanguage the {@code ?lang=} asked for that the site has no texts in, such as {@code fr}, which
 *     the page names in a note above its content; empty when the language was one of ours or negotiated
 */
public record PageContext(
        Language language,
        Ui t,
        String path,
        String query,
        String title,
        String description,
        String origin,
        boolean indexable,
        String unsupportedLanguage) {

    /** This page's absolute address in its language: the one search engines should keep. */
    public String canonical() {
        return absolute(language);
    }

    /** This page's absolute address in {@code other}. */
    public String absolute(Language other) {
        return origin + withLanguage(pathAndQuery(), other);
    }

    /** This page's absolute address without a language: the one that follows the reader's Accept-Language. */
    public String languageFree() {
        return origin + pathAndQuery();
    }

    /** The address of the site's file {@code name} (such as {@code site.css}), named by its content's hash. */
    public String asset(String name) {
        return Assets.href(name);
    }

    /** The name of the site's share image (Open Graph) in this page's language, such as {@code share-zh.png}. */
    public String shareImage() {
        return "share-" + language.tag() + ".png";
    }

    /** Every language, for the alternates of the page. */
    public Language[] languages() {
        return Language.values();
    }

    /** The Open Graph locale of {@code language}, such as {@code en_US} or {@code zh_CN}. */
    public static String ogLocale(Language language) {
        return language == Language.EN ? "en_US" : language.locale().toString();
    }

    private String pathAndQuery() {
        return query.isEmpty() ? path : path + "?" + query;
    }

    /** A link to {@code target} (a path, optionally with a query) in this page's language. */
    public String href(String target) {
        return withLanguage(target, language);
    }

    /** This page in the other language: the switch on every page. */
    public String switchHref() {
        return withLanguage(pathAndQuery(), language.other());
    }

    /** This page's own shareable address in its language. */
    public String selfHref() {
        return withLanguage(pathAndQuery(), language);
    }

    /** {@code text} encoded for a query parameter value. */
    public static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String withLanguage(String target, Language language) {
        return target + (target.contains("?") ? "&" : "?") + "lang=" + language.tag();
    }
}
