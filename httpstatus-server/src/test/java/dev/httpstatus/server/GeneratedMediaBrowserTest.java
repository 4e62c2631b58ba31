package dev.httpstatus.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Generated content in a real Chromium, the decoder a user has at hand: every image kind, the WebP above all, whose
 * bitstream this server writes itself, and the Brotli of {@code /brotli}.
 */
class GeneratedMediaBrowserTest {
    @RegisterExtension
    static final TestServer server = TestServer.perClass();

    private static Browser browser;

    @BeforeAll
    static void start() {
        browser = new Browser();
        browser.driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(10));
        browser.driver.get(server.uri("/robots.txt").toString());
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"png", "jpeg", "webp", "svg"})
    void everyKindDecodesToTheTrafficLight(String kind) {
        @SuppressWarnings("unchecked")
        Map<String, Object> drawn = (Map<String, Object>) browser.driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const image = new Image();
                image.onerror = () => done({error: 'not decoded'});
                image.onload = () => {
                  const canvas = document.createElement('canvas');
                  canvas.width = 100;
                  canvas.height = 100;
                  const context = canvas.getContext('2d');
                  context.drawImage(image, 0, 0);
                  const at = (x, y) => Array.from(context.getImageData(x, y, 1, 1).data.slice(0, 3));
                  done({width: image.naturalWidth, height: image.naturalHeight,
                        background: at(2, 2), red: at(50, 20), green: at(50, 68)});
                };
                image.src = arguments[0];
                """, "/image/" + kind);

        assertThat(drawn)
                .doesNotContainKey("error")
                .containsEntry("width", 100L)
                .containsEntry("height", 100L);
        assertThat(channels(drawn.get("green"))).satisfies(green -> {
            assertThat(green.get(1)).as("green").isGreaterThan(150);
            assertThat(green.get(0)).as("red").isLessThan(100);
        });
        assertThat(channels(drawn.get("red")).get(0))
                .isGreaterThan(channels(drawn.get("red")).get(1));
        assertThat(channels(drawn.get("background")))
                .allSatisfy(c -> assertThat(c).isGreaterThan(230));
    }

    @Test
    void theWebpIsDecodedExactly() {
        @SuppressWarnings("unchecked")
        List<Object> green = (List<Object>) browser.driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const image = new Image();
                image.onerror = () => done([]);
                image.onload = () => {
                  const canvas = document.createElement('canvas');
                  canvas.width = 100;
                  canvas.height = 100;
                  const context = canvas.getContext('2d');
                  context.drawImage(image, 0, 0);
                  done(Array.from(context.getImageData(50, 68, 1, 1).data));
                };
                image.src = '/image/webp';
                """);

        assertThat(green).as("lossless: #3fb950, opaque").containsExactly(0x3fL, 0xb9L, 0x50L, 255L);
    }

    @Test
    void brotliIsDecodedByTheBrowser() {
        Object brotli = browser.driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch('/brotli').then(r => r.json()).then(json => done(json.brotli), e => done(String(e)));
                """);

        assertThat(brotli).isEqualTo(true);
    }

    private static List<Long> channels(Object pixel) {
        return ((List<?>) pixel).stream().map(c -> ((Number) c).longValue()).toList();
    }
}
