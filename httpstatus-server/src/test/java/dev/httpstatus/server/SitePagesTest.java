package dev.httpstatus.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.httpstatus.HttpStatus;
import dev.httpstatus.Language;
import dev.httpstatus.UnofficialCode;
import dev.httpstatus.server.site.Ui;
import dev.httpstatus.server.trigger.Trigger;
import dev.httpstatus.server.trigger.TriggerTable;
import dev.httpstatus.server.trigger.Untriggered;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The reference site as plain HTTP clients and crawlers see it, without JavaScript. */
class SitePagesTest {
    private static final com.fasterxml.jackson.databind.ObjectMapper JSON =
            new com.fasterxml.jackson.databind.ObjectMapper();

    private static final Pattern HREF = Pattern.compile("(?:href|src)=\"(/[^\"]*)\"");

    @RegisterExtension
    static final TestServer server = TestServer.perClass();

    @Test
    void theFirstVisitFollowsAcceptLanguageAndTheUrlDecidesAfterwards() throws Exception {
        HttpResponse<String> chinese = server.get("/", "Accept-Language", "zh-CN,zh;q=0.9,en;q=0.8");
        HttpResponse<String> english = server.get("/", "Accept-Language", "fr-FR, en;q=0.5");
        HttpResponse<String> shared = server.get("/?lang=zh", "Accept-Language", "en");

        assertThat(chinese.body()).contains("<html lang=\"zh\">", "HTTP 状态码");
        assertThat(chinese.headers().allValues("vary")).containsExactly("Accept-Encoding", "Accept-Language");
        assertThat(english.body()).contains("<html lang=\"en\">", "HTTP status codes");
        assertThat(shared.body()).contains("<html lang=\"zh\">");
        assertThat(shared.headers().allValues("vary")).containsExactly("Accept-Encoding");
        assertThat(shared.body()).contains("href=\"/?lang=en\"", "href=\"/codes/404?lang=zh\"");
    }

    @Test
    void aPageNamesItsCanonicalAddressAndEveryLanguageAbsolutelyWithADefault() throws Exception {
        String origin = server.server.uri().toString();
        for (String language : new String[] {"en", "zh"}) {
            String page = server.get("/codes/404?lang=" + language).body();
            assertThat(page)
                    .contains("<link rel=\"canonical\" href=\"" + origin + "/codes/404?lang=" + language + "\">")
                    .contains("<link rel=\"alternate\" hreflang=\"en\" href=\"" + origin + "/codes/404?lang=en\">")
                    .contains("<link rel=\"alternate\" hreflang=\"zh\" href=\"" + origin + "/codes/404?lang=zh\">")
                    .contains("<link rel=\"alternate\" hreflang=\"x-default\" href=\"" + origin + "/codes/404\">")
                    .contains("<meta property=\"og:url\" content=\"" + origin + "/codes/404?lang=" + language + "\">")
                    .doesNotContain("href=\"/codes/404?lang=" + language + "\" hreflang");
        }
        String search = server.get("/search?q=timeout&lang=zh").body();
        assertThat(search).contains("<link rel=\"canonical\" href=\"" + origin + "/search?q=timeout&amp;lang=zh\">");
        String missing =
                server.get("/nothing-here?lang=en", "Accept", "text/html").body();
        assertThat(missing)
                .contains("<meta name=\"robots\" content=\"noindex\">")
                .doesNotContain("hreflang=\"x-default\"");
    }

