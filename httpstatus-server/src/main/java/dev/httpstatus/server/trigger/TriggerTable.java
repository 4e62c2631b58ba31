package dev.httpstatus.server.trigger;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * The table of {@code triggers.tsv}: for every registered code, the request that makes the server answer it
 * for its real reason, or none when the server does not produce it. Served at {@code /api/v1/triggers}, shown
 * on each code's page and listed in docs/server.md. The file is read when the table is first asked for, so a
 * server whose site and API nobody visits never reads it.
 */
public final class TriggerTable {
    private static final String FILE = "triggers.tsv";
    private static final List<String> COLUMNS = List.of("code", "method", "target", "headers", "body", "via", "before");
    private static final String EMPTY = "-";
    private static final List<String[]> ROWS = read();
    private static final List<Trigger> TRIGGERS = ROWS.stream()
            .filter(TriggerTable::hasRequest)
            .map(TriggerTable::trigger)
            .toList();
    private static final List<Untriggered> UNTRIGGERED = ROWS.stream()
            .filter(row -> !hasRequest(row))
            .map(row -> new Untriggered(Integer.parseInt(row[0])))
            .toList();

    private TriggerTable() {}

    /** Every trigger, in the table's order, which is by code. */
    public static List<Trigger> triggers() {
        return TRIGGERS;
    }

    /** The registered codes the server does not produce for a real reason, in code order. */
    public static List<Untriggered> untriggered() {
        return UNTRIGGERED;
    }

    /** The triggers of {@code code}, none when the server does not produce it for a real reason. */
    public static List<Trigger> triggersOf(int code) {
        return TRIGGERS.stream().filter(t -> t.code() == code).toList();
    }

    /** The row of {@code code} when the server does not produce it for a real reason. */
    public static Optional<Untriggered> untriggered(int code) {
        return UNTRIGGERED.stream().filter(u -> u.code() == code).findFirst();
    }

    private static boolean hasRequest(String[] row) {
        return !row[1].isEmpty();
    }

    private static Trigger trigger(String[] row) {
        String headers = row[3].replace("\\n", "\n");
        return new Trigger(Integer.parseInt(row[0]), row[1], row[2], headers, row[4], row[5], row[6]);
    }

    /** The rows after the line of column names, each cell "-" made empty. */
    private static List<String[]> read() {
        List<String> lines = lines();
        if (lines.isEmpty() || !List.of(lines.get(0).split("\t", -1)).equals(COLUMNS)) {
            throw new IllegalStateException(FILE + " must start by naming its columns " + String.join(", ", COLUMNS));
        }
        return lines.stream().skip(1).map(TriggerTable::cells).toList();
    }

    /** The lines of the file but blank ones and comments, which start with #. */
    private static List<String> lines() {
        try (InputStream in = TriggerTable.class.getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException(FILE + " is missing from the classpath");
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
                    .lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String[] cells(String line) {
        String[] cells = line.split("\t", -1);
        if (cells.length != COLUMNS.size()) {
            throw new IllegalStateException(
                    FILE + " has " + cells.length + " cells, not " + COLUMNS.size() + ", in: " + line);
        }
        for (int i = 0; i < cells.length; i++) {
            cells[i] = cells[i].strip().equals(EMPTY) ? "" : cells[i].strip();
        }
        return cells;
    }
}
