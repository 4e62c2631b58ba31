package dev.httpstatus.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.httpstatus.HttpStatus;
import dev.httpstatus.UnofficialCode;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The reference site in a real Chromium: what a reader sees and does. */
class SiteBrowserTest {
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @RegisterExtension
    static final TestServer server = TestServer.perClass();

    private static Browser browser;

    @BeforeAll
    static void start() {
        browser = new Browser();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @AfterEach
    void noScriptErrors() {
        assertThat(browser.consoleErrors()).as("JavaScript console errors").isEmpty();
    }

    @Test
    void theIndexListsEveryCode() throws IOException {
        open("/?lang=en");

        List<String> registered = texts(".class-section:not(#unofficial) .code-row .num");
        List<String> unofficial = texts("#unofficial .code-row .num");

        assertThat(registered)
                .containsExactlyElementsOf(HttpStatus.registered().stream()
                        .map(s -> Integer.toString(s.code()))
                        .toList());
        assertThat(unofficial).hasSize(UnofficialCode.all().size());
        screenshot("index-en");
        open("/?lang=zh");
        screenshot("index-zh");
    }

    @Test
    void filteringAsYouTypeLeavesOnlyMatchingCodes() {
        open("/?lang=en");

        filter("teapot");
        assertThat(visibleCodes()).contains("418").doesNotContain("200", "404");
        assertThat(browser.driver.findElement(By.id("filter-status")).getText()).startsWith("Codes shown: ");

        filter("超时");
        assertThat(visibleCodes()).contains("408", "504").doesNotContain("200");

        filter("5xx"); // the placeholder's own example
        assertThat(visibleCodes()).contains("500", "511").allMatch(code -> code.startsWith("5"));

        filter("4??");
        assertThat(visibleCodes()).contains("400", "451").allMatch(code -> code.startsWith("4"));

        filter("40x");
        assertThat(visibleCodes()).contains("400", "409").allMatch(code -> code.startsWith("40"));

        filter("500-504");
        assertThat(visibleCodes())
                .contains("500", "504")
                .allMatch(code -> code.compareTo("500") >= 0 && code.compareTo("504") <= 0);

        filter("nothing matches this");
        assertThat(visibleCodes()).isEmpty();
        assertThat(browser.driver.findElement(By.id("filter-empty")).isDisplayed())
                .isTrue();

        filter("");
        assertThat(visibleCodes()).hasSizeGreaterThan(HttpStatus.registered().size());
    }

    @Test
    void theFilterShowsTheCodesTheSearchPageLists() {
        List<String> queries = List.of(
                "timeout",
                "超时",
                "5xx",
                "4??",
                "41x",
                "500-504",
                "404",
                "teapot",
                "gateway",
                "网关",
                "限流",
                "payload too large",
                "nginx",
                "cloudflare",
                "redirect",
                "auth",
                "4xx",
                "no such words here");
        for (String language : List.of("en", "zh")) {
            for (String query : queries) {
                open("/search?lang=" + language + "&q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
                Set<String> listed = Set.copyOf(texts("#results .num"));
                String count = browser.driver.findElement(By.id("result-count")).getText();
                open("/?lang=" + language);
                filter(query);

                assertThat(Set.copyOf(visibleCodes()))
                        .as(language + ": " + query)
                        .isEqualTo(listed);
                if (!listed.isEmpty()) {
                    assertThat(browser.driver
                                    .findElement(By.id("filter-status"))
                                    .getText())
                            .as(language + ": " + query + " (" + count + ")")
                            .contains(Integer.toString(listed.size()));
                }
            }
        }
    }

    @Test
    void searchResultsSayWhyTheyMatched() {
        open("/search?lang=en&q=timeout");
        List<WebElement> reasons = browser.driver.findElements(By.cssSelector("#results .code-row .why"));
        assertThat(reasons).hasSameSizeAs(browser.driver.findElements(By.cssSelector("#results .code-row")));
        assertThat(browser.driver.findElements(By.cssSelector("#results .why mark")))
                .extracting(WebElement::getText)
                .allMatch(marked -> marked.equalsIgnoreCase("timeout"));
        assertThat(texts("#results .why")).anyMatch(why -> why.startsWith("Matched"));

        open("/search?lang=zh&q=5xx");
        assertThat(texts("#results .why")).allMatch(why -> why.equals("匹配：模式 5xx"));

        open("/search?lang=en&q=nginx");
        assertThat(texts("#results .why")).anyMatch(why -> why.contains("nginx"));
    }

    @Test
    void theSearchPageFindsChineseAndEnglishWords() {
        for (String[] search :
                new String[][] {{"zh", "超时", "408"}, {"en", "timeout", "504"}, {"en", "teapot", "418"}}) {
            open("/search?lang=" + search[0]);
            WebElement box = browser.driver.findElement(By.id("q"));
            box.sendKeys(search[1]);
            box.sendKeys(Keys.ENTER);
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("results")));

            assertThat(texts("#results .num")).as(search[1]).contains(search[2]);
            assertThat(browser.driver.findElement(By.tagName("html")).getAttribute("lang"))
                    .isEqualTo(search[0]);
        }
    }