    @ParameterizedTest
    @ValueSource(ints = {103, 307, 429, 502})
    void aCodePageShowsWhatRealClientsDoInBothLanguages(int code) throws Exception {
        String english = server.get("/codes/" + code + "?lang=en").body();
        String chinese = server.get("/codes/" + code + "?lang=zh").body();
        assertThat(english)
                .contains("<h2 id=\"h-clients\"><a class=\"self\" href=\"#h-clients\">What clients do</a></h2>")
                .contains("<a href=\"#h-clients\">What clients do</a>")
                .contains("<caption id=\"clients-caption\">HTTP clients and " + code + "</caption>")
                .contains("<div class=\"scroll\" role=\"region\" aria-labelledby=\"clients-caption\" tabindex=\"0\">")
                .contains("<th scope=\"col\">Client</th>")
                .contains("measured by the build's client matrix on " + dev.httpstatus.ClientFacts.measured())
                .contains("href=\"/api/v1/codes/" + code + "/clients?lang=en\"");
        assertThat(chinese)
                .contains(">客户端怎么处理</a></h2>")
                .contains("<th scope=\"col\">客户端</th>")
                .contains("href=\"/api/v1/codes/" + code + "/clients?lang=zh\"");
        for (String page : List.of(english, chinese)) {
            Matcher rows = Pattern.compile("<tr><th scope=\"row\">").matcher(page);
            assertThat(rows.results().count()).as("clients on %d", code).isGreaterThanOrEqualTo(8);
            assertThat(page).containsPattern("role=\"img\" aria-label=\"[^\"]+\">[✔✘–]</span>");
        }
        assertThat(english).contains("curl <span class=\"version\">");
    }

    @Test
    void aRowThatDoesNotReachAClientIsMarkedNeitherReliableNorNot() throws Exception {
        String english = server.get("/codes/103?lang=en").body();
        String chinese = server.get("/codes/103?lang=zh").body();
        // JDK 17's HttpClient cannot speak HTTP/1.0, so 1xx-http10 never reaches it; curl speaks it and is judged
        String notApplicable =
                "<td class=\"not-applicable\"><span class=\"mark\" role=\"img\" aria-label=\"does not apply\">–</span>";
        assertThat(clientRow(english, "JDK HttpClient (Java 17)"))
                .contains(notApplicable + " never speaks HTTP/1.0")
                .doesNotContain("class=\"advice\"");
        assertThat(clientRow(english, "curl")).doesNotContain("–</span>");
        assertThat(clientRow(chinese, "JDK HttpClient (Java 17)"))
                .contains("<td class=\"not-applicable\"><span class=\"mark\" role=\"img\" aria-label=\"不适用\">–</span>");
        assertThat(english).contains("–: the case does not apply to the client");
        assertThat(chinese).contains("–：此情形不适用于该客户端");
    }

    /** One client's row of a code page's client table. */
    private static String clientRow(String page, String client) {
        Matcher row = Pattern.compile(
                        "<tr><th scope=\"row\">" + Pattern.quote(client) + " <span.*?</tr>", Pattern.DOTALL)
                .matcher(page);
        assertThat(row.find()).as("the row of %s", client).isTrue();
        return row.group();
    }

    @Test
    void aMisbehaviourOnACodePageSaysWhatToDo() throws Exception {
        String english = server.get("/codes/103?lang=en").body();
        String chinese = server.get("/codes/103?lang=zh").body();
        assertThat(english)
                .contains("<span class=\"mark\" role=\"img\" aria-label=\"not reliable\">✘</span>")
                .contains("<p class=\"advice\"><strong>What to do:</strong>")
                .contains("<th scope=\"col\">103 Early Hints, then 200</th>");
        assertThat(chinese)
                .contains("aria-label=\"不可靠\">✘</span>")
                .contains("<p class=\"advice\"><strong>怎么办：</strong>")
                .contains("<th scope=\"col\">103 Early Hints，然后 200</th>");
        assertThat(server.get("/codes/499?lang=en").body()).doesNotContain("h-clients");
        assertThat(server.get("/codes/101?lang=en").body())
                .contains("<th scope=\"col\">WebSocket handshake, then a message</th>")
                .contains("<th scope=\"col\">HTTP/2 asked for on an http:// URL</th>");
    }

