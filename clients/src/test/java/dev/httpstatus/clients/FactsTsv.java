package dev.httpstatus.clients;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * results.json as core reads it: {@code httpstatus-core/src/main/resources/dev/httpstatus/clients.tsv}, one line
 * per client and per fact (core has no JSON reader; its ClientFacts serves the site, the API and the command).
 * Written with results.json when recording; core's ClientFactsTest fails when the two disagree.
 *
 * <p>A fact line: {@code fact}, case, codes (comma-separated), client, ok, fact_en, fact_zh, advice_en, advice_zh,
 * applies ({@code false} where the case does not reach the client: neither ✔ nor ✘).
 */
final class FactsTsv {
    static final String PATH = "httpstatus-core/src/main/resources/dev/httpstatus/clients.tsv";

    private FactsTsv() {}

    static String of(JsonNode results) {
        List<String> lines = new ArrayList<>();
        lines.add("# The client matrix's facts for core (ClientFacts), written beside clients/results.json by"
                + " ClientMatrixTest");
        lines.add("# (bin/test-clients --record); ClientFactsTest fails when the two disagree. Do not edit by hand.");
        lines.add("# fact: case, codes, client, ok, fact_en, fact_zh, advice_en, advice_zh, applies (false: the case"
                + " does not reach the client)");
        lines.add("measured\t" + results.path("measured").asText());
        for (JsonNode client : results.path("clients")) {
            lines.add(String.join(
                    "\t",
                    "client",
                    field(client, "id"),
                    field(client, "name"),
                    field(client, "version"),
                    field(client, "missing")));
        }
        for (JsonNode fact : results.path("facts")) {
            List<String> codes = new ArrayList<>();
            fact.path("codes").forEach(code -> codes.add(code.asText()));
            lines.add(String.join(
                    "\t",
                    "fact",
                    field(fact, "case"),
                    String.join(",", codes),
                    field(fact, "client"),
                    Boolean.toString(fact.path("ok").asBoolean()),
                    field(fact, "fact_en"),
                    field(fact, "fact_zh"),
                    field(fact, "advice_en"),
                    field(fact, "advice_zh"),
                    Boolean.toString(fact.path("applies").asBoolean(true))));
        }
        return String.join("\n", lines) + "\n";
    }

    /** A field on one line: a tab or a line break would end it early. */
    private static String field(JsonNode node, String name) {
        return node.path(name).asText().replace('\t', ' ').replace('\n', ' ');
    }
}