    @Test
    void theLanguageSwitchChangesEveryText() throws IOException {
        open("/codes/404?lang=en");
        screenshot("code-404-en");
        List<String> english = texts(INTERFACE);

        browser.driver.findElement(By.id("language-switch")).click();
        browser.wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "zh"));
        List<String> chinese = texts(INTERFACE);
        screenshot("code-404-zh");

        assertThat(browser.driver.getCurrentUrl()).endsWith("/codes/404?lang=zh");
        assertThat(chinese).hasSameSizeAs(english);
        for (int i = 0; i < chinese.size(); i++) {
            if (!english.get(i).equals("JSON API")) {
                assertThat(chinese.get(i)).as("was \"%s\"", english.get(i)).containsPattern(HAN);
            }
        }
        assertThat(browser.driver.findElement(By.id("summary")).getText())
                .isEqualTo(HttpStatus.NOT_FOUND.text(Locale.CHINESE).summary());
        browser.driver.findElement(By.id("language-switch")).click();
        browser.wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));
        assertThat(texts(INTERFACE)).isEqualTo(english);
    }

    /**
     * Every element that carries the site's own words rather than a code's text; a row header names a thing
     * (an HTTP client and its version), which no language translates.
     */
    private static final String INTERFACE =
            "nav a, h2, h3, dt, label, button, th:not([scope=row]), footer p, .crumbs a";

    @Test
    void tryItShowsTheLiveStatusLineAndHeaders() {
        open("/codes/418?lang=en");
        browser.driver.findElement(By.id("try-button")).click();

        browser.wait.until(ExpectedConditions.textMatches(By.id("try-output"), Pattern.compile("HTTP/1.1 418")));
        assertThat(browser.driver.findElement(By.id("try-output")).getText())
                .startsWith("HTTP/1.1 418 I'm a teapot")
                .contains("server: httpstatus")
                .containsPattern("\n\n\\{.*418"); // the content follows the head
        assertThat(browser.driver.findElement(By.id("try-caption")).getText())
                .isEqualTo("Live answer from this server to GET /status/418, with its content");
        assertThat(browser.driver.switchTo().activeElement().getAttribute("id"))
                .as("the focus stays on the button")
                .isEqualTo("try-button");

        open("/codes/103?lang=zh");
        browser.driver.findElement(By.id("try-button")).click();
        browser.wait.until(ExpectedConditions.textMatches(By.id("try-output"), Pattern.compile("HTTP/1.1 200")));
        assertThat(browser.driver.findElement(By.id("try-output")).getText())
                .contains("（临时响应）\nHTTP/1.1 103 Early Hints");
    }

    @Test
    void aScriptsCopyButtonAppearsWithTheScriptAndTakesTheWholeScript() {
        open("/codes/409?lang=zh");
        WebElement button = browser.driver.findElement(By.cssSelector("[data-copy='script-409']"));
        String script = browser.driver.findElement(By.id("script-409")).getText();

        assertThat(button.isDisplayed()).isTrue();
        assertThat(button.getText()).isEqualTo("复制脚本");
        button.click();

        assertThat(browser.driver.executeScript("return window.getSelection().toString();"))
                .isEqualTo(script);
        assertThat(script).startsWith("BASE=").contains("curl -i -X PUT");
    }

    @Test
    void headingsLinkToThemselvesAndTheLanguageSwitchKeepsTheSection() {
        open("/codes/404?lang=en");
        browser.driver
                .findElement(By.cssSelector("nav.toc a[href='#h-happen']"))
                .click();

        assertThat(browser.driver.getCurrentUrl()).endsWith("#h-happen");
        assertThat(browser.driver
                        .findElement(By.cssSelector("#h-happen a.self"))
                        .getAttribute("href"))
                .endsWith("/codes/404?lang=en#h-happen");
        assertThat(browser.driver.findElement(By.id("language-switch")).getAttribute("href"))
                .endsWith("/codes/404?lang=zh#h-happen");
    }

    @Test
    void aPhoneShowsPagesWithoutSidewaysScrolling() {
        browser.driver.manage().window().setSize(new Dimension(320, 700));
        try {
            List<String> pages = new java.util.ArrayList<>(List.of(
                    "/?lang=zh",
                    "/unofficial?lang=en",
                    "/search?q=5xx",
                    "/search?q=timeout",
                    "/search?q=超时&lang=zh",
                    "/docs/api?lang=en",
                    "/docs/api?lang=zh"));
            HttpStatus.known().forEach(status -> pages.add("/codes/" + status.code() + "?lang=zh"));
            for (String page : pages) {
                open(page);
                Long overflow = (Long) browser.driver.executeScript(
                        "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
                Object wide = browser.driver.executeScript("const w = document.documentElement.clientWidth;"
                        + "return Array.from(document.querySelectorAll('main *'))"
                        + ".filter(e => e.getBoundingClientRect().right > w + 1)"
                        + ".slice(-3).map(e => e.tagName + '.' + e.className + ': ' + e.textContent.slice(0, 40));");
                assertThat(overflow).as("%s, too wide: %s", page, wide).isLessThanOrEqualTo(0L);
            }
        } finally {
            browser.driver.manage().window().setSize(new Dimension(1280, 1600));
        }
    }

    @Test
    void theKeyboardReachesTheContentFirst() {
        open("/codes/404?lang=en");

        browser.driver.findElement(By.tagName("body")).sendKeys(Keys.TAB);

        WebElement focused = browser.driver.switchTo().activeElement();
        assertThat(focused.getAttribute("class")).isEqualTo("skip");
        assertThat(focused.getAttribute("href")).endsWith("#main");
    }

    private static void open(String path) {
        browser.driver.get(server.uri(path).toString());
        browser.wait.until(driver -> "complete".equals(browser.driver.executeScript("return document.readyState")));
    }

    /** Types {@code text} into the index's filter and waits until the rows show it. */
    private static void filter(String text) {
        WebElement box = browser.driver.findElement(By.id("filter"));
        box.clear();
        box.sendKeys(text.isEmpty() ? " " + Keys.BACK_SPACE : text);
        browser.wait.until(driver -> text.strip().equals(box.getAttribute("data-shown")));
    }

    private static List<String> texts(String selector) {
        return browser.driver.findElements(By.cssSelector(selector)).stream()
                .map(WebElement::getText)
                .toList();
    }

    private static List<String> visibleCodes() {
        return browser.driver.findElements(By.cssSelector(".code-row")).stream()
                .filter(WebElement::isDisplayed)
                .map(row -> row.findElement(By.className("num")).getText())
                .toList();
    }

    private static void screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Path taken = browser.driver.getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(taken, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