    @Test
    void titlesSayHttpAndTheNameDescriptionsTheSummary() throws Exception {
        assertThat(server.get("/codes/404?lang=en").body())
                .contains("<title>HTTP 404 Not Found · httpstatus</title>")
                .contains("<meta name=\"description\" content=\""
                        + html(HttpStatus.of(404).text(Locale.ENGLISH).summary()) + "\">")
                .contains("<meta property=\"og:title\" content=\"HTTP 404 Not Found\">");
        assertThat(server.get("/codes/404?lang=zh").body())
                .contains("<title>HTTP 404 未找到 (Not Found) · httpstatus</title>");
        assertThat(server.get("/codes/418?lang=en").body())
                .contains("<title>HTTP 418 I'm a teapot (Unused) · httpstatus</title>");
        assertThat(server.get("/codes/418?lang=zh").body())
                .contains("<title>HTTP 418 I'm a teapot（未使用） · httpstatus</title>");
        assertThat(server.get("/classes/5xx?lang=en").body()).contains("<title>HTTP 5xx ");
    }

    @Test
    void theSitemapListsEveryPageInBothLanguagesAndEachOfThemIsThere() throws Exception {
        String origin = server.server.uri().toString();
        HttpResponse<String> sitemap = server.get("/sitemap.xml");
        assertThat(sitemap.headers().firstValue("content-type")).hasValue("application/xml; charset=utf-8");
        List<String> locs = Pattern.compile("<loc>([^<]*)</loc>")
                .matcher(sitemap.body())
                .results()
                .map(m -> m.group(1))
                .toList();
        int codes = (int) HttpStatus.known().stream()
                .filter(s -> s.registration() != dev.httpstatus.Registration.UNASSIGNED)
                .count();
        assertThat(locs)
                .hasSize((3 + 5 + codes) * 2) // the index, the unofficial codes, the API; classes; codes
                .doesNotHaveDuplicates()
                .contains(origin + "/?lang=zh", origin + "/codes/418?lang=en", origin + "/classes/1xx?lang=zh");
        for (String loc : locs) {
            assertThat(server.get(loc.substring(origin.length())).statusCode())
                    .as(loc)
                    .isEqualTo(200);
        }
        assertThat(sitemap.body())
                .contains("<xhtml:link rel=\"alternate\" hreflang=\"x-default\" href=\"" + origin + "/codes/404\"/>");
    }

    @Test
    void nearMissesOfAPageAddressAreRedirectedToIt() throws Exception {
        for (String near : new String[] {"/codes/404/", "/Codes/404", "/CODES/404//", "/Unofficial/", "/classes/4XX"}) {
            HttpResponse<String> answer = server.get(near + "?lang=zh");
            assertThat(answer.statusCode()).as(near).isEqualTo(301);
            assertThat(answer.headers().firstValue("location").orElseThrow())
                    .as(near)
                    .endsWith(near.toLowerCase(Locale.ROOT).replaceAll("/+$", "") + "?lang=zh");
        }
        assertThat(server.get("/codes/4044/").statusCode()).isEqualTo(404);
        assertThat(server.get("/codes/404").statusCode()).isEqualTo(200);
    }

    @Test
    void identifiersBreakBetweenTheirWordsOnly() throws Exception {
        String page = server.get("/codes/416?lang=en").body();
        assertThat(page)
                .contains("<code>Http<wbr>Status.<wbr>REQUESTED_<wbr>RANGE_<wbr>NOT_<wbr>SATISFIABLE<wbr></code>")
                .contains("<code>http.<wbr>Status<wbr>Requested<wbr>Range<wbr>Not<wbr>Satisfiable<wbr></code>")
                .contains("System.<wbr>Net.<wbr>Http<wbr>Status<wbr>Code<wbr>");
    }

    @Test
    void pagesLinkTheirFilesByContentHashWhichCachesKeepForAYear() throws Exception {
        String page = server.get("/codes/404?lang=en").body();
        Matcher links = Pattern.compile("(?:href|src)=\"(/assets/[a-z]+\\.[0-9a-f]{10}\\.[a-z]+)\"")
                .matcher(page);
        List<String> files = links.results().map(m -> m.group(1)).toList();
        assertThat(files).hasSize(3);
        for (String file : files) {
            HttpResponse<String> asset = server.get(file);
            assertThat(asset.statusCode()).as(file).isEqualTo(200);
            assertThat(asset.headers().firstValue("cache-control"))
                    .as(file)
                    .hasValue("public, max-age=31536000, immutable");
            String plain = file.replaceAll("\\.[0-9a-f]{10}\\.", ".");
            HttpResponse<String> unhashed = server.get(plain);
            assertThat(unhashed.body()).as(plain).isEqualTo(asset.body());
            assertThat(unhashed.headers().firstValue("cache-control")).as(plain).hasValue("public, max-age=3600");
        }
        assertThat(server.get("/assets/site.0000000000.css").statusCode()).isEqualTo(404);
    }

