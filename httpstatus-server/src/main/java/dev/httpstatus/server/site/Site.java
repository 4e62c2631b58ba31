package dev.httpstatus.server.site;

import dev.httpstatus.HttpStatus;
import dev.httpstatus.Language;
import dev.httpstatus.Registration;
import dev.httpstatus.StatusClass;
import dev.httpstatus.StatusQuery;
import dev.httpstatus.UnofficialCode;
import dev.httpstatus.server.exchange.Caching;
import dev.httpstatus.server.exchange.Endpoint;
import dev.httpstatus.server.exchange.Exchange;
import dev.httpstatus.server.exchange.MediaType;
import dev.httpstatus.server.exchange.Problem;
import dev.httpstatus.server.exchange.Responses;
import dev.httpstatus.server.exchange.Router;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The reference site: the index of every code, a page per code and per class, the unofficial codes, search
 * and a helpful 404, each in English and Chinese. Pages are rendered from templates compiled at build time.
 */
public final class Site {
    private static final Pattern CODE_PAGE = Pattern.compile("/codes/(\\d{3})");
    private static final Pattern CLASS_PAGE = Pattern.compile("/classes/([1-5])xx");
    private static final Pattern THREE_DIGITS = Pattern.compile("(\\d{3})");

    /** Search results shown at most for words, as the API shows them; a pattern shows all it names. */
    private static final int SEARCH_RESULTS = 20;

    /** The compiled templates, loaded with the first page rather than with the server. */
    private static final class Templates {
        static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(ContentType.Html);
    }

    private Site() {}

    /** Adds the site's routes to {@code router}. */
    public static void routes(Router router) {
        router.exact("/", pages(Site::index))
                .exact("/unofficial", pages(Site::unofficial))
                .exact("/docs/api", pages(Site::api))
                .exact("/search", pages(Site::search))
                .prefix("/codes", pages(Site::code))
                .prefix("/classes", pages(Site::statusClass))
                .exact("/sitemap.xml", Sitemap::serve)
                .exact("/favicon.ico", Assets::serveFavicon)
                .prefix("/assets", Assets::serve);
    }

    /**
     * What unknown paths get: a page that helps a browser on, or the plain problem {@code otherwise} gives
     * clients that prefer text or JSON.
     */
    public static Endpoint notFound(Endpoint otherwise) {
        return exchange -> {
            Optional<String> canonical = SitePaths.canonical(exchange.request().path());
            if (canonical.isPresent() && isRead(exchange)) {
                String query = exchange.request().rawQuery();
                exchange.answer(redirect(
                        exchange.request().scopePrefix() + canonical.get() + (query.isEmpty() ? "" : "?" + query)));
                return;
            }
            MediaType preferred = exchange.request().preferred(List.of(MediaType.TEXT, MediaType.JSON, MediaType.HTML));
            if (preferred != MediaType.HTML) {
                otherwise.handle(exchange);
                return;
            }
            PageContext page = context(exchange, "notfound.title", "notfound.title", false);
            exchange.answer(html(
                    HttpResponseStatus.NOT_FOUND,
                    render(
                            "notfound.jte",
                            Map.of(
                                    "page",
                                    page,
                                    "path",
                                    exchange.request().path(),
                                    "suggestions",
                                    suggestions(exchange.request().path(), page)))));
        };
    }

    /** A page: its status and content, rendered for one request. */
    private interface Page {
        /** The rendered page, or empty when there is no such page. */
        Optional<byte[]> render(Exchange exchange);
    }

    private static Endpoint pages(Page page) {
        return exchange -> {
            if (!isRead(exchange)) {
                throw Problem.of(405, "site.readOnly").header("Allow", "GET, HEAD");
            }
            Optional<byte[]> rendered = page.render(exchange);
            if (rendered.isEmpty()) {
                notFound(Site::plainNotFound).handle(exchange);
                return;
            }
            Caching.answer(exchange, html(HttpResponseStatus.OK, rendered.get()));
        };
    }

    private static boolean isRead(Exchange exchange) {
        return exchange.request().method().equals(HttpMethod.GET)
                || exchange.request().isHead();
    }

    /** A permanent redirect to the one address of a page, so that links and search engines keep one. */
    private static FullHttpResponse redirect(String location) {
        FullHttpResponse response = Responses.empty(Responses.status(301));
        response.headers().set(HttpHeaderNames.LOCATION, location);
        return response;
    }

    private static void plainNotFound(Exchange exchange) {
        throw Problem.of(404, "site.noPage", exchange.request().path());
    }

    private static Optional<byte[]> index(Exchange exchange) {
        PageContext page = context(exchange, "index.title", "index.lead", true);
        Language language = page.language();
        return Optional.of(render(
                "index.jte",
                Map.of(
                        "page", page,
                        "sections", ClassSection.all(language),
                        "unofficial",
                                UnofficialCode.all().stream()
                                        .map(use -> UnofficialRow.of(use, language))
                                        .toList())));
    }

    private static Optional<byte[]> unofficial(Exchange exchange) {
        PageContext page = context(exchange, "unofficial.heading", "unofficial.lead", true);
        return Optional.of(render(
                "unofficial.jte",
                Map.of(
                        "page",
                        page,
                        "rows",
                        UnofficialCode.all().stream()
                                .map(use -> UnofficialRow.of(use, page.language()))
                                .toList())));
    }

    /** The API described for people, from the OpenAPI document that programs read at {@code /openapi.json}. */
    private static Optional<byte[]> api(Exchange exchange) {
        PageContext page = context(exchange, "api.heading", "api.description", true);
        return Optional.of(render(
                "api.jte",
                Map.of(
                        "page",
                        page,
                        "summary",
                        ApiReference.summary(page.language()),
                        "operations",
                        ApiReference.operations(page.language()))));
    }

