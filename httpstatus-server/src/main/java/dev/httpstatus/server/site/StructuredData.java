package dev.httpstatus.server.site;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.httpstatus.server.exchange.Json;

/**
 * The pages described for search engines in schema.org terms, as JSON-LD: the site with its search on the index, a
 * code as a defined term with its breadcrumbs, a class with its breadcrumbs. Written into a
 * {@code <script type="application/ld+json">}, which browsers never run, so the Content-Security-Policy holds.
 */
public final class StructuredData {
    private StructuredData() {}

    /** The index: the site, and how to search it ({@code SearchAction}). */
    public static String website(PageContext page) {
        ObjectNode site = node("WebSite", page);
        site.put("name", "httpstatus");
        site.put("url", page.canonical());
        site.put("description", page.description());
        ObjectNode search = site.putObject("potentialAction");
        search.put("@type", "SearchAction");
        search.put(
                "target",
                page.origin() + "/search?q={query}&lang=" + page.language().tag());
        search.put("query-input", "required name=query");
        return written(site);
    }

    /** A code's page: the code as a term of the set of status codes, and the way to it from the index. */
    public static String code(PageContext page, CodeView code) {
        ObjectNode term = node("DefinedTerm", page);
        term.put("name", code.pageTitle());
        term.put("termCode", Integer.toString(code.code()));
        term.put("description", code.text().summary());
        term.put("url", page.canonical());
        ObjectNode set = term.putObject("inDefinedTermSet");
        set.put("@type", "DefinedTermSet");
        set.put("name", page.t().get("index.title"));
        set.put("url", page.origin() + page.href("/"));
        String classLabel = code.status().statusClass().label();
        return graph(
                term,
                breadcrumbs(
                        page,
                        page.t().get("nav.codes"),
                        "/",
                        classLabel + " " + code.classText().title(),
                        "/classes/" + classLabel,
                        page.title()));
    }

    /** A class's page: the way to it from the index. */
    public static String statusClass(PageContext page, ClassSection section) {
        return written(breadcrumbs(
                page,
                page.t().get("nav.codes"),
                "/",
                section.label() + " " + section.text().title(),
                null,
                null));
    }

    private static ObjectNode breadcrumbs(
            PageContext page, String first, String firstPath, String second, String secondPath, String third) {
        ObjectNode list = node("BreadcrumbList", page);
        ArrayNode items = list.putArray("itemListElement");
        crumb(items, 1, first, page.origin() + page.href(firstPath));
        crumb(items, 2, second, secondPath == null ? page.canonical() : page.origin() + page.href(secondPath));
        if (third != null) {
            crumb(items, 3, third, page.canonical());
        }
        return list;
    }

    private static void crumb(ArrayNode items, int position, String name, String url) {
        ObjectNode item = items.addObject();
        item.put("@type", "ListItem");
        item.put("position", position);
        item.put("name", name);
        item.put("item", url);
    }

    private static ObjectNode node(String type, PageContext page) {
        ObjectNode node = Json.MAPPER.createObjectNode();
        node.put("@context", "https://schema.org");
        node.put("@type", type);
        node.put("inLanguage", page.language() == dev.httpstatus.Language.ZH ? "zh-CN" : "en");
        return node;
    }

    private static String graph(ObjectNode... nodes) {
        ArrayNode all = Json.MAPPER.createArrayNode();
        for (ObjectNode node : nodes) {
            node.remove("@context");
            all.add(node);
        }
        ObjectNode graph = Json.MAPPER.createObjectNode();
        graph.put("@context", "https://schema.org");
        graph.set("@graph", all);
        return written(graph);
    }

    /** JSON that cannot end its script element early: {@code </script>} and {@code <!--} are escaped. */
    private static String written(ObjectNode node) {
        try {
            return Json.MAPPER.writeValueAsString(node).replace("<", "\\u003c");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of strings always writes", e);
        }
    }
}
