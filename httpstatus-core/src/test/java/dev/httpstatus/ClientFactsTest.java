package dev.httpstatus;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Holds what core serves to what the client matrix recorded in clients/results.json, so that the copy in core
 * (clients.tsv) cannot drift from it: every fact, every client and the date, in both languages.
 */
class ClientFactsTest {
    private static JsonNode results;

    @BeforeAll
    static void readResults() throws IOException {
        results = new ObjectMapper()
                .readTree(Path.of("..", "clients", "results.json").toFile());
    }

    @Test
    void theDateAndTheClientsAreThoseRecorded() {
        assertThat(ClientFacts.measured()).isEqualTo(results.path("measured").asText());
        List<String> recorded = new ArrayList<>();
        results.path("clients")
                .forEach(c -> recorded.add(String.join(
                        " | ",
                        c.path("id").asText(),
                        c.path("name").asText(),
                        c.path("version").asText(),
                        c.path("missing").asText())));
        assertThat(ClientFacts.clients().stream()
                        .map(c -> String.join(" | ", c.id(), c.name(), c.version(), c.missing())))
                .containsExactlyElementsOf(recorded);
    }

    @Test
    void everyRecordedFactIsServedForItsCodesInBothLanguages() {
        Set<String> recorded = new TreeSet<>();
        results.path("facts")
                .forEach(f -> recorded.add(String.join(
                        " | ",
                        f.path("case").asText(),
                        f.path("client").asText(),
                        Boolean.toString(f.path("ok").asBoolean()),
                        Boolean.toString(f.path("applies").asBoolean(true)),
                        f.path("fact_en").asText(),
                        f.path("fact_zh").asText(),
                        f.path("advice_en").asText(),
                        f.path("advice_zh").asText())));
        Set<String> served = new TreeSet<>();
        for (int code : ClientFacts.codes()) {
            List<ClientFacts.Fact> english = ClientFacts.forCode(code, Language.EN);
            List<ClientFacts.Fact> chinese = ClientFacts.forCode(code, Language.ZH);
            assertThat(chinese).hasSameSizeAs(english);
            for (int i = 0; i < english.size(); i++) {
                ClientFacts.Fact en = english.get(i);
                ClientFacts.Fact zh = chinese.get(i);
                served.add(String.join(
                        " | ",
                        en.caseName(),
                        en.client().id(),
                        Boolean.toString(en.ok()),
                        Boolean.toString(en.applies() && zh.applies()),
                        en.fact(),
                        zh.fact(),
                        en.advice(),
                        zh.advice()));
            }
        }
        assertThat(served).containsExactlyElementsOf(recorded);
    }

    @Test
    void aCodeHasTheCasesRecordedForIt() {
        results.path("facts")
                .forEach(f -> f.path("codes")
                        .forEach(code -> assertThat(ClientFacts.cases(code.asInt()))
                                .as("cases of %s", code)
                                .contains(f.path("case").asText())));
        assertThat(ClientFacts.cases(103)).containsExactly("103-interim", "1xx-http10");
        assertThat(ClientFacts.cases(101)).containsExactly("101-websocket", "101-h2c");
        assertThat(ClientFacts.cases(413)).containsExactly("status-413", "413-upload", "413-expect");
        assertThat(ClientFacts.cases(502)).startsWith("status-502").contains("fault-reset");
        assertThat(ClientFacts.has(999)).isFalse();
        assertThat(ClientFacts.forCode(999, Language.EN)).isEmpty();
    }

    @Test
    void everyCaseHasALabelInBothLanguages() {
        Set<String> cases = new TreeSet<>();
        results.path("facts").forEach(f -> cases.add(f.path("case").asText()));
        for (String caseName : cases) {
            for (Language language : Language.values()) {
                assertThat(ClientFacts.caseLabel(caseName, language))
                        .as("%s in %s", caseName, language)
                        .isNotEqualTo(caseName)
                        .doesNotContain("{0}");
            }
        }
        assertThat(ClientFacts.caseLabel("307-post", Language.ZH)).isEqualTo("被 307 重定向的 POST");
        assertThat(ClientFacts.caseLabel("status-404", Language.EN)).isEqualTo("GET /status/404");
    }

    @Test
    void aMisbehaviourComesWithAdviceInItsLanguage() {
        List<ClientFacts.Fact> facts = ClientFacts.forCode(103, Language.ZH);
        assertThat(facts)
                .filteredOn(f -> !f.ok())
                .isNotEmpty()
                .allSatisfy(f -> assertThat(f.advice()).isNotBlank().containsPattern("\\p{IsHan}"));
        assertThat(facts.stream().map(f -> f.client().id()).distinct()).hasSizeGreaterThanOrEqualTo(8);
    }

    @Test
    void aCaseThatNeverReachesTheClientDoesNotApplyAndIsNoMisbehaviour() {
        List<ClientFacts.Fact> facts = ClientFacts.forCode(103, Language.EN);
        ClientFacts.Fact jdk17 = fact(facts, "1xx-http10", "jdk17-httpclient");
        ClientFacts.Fact curl = fact(facts, "1xx-http10", "curl");
        assertThat(jdk17.applies()).isFalse();
        assertThat(jdk17.ok()).isTrue();
        assertThat(jdk17.advice()).isEmpty();
        assertThat(curl.applies()).isTrue();
        assertThat(fact(facts, "103-interim", "jdk17-httpclient").applies()).isTrue();
        assertThat(ClientFacts.forCode(101, Language.EN))
                .filteredOn(f -> !f.applies())
                .isNotEmpty()
                .allSatisfy(f -> assertThat(f.caseName()).isEqualTo("101-h2c"));
        assertThat(ClientFacts.forCode(404, Language.EN))
                .allSatisfy(f -> assertThat(f.applies()).isTrue());
    }

    private static ClientFacts.Fact fact(List<ClientFacts.Fact> facts, String caseName, String client) {
        return facts.stream()
                .filter(f -> f.caseName().equals(caseName) && f.client().id().equals(client))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void theJsonIsTheSameFactsInOneShape() throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        JsonNode hints = mapper.readTree(ClientFacts.json(103, Language.ZH));
        assertThat(hints.path("code").asInt()).isEqualTo(103);
        assertThat(hints.path("lang").asText()).isEqualTo("zh");
        assertThat(hints.path("measured").asText()).isEqualTo(ClientFacts.measured());
        assertThat(hints.path("cases").get(0).path("label").asText()).isEqualTo("103 Early Hints，然后 200");
        List<ClientFacts.Fact> facts = ClientFacts.forCode(103, Language.ZH);
        assertThat(hints.path("facts")).hasSize(facts.size());
        for (int i = 0; i < facts.size(); i++) {
            JsonNode fact = hints.path("facts").get(i);
            assertThat(fact.path("client").asText())
                    .isEqualTo(facts.get(i).client().id());
            assertThat(fact.path("fact").asText()).isEqualTo(facts.get(i).fact());
            assertThat(fact.path("advice").isNull())
                    .isEqualTo(facts.get(i).advice().isEmpty());
            assertThat(fact.path("applies").isBoolean()).isTrue();
            assertThat(fact.path("applies").asBoolean()).isEqualTo(facts.get(i).applies());
        }
        JsonNode none = mapper.readTree(ClientFacts.json(List.of(499, 404), Language.EN));
        assertThat(none.get(0).path("facts")).isEmpty();
        assertThat(none.get(1).path("facts")).isNotEmpty();
    }
}
