package dev.httpstatus;

import dev.httpstatus.internal.Texts;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What real HTTP clients do with a code, as the client matrix measured it (issue 21, docs/clients.md): the one
 * reader every face uses, the site's code pages, the API and the command's {@code --clients}.
 *
 * <p>The facts come from {@code clients.tsv} beside this class, which the matrix's recorder writes together with
 * {@code clients/results.json}; a tab-separated file because core reads no JSON, and a resource rather than a
 * constant because no lookup needs it (the command's fast path stays as small as it was). It is read on first use.
 *
 * <p>A case belongs to the codes the matrix recorded for it. The four faults name no code, as the server sends
 * none; they are shown where a gateway reports them: a reset, an empty answer or cut content on 502, content
 * that dribbles in on 504.
 */
public final class ClientFacts {
    private static final Map<String, Integer> FAULT_PAGES =
            Map.of("fault-reset", 502, "fault-empty", 502, "fault-abort", 502, "fault-dribble", 504);

    /** A client the matrix runs: its id, its name, and the version measured (empty for a missing one). */
    public record Client(String id, String name, String version, String missing) {
        /** Whether the client could be had and was measured. */
        public boolean present() {
            return missing.isEmpty();
        }
    }

    /**
     * What one client did in one case, in one language.
     *
     * @param caseName the matrix's case, such as {@code 103-interim} or {@code status-404}
     * @param ok whether a caller can rely on what the client did (true where the case does not apply: nothing to
     *     warn of)
     * @param fact the sentence that says what it did
     * @param advice what to do about it, for a misbehaviour; empty otherwise
     * @param applies false where the case never reaches the client, so nothing was tested: a client that cannot
     *     speak HTTP/1.0 on {@code 1xx-http10}, one without HTTP/2 on http:// on {@code 101-h2c}. Neither ✔ nor ✘:
     *     the faces show "–", "does not apply"
     */
    public record Fact(String caseName, Client client, boolean ok, String fact, String advice, boolean applies) {}

    private record Row(
            String caseName, Set<Integer> codes, String client, boolean ok, String[] texts, boolean applies) {}

    private record Data(String measured, Map<String, Client> clients, List<Row> rows) {}

    private static volatile Data data;

    private ClientFacts() {}

    /** The day the facts were measured, as ISO 8601 ("2026-12-06"). */
    public static String measured() {
        return data().measured();
    }

    /** Every client of the matrix, in the matrix's order, the missing ones included. */
    public static List<Client> clients() {
        return List.copyOf(data().clients().values());
    }

    /** Whether any fact concerns {@code code}. */
    public static boolean has(int code) {
        return !cases(code).isEmpty();
    }

    /** The cases that concern {@code code}, in the matrix's order: its {@code status-N}, then the behaviours. */
    public static List<String> cases(int code) {
        Set<String> cases = new LinkedHashSet<>();
        String own = "status-" + code;
        for (Row row : data().rows()) {
            if (row.caseName().equals(own)) {
                cases.add(own);
            }
        }
        for (Row row : data().rows()) {
            if (concerns(row, code)) {
                cases.add(row.caseName());
            }
        }
        return List.copyOf(cases);
    }

    /** The facts that concern {@code code} in {@code language}, by case (as {@link #cases}) and then by client. */
    public static List<Fact> forCode(int code, Language language) {
        List<Fact> facts = new ArrayList<>();
        int text = language == Language.ZH ? 1 : 0;
        for (String caseName : cases(code)) {
            for (Row row : data().rows()) {
                if (row.caseName().equals(caseName)) {
                    Client client = data().clients().get(row.client());
                    facts.add(new Fact(
                            caseName, client, row.ok(), row.texts()[text], row.texts()[2 + text], row.applies()));
                }
            }
        }
        return facts;
    }

    /**
     * The facts of {@code code} in {@code language} as JSON, the one shape of the API's
     * {@code /api/v1/codes/{code}/clients} and the command's {@code --clients --format json}: code, lang,
     * measured, the cases (case, label) and the facts (case, client, name, version, ok, applies, fact, advice or
     * null).
     * A code the matrix did not measure has empty lists.
     */
    public static String json(int code, Language language) {
        JsonWriter json = new JsonWriter();
        write(json, code, language);
        return json.toString();
    }

    /** The facts of several codes as a JSON array of {@link #json} objects. */
    public static String json(List<Integer> codes, Language language) {
        JsonWriter json = new JsonWriter().beginArray();
        codes.forEach(code -> write(json, code, language));
        return json.endArray().toString();
    }

    private static void write(JsonWriter json, int code, Language language) {
        json.beginObject()
                .field("code", code)
                .field("lang", language.tag())
                .field("measured", measured())
                .name("cases")
                .beginArray();
        for (String caseName : cases(code)) {
            json.beginObject()
                    .field("case", caseName)
                    .field("label", caseLabel(caseName, language))
                    .endObject();
        }
        json.endArray().name("facts").beginArray();
        for (Fact fact : forCode(code, language)) {
            json.beginObject()
                    .field("case", fact.caseName())
                    .field("client", fact.client().id())
                    .field("name", fact.client().name())
                    .field("version", fact.client().version())
                    .field("ok", fact.ok())
                    .field("applies", fact.applies())
                    .field("fact", fact.fact());
            if (fact.advice().isEmpty()) {
                json.nullField("advice");
            } else {
                json.field("advice", fact.advice());
            }
            json.endObject();
        }
        json.endArray().endObject();
    }

    /** A short name of a case for a column head, in {@code language}: "103 Early Hints, then 200". */
    public static String caseLabel(String caseName, Language language) {
        Texts texts = Texts.of(language.locale());
        int dash = caseName.indexOf('-');
        String head = dash < 0 ? caseName : caseName.substring(0, dash);
        String tail = dash < 0 ? "" : caseName.substring(dash + 1);
        String key;
        String code;
        if (head.equals("status")) {
            key = "clients.case.status";
            code = tail;
        } else if (tail.equals("post")) {
            key = "clients.case.post";
            code = head;
        } else if (tail.equals("retry-after")) {
            key = "clients.case.retry";
            code = head;
        } else {
            key = "clients.case." + caseName;
            code = "";
        }
        return texts.find(key).map(label -> label.replace("{0}", code)).orElse(caseName);
    }

    private static boolean concerns(Row row, int code) {
        return row.codes().contains(code) || Integer.valueOf(code).equals(FAULT_PAGES.get(row.caseName()));
    }

    private static Data data() {
        Data read = data;
        if (read == null) {
            read = read();
            data = read;
        }
        return read;
    }

    private static Data read() {
        String measured = "";
        Map<String, Client> clients = new LinkedHashMap<>();
        List<Row> rows = new ArrayList<>();
        for (String line : resource().split("\n")) {
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\t", -1);
            switch (fields[0]) {
                case "measured" -> measured = fields[1];
                case "client" -> clients.put(fields[1], new Client(fields[1], fields[2], fields[3], fields[4]));
                case "fact" ->
                    rows.add(new Row(
                            fields[1],
                            codes(fields[2]),
                            fields[3],
                            Boolean.parseBoolean(fields[4]),
                            new String[] {fields[5], fields[6], fields[7], fields[8]},
                            Boolean.parseBoolean(fields[9])));
                default -> throw new IllegalStateException("clients.tsv: a line of an unknown kind: " + fields[0]);
            }
        }
        return new Data(measured, clients, rows);
    }

    private static Set<Integer> codes(String field) {
        Set<Integer> codes = new LinkedHashSet<>();
        for (String code : field.split(",")) {
            if (!code.isEmpty()) {
                codes.add(Integer.parseInt(code));
            }
        }
        return codes;
    }

    private static String resource() {
        try (InputStream in = ClientFacts.class.getResourceAsStream("clients.tsv")) {
            if (in == null) {
                throw new IllegalStateException("clients.tsv is missing from core");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The codes some fact concerns, ascending. */
    public static List<Integer> codes() {
        Set<Integer> codes = new TreeSet<>();
        for (Row row : data().rows()) {
            codes.addAll(row.codes());
            Integer page = FAULT_PAGES.get(row.caseName());
            if (page != null) {
                codes.add(page);
            }
        }
        return List.copyOf(codes);
    }
}