    @Test
    void aSearchThatFindsNothingOffersTheClosestCodes() throws Exception {
        String page = server.get("/search?q=4044&lang=en").body();
        assertThat(page)
                .contains("No codes match", "Perhaps you meant", "id=\"closest\"", "href=\"/codes/404?lang=en\"");
        assertThat(server.get("/search?q=timeout&lang=en").body()).doesNotContain("id=\"closest\"");
    }

    @Test
    void theIconIsThereUnderBothNames() throws Exception {
        for (String path : new String[] {"/favicon.ico", "/assets/favicon.svg"}) {
            HttpResponse<String> icon = server.get(path);
            assertThat(icon.statusCode()).as(path).isEqualTo(200);
            assertThat(icon.headers().firstValue("content-type")).as(path).hasValue("image/svg+xml");
            assertThat(icon.body()).startsWith("<svg");
        }
        assertThat(server.get("/").body())
                .containsPattern(
                        "<link rel=\"icon\" href=\"/assets/favicon\\.[0-9a-f]{10}\\.svg\" type=\"image/svg\\+xml\">");
    }

    private static String html(String text) {
        return text.replace("&", "&amp;")
                .replace("\"", "&#34;")
                .replace("<", "&lt;")
                .replace(">", "&gt;");
    }

    @Test
    void everyCodeHasItsPageInBothLanguages() throws Exception {
        for (HttpStatus status : HttpStatus.known()) {
            for (String language : new String[] {"en", "zh"}) {
                HttpResponse<String> page = server.get("/codes/" + status.code() + "?lang=" + language);
                assertThat(page.statusCode())
                        .as("/codes/%d in %s", status.code(), language)
                        .isEqualTo(200);
                assertThat(page.body())
                        .contains(status.text(java.util.Locale.forLanguageTag(language))
                                .summary());
            }
        }
    }

    @Test
    void aCodePageShowsEverythingTheReferencePromises() throws Exception {
        // Identifiers carry <wbr> where a line may break.
        String page = server.get("/codes/416?lang=en").body().replace("<wbr>", "");

        assertThat(page)
                .contains("Range Not Satisfiable")
                .contains("https://www.rfc-editor.org/rfc/rfc9110#section-15.5.17")
                .contains("Requested Range Not Satisfiable") // the older name
                .contains("<code>Content-Range</code>") // headers involved
                .contains("HttpStatus.RANGE_NOT_SATISFIABLE", "HttpResponseStatus.REQUESTED_RANGE_NOT_SATISFIABLE")
                .contains("curl -i " + server.server.uri() + "/status/416")
                .contains("GET /range/100") // see it happen
                .contains("HTTP/1.1 416 Range Not Satisfiable") // the example exchange
                .contains("href=\"/codes/206?lang=en\""); // a related code
    }

    @Test
    void everyCodePageShowsHowToSeeItHappenOrWhyNotInItsLanguage() throws Exception {
        for (Language language : Language.values()) {
            String heading = Ui.of(language).get("happen.heading");
            for (Trigger trigger : TriggerTable.triggers()) {
                String page = unescape(server.get("/codes/" + trigger.code() + "?lang=" + language.tag())
                        .body());
                assertThat(page)
                        .as("%d in %s", trigger.code(), language)
                        .contains(heading, trigger.requestTarget(), trigger.why(language.locale()));
            }
            for (Untriggered untriggered : TriggerTable.untriggered()) {
                String page = unescape(server.get("/codes/" + untriggered.code() + "?lang=" + language.tag())
                        .body());
                assertThat(page)
                        .as("%d in %s", untriggered.code(), language)
                        .contains(heading, untriggered.why(language.locale()));
            }
        }
    }

