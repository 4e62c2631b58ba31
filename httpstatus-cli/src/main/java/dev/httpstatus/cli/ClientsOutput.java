package dev.httpstatus.cli;

import dev.httpstatus.ClientFacts;
import dev.httpstatus.cli.output.Format;
import java.io.PrintWriter;
import java.util.List;

/**
 * {@code httpstatus 103 --clients}: what real HTTP clients do with the codes asked, from core's
 * {@link ClientFacts} (the client matrix's facts, as the code pages and the API show them). JSON prints core's
 * one shape of them; every other format prints the text table, one block per case, one line per client.
 */
final class ClientsOutput {
    private final Messages messages;
    private final Format format;

    ClientsOutput(Messages messages, Format format) {
        this.messages = messages;
        this.format = format;
    }

    /** Prints the facts of {@code codes}; one code asked by number is one JSON object, several an array. */
    void print(List<Integer> codes, List<String> names, boolean single, PrintWriter out) {
        if (format == Format.JSON) {
            out.println(
                    single && codes.size() == 1
                            ? ClientFacts.json(codes.get(0), messages.language())
                            : ClientFacts.json(codes, messages.language()));
            return;
        }
        for (int i = 0; i < codes.size(); i++) {
            if (i > 0) {
                out.println();
            }
            text(codes.get(i), names.get(i), out);
        }
    }

    private void text(int code, String name, PrintWriter out) {
        if (!ClientFacts.has(code)) {
            out.println(messages.get("clients.none", name));
            return;
        }
        List<ClientFacts.Fact> facts = ClientFacts.forCode(code, messages.language());
        long clients = facts.stream().map(f -> f.client().id()).distinct().count();
        out.println(messages.get("clients.title", name, Long.toString(clients), ClientFacts.measured()));
        int width = facts.stream().mapToInt(f -> client(f).length()).max().orElse(0);
        String lastCase = "";
        for (ClientFacts.Fact fact : facts) {
            if (!fact.caseName().equals(lastCase)) {
                out.println();
                out.println(ClientFacts.caseLabel(fact.caseName(), messages.language()));
                lastCase = fact.caseName();
            }
            out.printf("  %s %-" + width + "s  %s%n", mark(fact), client(fact), fact.fact());
            if (fact.applies() && !fact.advice().isEmpty()) {
                out.printf("    %-" + width + "s  %s %s%n", "", messages.get("clients.advice"), fact.advice());
            }
        }
        out.println();
        out.println(messages.get("clients.legend"));
    }

    /** ✔ reliable, ✘ not, – the case never reaches the client (nothing tested; the legend says so). */
    private static String mark(ClientFacts.Fact fact) {
        return !fact.applies() ? "–" : fact.ok() ? "✔" : "✘";
    }

    private static String client(ClientFacts.Fact fact) {
        return fact.client().name() + " " + fact.client().version();
    }
}
