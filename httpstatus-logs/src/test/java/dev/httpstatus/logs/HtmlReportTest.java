package dev.httpstatus.logs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/** The HTML report opened from a file in Debian's Chromium, offline: its charts render and nothing is fetched. */
class HtmlReportTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    @TempDir
    static Path directory;

    static ChromeDriver driver;
    static Path profile;
    static LogAnalysis.Result result;

    @BeforeAll
    static void browserAndReport() throws IOException {
        List<String> lines = new ArrayList<>();
        for (int minute = 0; minute < 60; minute++) {
            for (int i = 0; i < 20; i++) {
                int status = minute >= 20 && minute < 25 && i < 8 ? 502 : i == 0 ? 404 : i == 1 ? 304 : 200;
                lines.add(String.format(
                        "10.0.0.%d - - [06/Dec/2026:14:%02d:00 +0800] \"GET /p%d?q=<script>alert(1)</script>"
                                + " HTTP/1.1\" %d 5 \"-\" \"t\"",
                        i % 7, minute, i % 3, status));
            }
        }
        lines.add("\u001b[31m<b>not a log line</b>");
        byte[] content = String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
        result = LogAnalysis.analyze(
                List.of(LogInput.stream("access.log", new ByteArrayInputStream(content))),
                new LogAnalysis.Options(null, Filter.ALL, 0, 5));
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            throw new IllegalStateException("the HTML report's test needs Debian's Chromium and chromedriver: "
                    + "apt-get install chromium chromium-driver (bin/test does this)");
        }
        profile = Files.createTempDirectory("httpstatus-logs-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--window-size=1280,1600",
                "--user-data-dir=" + profile);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        driver = new ChromeDriver(
                new ChromeDriverService.Builder()
                        .usingDriverExecutable(CHROMEDRIVER.toFile())
                        .usingAnyFreePort()
                        .build(),
                options);
    }

    @AfterAll
    static void quit() throws IOException {
        if (driver != null) {
            driver.quit();
        }
        if (profile != null) {
            try (var files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder())
                        .forEach(path -> path.toFile().delete());
            }
        }
    }

    /** Writes the report in {@code locale} and opens it with file://. */
    private static void open(Locale locale, String name) throws IOException {
        Path file = Files.writeString(directory.resolve(name), HtmlReport.of(result, locale));
        driver.get(file.toUri().toString());
    }

    private static List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(entry -> entry.getMessage())
                .toList();
    }

    @Test
    void chartsRenderOfflineInEnglish() throws IOException {
        open(Locale.ENGLISH, "report-en.html");
        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Status codes of the access log");
        // 60 one-minute buckets, each with a 2xx bar; five of them with a 5xx bar on top.
        WebElement timeline = driver.findElement(By.cssSelector("svg.timeline"));
        assertThat(timeline.getSize().getHeight()).isGreaterThan(50);
        assertThat(timeline.findElements(By.cssSelector("rect.f2"))).hasSize(60);
        assertThat(timeline.findElements(By.cssSelector("rect.f5"))).hasSize(5);
        List<WebElement> codeBars = driver.findElements(By.cssSelector("svg.codes rect"));
        assertThat(codeBars).hasSize(4);
        // The bars are drawn: the largest code (200) has the widest bar.
        assertThat(codeBars.get(0).getSize().getWidth())
                .isGreaterThan(codeBars.get(3).getSize().getWidth());
        String fill = (String)
                driver.executeScript("return getComputedStyle(document.querySelector('svg.timeline rect.f5')).fill");
        assertThat(fill).isIn("rgb(180, 35, 24)", "rgb(255, 138, 128)");
        assertThat(driver.findElement(By.tagName("main")).getText())
                .contains("1,201 lines read: 1,200 counted, 0 left out by the filters, 1 unreadable.")
                .contains("5xx rose from 0.0% in the 14:19 bucket to 40.0% in the 14:20 bucket.")
                .contains("502 Bad Gateway: 40 requests (3.3%) answered by the proxy for its upstream")
                .contains("Every figure is an exact count.")
                .contains("access.log:1201: \\x1b[31m<b>not a log line</b>");
        // What the log holds stays text: no element came from it.
        assertThat(driver.findElements(By.tagName("script"))).isEmpty();
        assertThat(driver.findElements(By.cssSelector("main b")).stream().map(WebElement::getText))
                .doesNotContain("not a log line");
        assertThat(consoleErrors()).isEmpty();
        Long fetched = (Long) driver.executeScript("return performance.getEntriesByType('resource').length");
        assertThat(fetched).isZero();
    }

    @Test
    void chartsRenderOfflineInChinese() throws IOException {
        open(Locale.SIMPLIFIED_CHINESE, "report-zh.html");
        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("zh-Hans");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("访问日志中的状态码");
        assertThat(driver.findElements(By.cssSelector("svg.timeline rect.f2"))).hasSize(60);
        assertThat(driver.findElements(By.cssSelector("svg.codes rect"))).hasSize(4);
        assertThat(driver.findElement(By.tagName("main")).getText())
                .contains("共读取 1,201 行")
                .contains("5xx 从 14:19 时间段的 0.0% 升至 14:20 时间段的 40.0%。")
                .contains("网关错误")
                .contains("常见原因：");
        assertThat(consoleErrors()).isEmpty();
        Long fetched = (Long) driver.executeScript("return performance.getEntriesByType('resource').length");
        assertThat(fetched).isZero();
    }

    @Test
    void bothBundlesHaveTheSameKeys() throws IOException {
        assertThat(keys("report_zh.properties")).isEqualTo(keys("report.properties"));
    }

    private static java.util.Set<String> keys(String name) {
        Properties properties = new Properties();
        try (InputStream in = HtmlReport.class.getResourceAsStream(name)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.stringPropertyNames();
    }
}