    private static String unescape(String html) {
        return html.replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&amp;", "&");
    }

    @Test
    void aNumberSharedByVendorsListsTheirMeanings() throws Exception {
        UnofficialCode shared = UnofficialCode.all().stream()
                .filter(UnofficialCode::reusesRegisteredCode)
                .findFirst()
                .orElseThrow();

        String page = server.get("/codes/" + shared.code() + "?lang=en").body();

        assertThat(page).contains("What vendors mean by this number", shared.origin(java.util.Locale.ENGLISH));
    }

    @Test
    void theSearchPageWorksWithoutJavaScriptInEitherLanguage() throws Exception {
        assertThat(search("超时", "zh")).contains("href=\"/codes/408?lang=zh\"", "href=\"/codes/504?lang=zh\"");
        assertThat(search("timeout", "en")).contains("href=\"/codes/408?lang=en\"", "href=\"/codes/504?lang=en\"");
        assertThat(search("teapot", "en")).contains("href=\"/codes/418?lang=en\"");
        assertThat(search("nothing-like-this-exists", "en")).contains("No codes match");
    }

    @Test
    void nothingTheClientSendsComesBackAsMarkup() throws Exception {
        String attack = "\"><script>alert(1)</script>";

        String page = search(attack, "en");
        String missing = server.get(
                        "/" + URLEncoder.encode("<img src=x onerror=alert(1)>", StandardCharsets.UTF_8),
                        "Accept",
                        "text/html")
                .body();

        assertThat(page).doesNotContain("<script>alert(1)").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        assertThat(missing).doesNotContain("<img src=x");
    }

    @Test
    void unknownPathsGetAHelpfulPageInBrowsersAndAProblemElsewhere() throws Exception {
        HttpResponse<String> browser = server.get("/codes/4044", "Accept", "text/html,application/xhtml+xml");
        HttpResponse<String> unassigned = server.get("/codes/299?lang=zh", "Accept", "text/html");
        HttpResponse<String> script = server.get("/no/such/thing", "Accept", "application/json");

        assertThat(browser.statusCode()).isEqualTo(404);
        assertThat(browser.body()).contains("There is no page here", "href=\"/codes/404?lang=en\"");
        assertThat(unassigned.statusCode()).isEqualTo(404);
        assertThat(unassigned.body()).contains("这里没有页面");
        assertThat(script.statusCode()).isEqualTo(404);
        assertThat(script.headers().firstValue("content-type")).hasValue("application/problem+json");
    }

    @Test
    void pagesAreCacheableAndRevalidate() throws Exception {
        HttpResponse<String> first = server.get("/codes/404?lang=en");
        String etag = first.headers().firstValue("etag").orElseThrow();

        HttpResponse<String> again = server.get("/codes/404?lang=en", "If-None-Match", etag);
        HttpResponse<String> other = server.get("/codes/404?lang=zh", "If-None-Match", etag);
        HttpResponse<String> style = server.get("/assets/site.css");

        assertThat(first.headers().firstValue("cache-control")).hasValue("public, max-age=3600");
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(other.statusCode()).isEqualTo(200);
        assertThat(style.headers().firstValue("content-type")).hasValue("text/css; charset=utf-8");
        assertThat(style.body()).contains("prefers-color-scheme: dark");
        assertThat(server.get("/assets/../pom.xml").statusCode()).isEqualTo(404);
    }

    @Test
    void pagesAreReadOnly() throws Exception {
        HttpResponse<String> posted = server.send(server.http1, "POST", "/codes/404");

        assertThat(posted.statusCode()).isEqualTo(405);
        assertThat(posted.headers().firstValue("allow")).hasValue("GET, HEAD");
    }

