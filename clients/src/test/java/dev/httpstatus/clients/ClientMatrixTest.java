package dev.httpstatus.clients;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.httpstatus.server.StatusServer;
import dev.httpstatus.server.config.ServerConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The client matrix: every probe run over every case against a real server, what each client did read as a fact,
 * and the facts either written to clients/results.json ({@code -Dclients.record=true}) or held to it: a client that
 * no longer does what was recorded fails the build, so the table on the code pages cannot rot.
 * {@code -Dclients.only=curl,okhttp} runs some clients, for working on them; it never records.
 *
 * <p>Some outcomes depend on timing: a client still writing a large upload when the server has answered 413 and
 * closed sees either the 413 or a write error, whichever its socket reports first. So a recording runs every case
 * {@code -Dclients.rounds} times (3 by default) and keeps every outcome seen ({@code seen}), together with those
 * the previous recording saw of the same version of the client; a check runs once and fails on an outcome that was
 * never seen. A case whose outcome was never seen runs again, up to twice more, before the check says so (see
 * {@link #settle}): a race lost once is not a regression, while a client that changed does the new thing each time.
 */
class ClientMatrixTest {
    private static final Duration CASE_TIME = Duration.ofSeconds(10);
    private static final int TRIES_AGAIN = 2;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private record Measured(Client client, String version, List<Map<Case, Seen>> rounds) {
        /** The distinct verdicts of a case over the rounds, in the order first seen. */
        List<Verdict> verdicts(Case c) {
            return rounds.stream().map(round -> c.read(round.get(c))).distinct().toList();
        }
    }

    @Test
    void clientsDoWhatWasRecorded() throws Exception {
        Path dir = Path.of(System.getProperty("clients.dir", ".")).toAbsolutePath();
        Path work = Files.createDirectories(dir.resolve("target/clients"));
        boolean record = Boolean.getBoolean("clients.record");
        String only = System.getProperty("clients.only", "");
        int rounds = record ? Integer.getInteger("clients.rounds", 3) : 1;
        Texts texts = new Texts(dir.resolve("outcomes.tsv"));
        List<Case> cases = Cases.all();
        List<Client> clients = Client.all(dir, work).stream()
                .filter(c -> only.isEmpty() || Arrays.asList(only.split(",")).contains(c.id()))
                .toList();

        Path recorded = dir.resolve("results.json");
        JsonNode previous = Files.exists(recorded) ? JSON.readTree(recorded.toFile()) : JSON.createObjectNode();
        Map<String, JsonNode> previousFacts = byKey(previous.path("facts"));

        long start = System.nanoTime();
        List<Measured> measured = new ArrayList<>();
        try (StatusServer server = StatusServer.start(ServerConfig.builder()
                .address("127.0.0.1", 0)
                .accessLog(false)
                .retryAfter(Duration.ofSeconds(1))
                .maxBody(16 * 1024)
                .redirectHosts(Set.of("localhost"))
                .build())) {
            // two busy cores: three probes at a time keep them busy without starving the server
            ExecutorService pool = Executors.newFixedThreadPool(3);
            List<Future<Measured>> runs = new ArrayList<>();
            for (Client client : clients.stream().filter(Client::present).toList()) {
                Case.Origins origins = new Case.Origins(
                        "http://127.0.0.1:" + server.port(),
                        "http://localhost:" + server.port(),
                        client.id(),
                        path -> server.journal().requests("", path).size());
                runs.add(pool.submit(() -> {
                    try (ProbeRun run = new ProbeRun(client, work.resolve(client.id() + ".log"), CASE_TIME)) {
                        String version = run.version();
                        List<Map<Case, Seen>> seen = new ArrayList<>();
                        for (int round = 0; round < rounds; round++) {
                            seen.add(run.run(cases, origins));
                        }
                        if (!record) {
                            seen.set(0, settle(run, seen.get(0), origins, c -> known(previousFacts, c, client)));
                        }
                        return new Measured(client, version, seen);
                    }
                }));
            }
            for (Future<Measured> run : runs) {
                measured.add(run.get());
            }
            pool.shutdown();
        }
        System.out.printf(
                "client matrix: %d clients, %d cases in %d s%n",
                measured.size(), cases.size(), (System.nanoTime() - start) / 1_000_000_000);

        print(measured, cases);
        ObjectNode results = results(clients, measured, cases, texts, record ? previous : JSON.createObjectNode());
        Files.writeString(work.resolve("results.json"), JSON.writeValueAsString(results));
        if (record && only.isEmpty()) {
            Files.writeString(recorded, JSON.writeValueAsString(results) + "\n");
            Files.writeString(dir.resolveSibling(FactsTsv.PATH), FactsTsv.of(results));
            return;
        }
        List<String> differences = differences(previous, results, !only.isEmpty());
        assertEquals(
                List.of(),
                differences,
                "clients do otherwise than clients/results.json records; if the client "
                        + "changed, record again: bin/test-clients --record (the run's own results: " + work
                        + "/results.json)");
    }

    /** The facts measured, each with the outcomes {@code previous} saw of the same client version. */
    private static ObjectNode results(
            List<Client> clients, List<Measured> measured, List<Case> cases, Texts texts, JsonNode previous) {
        Map<String, String> previousVersions = new LinkedHashMap<>();
        previous.path("clients")
                .forEach(c -> previousVersions.put(
                        c.path("id").asText(), c.path("version").asText()));
        Map<String, JsonNode> previousFacts = byKey(previous.path("facts"));
        ObjectNode results = JSON.createObjectNode();
        results.put("measured", LocalDate.now(ZoneOffset.UTC).toString());
        ArrayNode list = results.putArray("clients");
        Map<String, String> versions = new LinkedHashMap<>();
        measured.forEach(m -> versions.put(m.client().id(), m.version()));
        for (Client client : clients) {
            ObjectNode node = list.addObject().put("id", client.id()).put("name", client.name());
            if (client.present()) {
                node.put("version", versions.get(client.id()));
            } else {
                node.put("missing", client.missing());
            }
            node.put("ecosystem", client.ecosystem());
        }
        ArrayNode facts = results.putArray("facts");
        Set<String> untold = new TreeSet<>();
        for (Case c : cases) {
            for (Measured m : measured) {
                List<Verdict> verdicts = new ArrayList<>();
                List<Verdict> now = m.verdicts(c);
                if (m.version().equals(previousVersions.get(m.client().id()))) {
                    // an outcome seen again is judged as the cases judge it now (ok, applies), not as recorded
                    previousFacts
                            .getOrDefault(c.name() + " " + m.client().id(), JSON.createObjectNode())
                            .path("seen")
                            .forEach(seen -> {
                                Verdict was = verdict(seen);
                                verdicts.add(now.stream()
                                        .filter(v -> sameOutcome(v, was))
                                        .findFirst()
                                        .orElse(was));
                            });
                }
                now.stream()
                        .filter(v -> verdicts.stream().noneMatch(w -> sameOutcome(v, w)))
                        .forEach(verdicts::add);
                List<Texts.Text> told = new ArrayList<>();
                for (Verdict verdict : verdicts) {
                    Texts.Text text = texts.of(c.family(), m.client().id(), verdict);
                    if (text == null) {
                        untold.add(c.family() + "/" + verdict.outcome());
                    }
                    told.add(text);
                }
                if (told.contains(null)) {
                    continue;
                }
                ObjectNode fact = facts.addObject().put("case", c.name());
                c.codes().forEach(fact.putArray("codes")::add);
                fact.put("client", m.client().id());
                fact.put("outcome", verdicts.size() == 1 ? verdicts.get(0).outcome() : "varies");
                verdicts.forEach(verdict -> fact.withArray("seen").add(seen(verdict)));
                boolean ok = verdicts.stream().allMatch(Verdict::ok);
                fact.put("ok", ok);
                // "ok" stays true for a case that does not reach the client, for readers that know only ✔ and ✘;
                // "applies": false says it is neither (written only then, so every other fact reads as before)
                if (verdicts.stream().noneMatch(Verdict::applies)) {
                    fact.put("applies", false);
                }
                fact.put("fact_en", join(told, Texts.Text::factEn, "; or, depending on timing, "));
                fact.put("fact_zh", join(told, Texts.Text::factZh, "；或者（取决于时序）"));
                if (!ok) {
                    Texts.Text advice = told.get(verdicts.indexOf(
                            verdicts.stream().filter(v -> !v.ok()).findFirst().orElseThrow()));
                    fact.put("advice_en", advice.adviceEn()).put("advice_zh", advice.adviceZh());
                }
            }
        }
        assertTrue(untold.isEmpty(), "outcomes.tsv has no text for " + untold);
        return results;
    }

    /**
     * A check's round with its timing races settled: each case whose outcome was never recorded for this client runs
     * again, up to {@value #TRIES_AGAIN} more times, and the first try that does something recorded stands for it.
     * Some outcomes hang on a race (a client still writing an upload when the server has answered 413 and closed sees
     * the 413 or a write error), and a recording of three rounds may not have seen both; a client that really changed
     * does the new thing on every try, and the check fails on it.
     */
    private static Map<Case, Seen> settle(
            ProbeRun run, Map<Case, Seen> round, Case.Origins origins, Function<Case, Set<String>> known)
            throws IOException, InterruptedException {
        Map<Case, Seen> settled = new LinkedHashMap<>(round);
        for (int again = 0; again < TRIES_AGAIN; again++) {
            List<Case> unknown = settled.entrySet().stream()
                    .filter(e -> !known.apply(e.getKey()).isEmpty()
                            && !known.apply(e.getKey())
                                    .contains(named(e.getKey().read(e.getValue()))))
                    .map(Map.Entry::getKey)
                    .toList();
            if (unknown.isEmpty()) {
                break;
            }
            run.run(unknown, origins).forEach((c, seen) -> {
                String outcome = named(c.read(seen));
                System.out.printf("client matrix: %s tried again: %s%n", c.name(), outcome);
                if (known.apply(c).contains(outcome)) {
                    settled.put(c, seen);
                }
            });
        }
        return settled;
    }

    /** The outcomes recorded for a case and client, as {@link #named} writes them; empty when none was. */
    private static Set<String> known(Map<String, JsonNode> recorded, Case c, Client client) {
        Set<String> known = new TreeSet<>();
        JsonNode fact = recorded.get(c.name() + " " + client.id());
        if (fact != null) {
            fact.path("seen").forEach(outcome -> known.add(named(outcome)));
        }
        return known;
    }

    private static String named(Verdict verdict) {
        return verdict.outcome() + (verdict.detail().isEmpty() ? "" : ": " + verdict.detail());
    }

    /**
     * An outcome as the facts list it: the outcome, its detail when it has one, whether it is fine, and
     * {@code applies: false} when the case does not reach the client.
     */
    private static ObjectNode seen(Verdict verdict) {
        ObjectNode seen = JSON.createObjectNode().put("outcome", verdict.outcome());
        if (!verdict.detail().isEmpty()) {
            seen.put("detail", verdict.detail());
        }
        seen.put("ok", verdict.ok());
        return verdict.applies() ? seen : seen.put("applies", false);
    }

    private static Verdict verdict(JsonNode seen) {
        return new Verdict(
                seen.path("outcome").asText(),
                seen.path("detail").asText(""),
                seen.path("ok").asBoolean(),
                seen.path("applies").asBoolean(true));
    }

    private static boolean sameOutcome(Verdict a, Verdict b) {
        return a.outcome().equals(b.outcome()) && a.detail().equals(b.detail());
    }

    private static String named(JsonNode seen) {
        return seen.path("outcome").asText()
                + (seen.has("detail") ? ": " + seen.get("detail").asText() : "");
    }

    private static String join(
            List<Texts.Text> texts, java.util.function.Function<Texts.Text, String> part, String or) {
        return String.join(or, texts.stream().map(part).toList());
    }

    /**
     * Each measured fact against the recorded one, by case and client: every outcome measured must be one recorded.
     * The date, the versions and the sentences are not compared: a new text is recorded with the next recording.
     */
    private static List<String> differences(JsonNode recorded, JsonNode measured, boolean some) {
        Map<String, JsonNode> was = byKey(recorded.path("facts"));
        Map<String, JsonNode> is = byKey(measured.path("facts"));
        List<String> differences = new ArrayList<>();
        for (var fact : is.entrySet()) {
            JsonNode before = was.get(fact.getKey());
            Set<String> known = new TreeSet<>();
            if (before != null) {
                before.path("seen").forEach(outcome -> known.add(named(outcome)));
            }
            fact.getValue().path("seen").forEach(outcome -> {
                if (!known.contains(named(outcome))) {
                    differences.add(fact.getKey() + ": recorded " + (known.isEmpty() ? "nothing" : known)
                            + ", measured " + named(outcome));
                }
            });
        }
        if (!some) {
            was.keySet().stream()
                    .filter(key -> !is.containsKey(key))
                    .forEach(key -> differences.add(key + ": recorded, not measured (is the client missing?)"));
        }
        return differences;
    }

    private static Map<String, JsonNode> byKey(JsonNode facts) {
        Map<String, JsonNode> keyed = new TreeMap<>();
        facts.forEach(fact ->
                keyed.put(fact.path("case").asText() + " " + fact.path("client").asText(), fact));
        return keyed;
    }

    private static void print(List<Measured> measured, List<Case> cases) {
        for (Measured m : measured) {
            System.out.println("== " + m.client().id() + " " + m.version());
            for (Case c : cases) {
                for (Map<Case, Seen> round : m.rounds()) {
                    Seen seen = round.get(c);
                    Verdict verdict = c.read(seen);
                    System.out.printf(
                            "  %-28s %-32s %s %s (%d ms)%n",
                            c.name(),
                            verdict.outcome(),
                            !verdict.applies() ? "–" : verdict.ok() ? "✔" : "✘",
                            verdict.detail(),
                            seen.millis());
                }
            }
        }
    }
}
