package dev.httpstatus.clients;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The sentences of the facts, from outcomes.tsv beside the probes: for each outcome what the client did and, when a
 * caller cannot rely on it, what to do about it, in English and Chinese. A row's key is an outcome, narrowed by a
 * case or family of cases ({@code 413-upload/raises}, {@code status/follows}) or a client ({@code raises@python-requests}) or both, the narrowest found first;
 * {@code {detail}} stands for the verdict's detail (an exception's name, a status).
 */
final class Texts {
    record Text(String factEn, String factZh, String adviceEn, String adviceZh) {}

    private final Map<String, Text> rows = new HashMap<>();

    Texts(Path table) throws IOException {
        List<String> lines = Files.readAllLines(table, StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (cells.length != 5) {
                throw new IllegalArgumentException(table + ": not five cells: " + line);
            }
            if (rows.put(cells[0], new Text(cells[1], cells[2], cells[3], cells[4])) != null) {
                throw new IllegalArgumentException(table + ": " + cells[0] + " twice");
            }
        }
    }

    /** The text of a verdict, or null when the table has none for it. */
    Text of(String caseName, String client, Verdict verdict) {
        String outcome = verdict.outcome();
        for (String key : List.of(
                caseName + "/" + outcome + "@" + client, outcome + "@" + client, caseName + "/" + outcome, outcome)) {
            Text text = rows.get(key);
            if (text != null) {
                String detail = verdict.detail();
                return new Text(
                        text.factEn().replace("{detail}", detail),
                        text.factZh().replace("{detail}", detail),
                        text.adviceEn().replace("{detail}", detail),
                        text.adviceZh().replace("{detail}", detail));
            }
        }
        return null;
    }
}