    @Test
    void everyInternalLinkAnswers200() throws Exception {
        Map<String, Integer> visited = new LinkedHashMap<>();
        Deque<String> queue = new ArrayDeque<>();
        queue.add("/?lang=en");
        queue.add("/?lang=zh");
        queue.add("/search?q=timeout&lang=en");
        queue.add("/search?q=" + URLEncoder.encode("超时", StandardCharsets.UTF_8) + "&lang=zh");
        Set<String> seen = new HashSet<>(queue);
        while (!queue.isEmpty()) {
            String next = queue.poll();
            HttpResponse<String> response = server.get(next);
            visited.put(next, response.statusCode());
            boolean html =
                    response.headers().firstValue("content-type").orElse("").startsWith("text/html");
            if (!html) {
                continue;
            }
            Matcher matcher = HREF.matcher(response.body());
            while (matcher.find()) {
                String link = matcher.group(1).replace("&amp;", "&");
                // A fragment stays in the browser; the page it names is what must answer.
                String found = link.contains("#") ? link.substring(0, link.indexOf('#')) : link;
                if (seen.add(found)) {
                    queue.add(found);
                }
            }
        }

        assertThat(visited).hasSizeGreaterThan(HttpStatus.known().size() * 2);
        assertThat(visited)
                .allSatisfy((link, status) -> assertThat(status).as(link).isEqualTo(200));
    }

