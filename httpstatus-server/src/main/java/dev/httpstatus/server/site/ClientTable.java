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

    /**
     * A cell's mark: ✔ a caller can rely on what the client did, ✘ it cannot (with advice), – the case never
     * reaches the client, so nothing was tested. Each has its text alternative (site.properties) and its class; the
     * third is styled neutral, so that it reads as neither.
     *
     * @param symbol what the cell shows
     * @param textKey the text alternative's key, for screen readers
     * @param cssClass the cell's class
     * @param advised whether the fact's advice is shown
     */
    public enum Mark {
        OK("✔", "clients.ok", "ok", false),
        NOT_OK("✘", "clients.notOk", "not-ok", true),
        NOT_APPLICABLE("–", "clients.notApplicable", "not-applicable", false);

        private final String symbol;
        private final String textKey;
        private final String cssClass;
        private final boolean advised;

        Mark(String symbol, String textKey, String cssClass, boolean advised) {
            this.symbol = symbol;
            this.textKey = textKey;
            this.cssClass = cssClass;
            this.advised = advised;
        }

        /** The mark of {@code fact}: "does not apply" first, as such a fact is also ok for readers of ok alone. */
        public static Mark of(ClientFacts.Fact fact) {
            return !fact.applies() ? NOT_APPLICABLE : fact.ok() ? OK : NOT_OK;
        }

        public String symbol() {
            return symbol;
        }

        public String textKey() {
            return textKey;
        }

        public String cssClass() {
            return cssClass;
        }

        public boolean advised() {
            return advised;
        }
    }

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
