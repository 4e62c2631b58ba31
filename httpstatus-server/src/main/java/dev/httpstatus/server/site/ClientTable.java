package dev.httpstatus.server.site;

import dev.httpstatus.ClientFacts;
import dev.httpstatus.Language;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The "What clients do" section of a code page: one row per measured client, one column per case of the code
 * (core's {@link ClientFacts}, which the client matrix recorded).
 *
 * @param code the code
 * @param measured the day the facts were measured
 * @param labels the cases' column heads, in the page's language
 * @param rows one per client measured
 */
public record ClientTable(int code, String measured, List<String> labels, List<Row> rows) {

    /**
     * One client's row.
     *
     * @param client the client and its version
     * @param cells what it did in each case, in the order of the labels; empty where it was not measured
     */
    public record Row(ClientFacts.Client client, List<Optional<ClientFacts.Fact>> cells) {}

    /** The table of {@code code} in {@code language}, or empty when the matrix measured nothing for it. */
    public static Optional<ClientTable> of(int code, Language language) {
        List<String> cases = ClientFacts.cases(code);
        if (cases.isEmpty()) {
            return Optional.empty();
        }
        Map<String, ClientFacts.Fact> facts = new LinkedHashMap<>();
        ClientFacts.forCode(code, language).forEach(f -> facts.put(f.client().id() + " " + f.caseName(), f));
        List<Row> rows = new ArrayList<>();
        for (ClientFacts.Client client : ClientFacts.clients()) {
            if (client.present()) {
                List<Optional<ClientFacts.Fact>> cells = cases.stream()
                        .map(c -> Optional.ofNullable(facts.get(client.id() + " " + c)))
                        .toList();
                rows.add(new Row(client, cells));
            }
        }
        List<String> labels =
                cases.stream().map(c -> ClientFacts.caseLabel(c, language)).toList();
        return Optional.of(new ClientTable(code, ClientFacts.measured(), labels, rows));
    }

    /** The same facts in the API, in {@code language}. */
    public String apiPath(Language language) {
        return "/api/v1/codes/" + code + "/clients?lang=" + language.tag();
    }
}