    private static String search(String query, String language) throws Exception {
        HttpResponse<String> response =
                server.get("/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8) + "&lang=" + language);
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/?lang=fr", "/codes/404?lang=fr", "/search?q=timeout&lang=de", "/classes/4xx?lang=xx"})
    void aLanguageTheSiteLacksFallsBackToAcceptLanguageAndSaysSo(String path) throws Exception {
        HttpResponse<String> english = server.get(path, "Accept", "text/html", "Accept-Language", "fr-FR, en;q=0.5");
        HttpResponse<String> chinese = server.get(path, "Accept", "text/html", "Accept-Language", "fr, zh;q=0.8");
        String asked = path.substring(path.indexOf("lang=") + 5);

        assertThat(english.statusCode()).isEqualTo(200);
        assertThat(english.body())
                .contains("<html lang=\"en\">", "This site has no “" + asked + "” version")
                .contains("<link rel=\"canonical\" href=\""
                        + server.uri("/").toString().replaceAll("/$", ""));
        assertThat(english.headers().allValues("vary")).contains("Accept-Language");
        assertThat(chinese.statusCode()).isEqualTo(200);
        assertThat(chinese.body()).contains("<html lang=\"zh\">", "本站没有“" + asked + "”版本");
        // A program asked for a language it cannot have, and is told so.
        assertThat(server.get("/api/v1/codes/404?lang=" + asked).statusCode()).isEqualTo(400);
    }

    @Test
    void aLanguageTheSiteHasBringsNoNote() throws Exception {
        assertThat(server.get("/codes/404?lang=zh").body()).doesNotContain("language-note");
        assertThat(server.get("/codes/404").body()).doesNotContain("language-note");
    }

    @Test
    void theJsonApiLinkOpensAPageRenderedFromTheOpenApiDocument() throws Exception {
        JsonNode document = JSON.readTree(server.get("/openapi.json").body());
        String english = server.get("/docs/api?lang=en").body();
        String chinese = server.get("/docs/api?lang=zh").body();

        assertThat(server.get("/?lang=en").body()).contains("<a href=\"/docs/api?lang=en\">JSON API</a>");
        document.get("paths")
                .fields()
                .forEachRemaining(path -> path.getValue().fields().forEachRemaining(method -> {
                    String heading = method.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey();
                    assertThat(english)
                            .contains(heading, method.getValue().get("summary").asText());
                    assertThat(chinese).contains(heading);
                }));
        assertThat(chinese).contains("<html lang=\"zh\">", "参数", "响应", "必填");
        assertThat(english).contains("href=\"/openapi.json\"", "Parameters", "Responses");
        assertThat(server.get("/docs/api", "Accept", "text/html").headers().firstValue("content-type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
    }

    @Test
    void everyExampleOnTheApiPageAnswers200() throws Exception {
        java.util.regex.Matcher examples = java.util.regex.Pattern.compile(
                        "class=\"example\">[^<]*<a href=\"([^\"]+)\"")
                .matcher(server.get("/docs/api?lang=en").body());
        int count = 0;
        while (examples.find()) {
            String example = examples.group(1).replace("&amp;", "&");
            assertThat(server.get(example).statusCode()).as(example).isEqualTo(200);
            count++;
        }
        assertThat(count).isGreaterThanOrEqualTo(7);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en", "zh"})
    void everyPageSharesAnImageOfOurOwnInItsLanguage(String language) throws Exception {
        String page = server.get("/codes/404?lang=" + language).body();
        java.util.regex.Matcher image = java.util.regex.Pattern.compile(
                        "<meta property=\"og:image\" content=\"([^\"]+)\">")
                .matcher(page);
        assertThat(image.find()).isTrue();
        String address = image.group(1);
        assertThat(address).startsWith(server.server.uri().toString()).contains("share-" + language);

        HttpResponse<byte[]> png = java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(java.net.URI.create(address))
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        java.awt.image.BufferedImage drawn = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(png.body()));

        assertThat(png.headers().firstValue("content-type")).hasValue("image/png");
        assertThat(png.headers().firstValue("cache-control")).hasValue("public, max-age=31536000, immutable");
        assertThat(drawn.getWidth()).isEqualTo(1200);
        assertThat(drawn.getHeight()).isEqualTo(630);
        assertThat(page).contains("<meta name=\"twitter:card\" content=\"summary_large_image\">", "og:image:alt");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en", "zh"})
    void pagesDescribeThemselvesInJsonLd(String language) throws Exception {
        String origin = server.server.uri().toString().replaceAll("/$", "");
        JsonNode index = jsonLd("/?lang=" + language);
        assertThat(index.get("@type").asText()).isEqualTo("WebSite");
        assertThat(index.at("/potentialAction/@type").asText()).isEqualTo("SearchAction");
        String target = index.at("/potentialAction/target").asText();
        assertThat(target).isEqualTo(origin + "/search?q={query}&lang=" + language);
        assertThat(server.get(target.substring(origin.length()).replace("{query}", "timeout"))
                        .statusCode())
                .isEqualTo(200);

        JsonNode code = jsonLd("/codes/418?lang=" + language);
        JsonNode term = code.get("@graph").get(0);
        JsonNode crumbs = code.get("@graph").get(1);
        assertThat(term.get("@type").asText()).isEqualTo("DefinedTerm");
        assertThat(term.get("termCode").asText()).isEqualTo("418");
        assertThat(term.get("name").asText()).contains("I'm a teapot");
        assertThat(term.get("url").asText()).isEqualTo(origin + "/codes/418?lang=" + language);
        assertThat(crumbs.get("@type").asText()).isEqualTo("BreadcrumbList");
        assertThat(crumbs.get("itemListElement")).hasSize(3);
        assertThat(crumbs.at("/itemListElement/1/item").asText()).isEqualTo(origin + "/classes/4xx?lang=" + language);
        for (JsonNode crumb : crumbs.get("itemListElement")) {
            assertThat(server.get(crumb.get("item").asText().substring(origin.length()))
                            .statusCode())
                    .isEqualTo(200);
        }

        JsonNode statusClass = jsonLd("/classes/5xx?lang=" + language);
        assertThat(statusClass.get("itemListElement")).hasSize(2);
    }

    private static JsonNode jsonLd(String path) throws Exception {
        String page = server.get(path).body();
        java.util.regex.Matcher script = java.util.regex.Pattern.compile(
                        "<script type=\"application/ld\\+json\">(.*?)</script>", java.util.regex.Pattern.DOTALL)
                .matcher(page);
        assertThat(script.find()).as(path).isTrue();
        assertThat(script.group(1)).doesNotContain("<");
        return JSON.readTree(script.group(1));
    }

    @Test
    void the101PageSaysWhyItHasNoTryIt() throws Exception {
        assertThat(server.get("/codes/101?lang=en").body())
                .contains("id=\"no-try\"", "cannot ask for a protocol switch")
                .doesNotContain("id=\"try-button\"");
        assertThat(server.get("/codes/101?lang=zh").body()).contains("id=\"no-try\"", "无法请求切换协议");
        assertThat(server.get("/codes/404?lang=en").body()).doesNotContain("id=\"no-try\"");
    }
}
