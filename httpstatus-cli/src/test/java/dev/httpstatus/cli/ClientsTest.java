package dev.httpstatus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.httpstatus.ClientFacts;
import org.junit.jupiter.api.Test;

/** {@code httpstatus 103 --clients}: the client matrix's facts at the terminal, as text and as JSON. */
class ClientsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aCodeShowsEveryClientPerCaseWithAdviceForAMisbehaviour() {
        Run run = Run.of("103", "--clients");
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out())
                .startsWith("103 Early Hints: what 13 HTTP clients do (measured " + ClientFacts.measured() + ")\n")
                .contains("\n103 Early Hints, then 200\n")
                .containsPattern("\n  ✘ Python requests 2\\.28\\.1 +\\S")
                .containsPattern("\n  ✔ curl 7\\.88\\.1 +\\S")
                .contains("What to do: ")
                .contains("docs/clients.md");
        assertThat(run.out().lines().filter(line -> line.matches("  [✔✘–] .*")).count())
                .isGreaterThanOrEqualTo(8);
    }

    @Test
    void aRowThatNeverReachesAClientIsMarkedDoesNotApply() {
        Run run = Run.of("103", "--clients");
        String http10 = run.out()
                .substring(run.out()
                        .indexOf("\n" + ClientFacts.caseLabel("1xx-http10", dev.httpstatus.Language.EN) + "\n"));
        // JDK 17's HttpClient cannot speak HTTP/1.0, so a 1xx sent to HTTP/1.0 never reaches it; curl speaks it
        assertThat(http10)
                .containsPattern("\n  – JDK HttpClient \\(Java 17\\) \\S+ +never speaks HTTP/1\\.0")
                .containsPattern("\n  ✔ curl 7\\.88\\.1 +speaks HTTP/1\\.0");
        assertThat(run.out()).contains("– does not apply: the case never reaches the client");
        assertThat(Run.of("103", "--clients", "--lang", "zh").out())
                .containsPattern("\n  – JDK HttpClient \\(Java 17\\) ")
                .contains("– 不适用");
    }

    @Test
    void chineseIsChineseThroughout() {
        Run run = Run.of("429", "--clients", "--lang", "zh");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .contains("HTTP 客户端怎么处理")
                .contains("带 Retry-After 的 429，然后 200")
                .contains("GET /status/429");
    }

    @Test
    void jsonIsTheShapeTheApiServes() throws Exception {
        Run run = Run.of("307", "--clients", "--format", "json", "--lang", "zh");
        assertThat(run.exitCode()).isZero();
        JsonNode facts = JSON.readTree(run.out());
        assertThat(run.out().strip()).isEqualTo(ClientFacts.json(307, dev.httpstatus.Language.ZH));
        assertThat(facts.path("code").asInt()).isEqualTo(307);
        assertThat(facts.path("lang").asText()).isEqualTo("zh");
        assertThat(facts.path("facts").size()).isGreaterThanOrEqualTo(8);

        JsonNode several =
                JSON.readTree(Run.of("5xx", "--clients", "-f", "json").out());
        assertThat(several.isArray()).isTrue();
        assertThat(several.get(0).path("code").asInt()).isEqualTo(500);
    }

    @Test
    void aCodeWithoutFactsSaysSo() {
        Run english = Run.of("499", "--clients");
        Run chinese = Run.of("499", "--clients", "--lang", "zh");
        assertThat(english.exitCode()).isZero();
        assertThat(english.out())
                .isEqualTo(
                        "499 Client Closed Request: no client facts; the client matrix does not measure this code.\n");
        assertThat(chinese.out()).contains("没有客户端事实");
    }

    @Test
    void anUnknownCodeFailsAsALookupDoes() {
        Run run = Run.of("299", "--clients");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.NOT_FOUND);
        assertThat(run.err()).isNotEmpty();
    }

    @Test
    void theOptionLeavesTheQuickPath() {
        assertThat(Main.isPlainLookup("103", "--clients")).isFalse();
    }
}