    private static Optional<byte[]> search(Exchange exchange) {
        String query = exchange.request().query("q").map(String::strip).orElse("");
        Language language = exchange.request().readerLanguage();
        Ui t = Ui.of(language);
        String title = query.isEmpty() ? t.get("search.heading") : t.format("search.title", query);
        PageContext page = new PageContext(
                language,
                t,
                exchange.request().path(),
                query.isEmpty() ? "" : "q=" + PageContext.encode(query),
                title,
                t.get("search.heading"),
                origin(exchange),
                true,
                exchange.request().unsupportedLanguage().orElse(""));
        Optional<StatusQuery> resolved =
                query.isEmpty() ? Optional.empty() : Optional.of(StatusQuery.resolve(query, language));
        List<MatchReason.Hit> results = resolved.map(r -> shown(r).stream()
                        .map(s -> new MatchReason.Hit(CodeRow.of(s, language), MatchReason.of(s, r, language)))
                        .toList())
                .orElse(List.of());
        // A query that names nothing offers the codes closest to it, as the 404 page and the command do.
        List<CodeRow> closest = resolved.filter(r -> r.statuses().isEmpty())
                .map(r -> r.closest().isEmpty() ? suggestions(query, page) : rows(r.closest(), language))
                .orElse(List.of());
        return Optional.of(
                render("search.jte", Map.of("page", page, "query", query, "results", results, "closest", closest)));
    }

    /**
     * The codes a query's results show: all a pattern names, the best few for words. {@code /api/v1/search}
     * shows the same, and the index's filter asks it, so that the three agree.
     */
    private static List<HttpStatus> shown(StatusQuery query) {
        return query.kind() == StatusQuery.Kind.WORDS
                ? query.statuses().stream().limit(SEARCH_RESULTS).toList()
                : query.statuses();
    }

    private static List<CodeRow> rows(List<HttpStatus> statuses, Language language) {
        return statuses.stream()
                .limit(SEARCH_RESULTS)
                .map(s -> CodeRow.of(s, language))
                .toList();
    }

    private static Optional<byte[]> code(Exchange exchange) {
        Matcher matcher = CODE_PAGE.matcher(exchange.request().path());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        Optional<HttpStatus> found = HttpStatus.find(Integer.parseInt(matcher.group(1)));
        if (found.isEmpty() || found.get().registration() == Registration.UNASSIGNED) {
            return Optional.empty();
        }
        Language language = exchange.request().readerLanguage();
        CodeView view = CodeView.of(found.get(), language);
        PageContext page = new PageContext(
                language,
                Ui.of(language),
                exchange.request().path(),
                "",
                view.pageTitle(),
                view.text().summary(),
                origin(exchange),
                true,
                exchange.request().unsupportedLanguage().orElse(""));
        return Optional.of(render("code.jte", Map.of("page", page, "code", view)));
    }

    private static Optional<byte[]> statusClass(Exchange exchange) {
        Matcher matcher = CLASS_PAGE.matcher(exchange.request().path());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        Language language = exchange.request().readerLanguage();
        ClassSection section = ClassSection.of(StatusClass.of(Integer.parseInt(matcher.group(1)) * 100), language);
        PageContext page = new PageContext(
                language,
                Ui.of(language),
                exchange.request().path(),
                "",
                "HTTP " + section.label() + " " + section.text().title(),
                section.text().summary(),
                origin(exchange),
                true,
                exchange.request().unsupportedLanguage().orElse(""));
        return Optional.of(render("class.jte", Map.of("page", page, "section", section)));
    }

    /** Codes a mistyped path or query may have meant: the number in it, or the closest registered ones. */
    private static List<CodeRow> suggestions(String path, PageContext page) {
        Matcher digits = THREE_DIGITS.matcher(path);
        if (!digits.find()) {
            return List.of();
        }
        int code = Integer.parseInt(digits.group(1));
        Optional<HttpStatus> exact = HttpStatus.find(code).filter(s -> s.registration() != Registration.UNASSIGNED);
        List<HttpStatus> candidates = exact.map(List::of).orElseGet(() -> HttpStatus.closest(code));
        return candidates.stream().map(s -> CodeRow.of(s, page.language())).toList();
    }

    private static PageContext context(Exchange exchange, String titleKey, String descriptionKey, boolean indexable) {
        Language language = exchange.request().readerLanguage();
        Ui t = Ui.of(language);
        return new PageContext(
                language,
                t,
                exchange.request().path(),
                "",
                t.get(titleKey),
                t.get(descriptionKey),
                origin(exchange),
                indexable,
                exchange.request().unsupportedLanguage().orElse(""));
    }

    private static String origin(Exchange exchange) {
        return exchange.request().scheme() + "://" + exchange.request().host()
                + exchange.request().scopePrefix();
    }

    private static byte[] render(String template, Map<String, Object> parameters) {
        StringOutput output = new StringOutput();
        Templates.ENGINE.render(template, parameters, output);
        return output.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static FullHttpResponse html(HttpResponseStatus status, byte[] body) {
        FullHttpResponse response = new DefaultFullHttpResponse(
                HttpVersion.HTTP_1_1, Responses.status(status.code()), Unpooled.wrappedBuffer(body));
        response.headers().set(HttpHeaderNames.CONTENT_TYPE, MediaType.HTML.contentType());
        response.headers().set("x-content-type-options", "nosniff");
        response.headers()
                .set(
                        "content-security-policy",
                        "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'");
        return response;
    }
}
