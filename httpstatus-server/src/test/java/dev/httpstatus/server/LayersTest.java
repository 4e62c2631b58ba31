package dev.httpstatus.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The server's packages in floors, each importing only from the floors below it: no import runs upwards, and the
 * feature packages on one floor know nothing of each other. docs/architecture.md draws the same picture.
 */
class LayersTest {
    private static final Path SOURCES = Path.of("src/main/java/dev/httpstatus/server");
    /** An import from a package of the server: its name, or nothing for a class of the root package. */
    private static final Pattern IMPORT = Pattern.compile(
            "^import (?:static )?dev\\.httpstatus\\.server\\.(?:([a-z]\\w*)\\.|[A-Z])", Pattern.MULTILINE);

    private static final String ROOT = "";

    /** The floor of each package, lowest first; the root package (StatusServer) is the top. */
    private static final Map<String, Integer> FLOORS = Map.ofEntries(
            Map.entry("config", 0),
            Map.entry("script", 0),
            Map.entry("transport", 1),
            Map.entry("state", 1),
            Map.entry("exchange", 2),
            Map.entry("inspect", 3),
            Map.entry("status", 4),
            Map.entry("redirect", 4),
            Map.entry("echo", 4),
            Map.entry("auth", 4),
            Map.entry("cookies", 4),
            Map.entry("conditional", 4),
            Map.entry("generate", 4),
            Map.entry("resource", 4),
            Map.entry("trouble", 4),
            Map.entry("websocket", 4),
            Map.entry("ops", 4),
            Map.entry("trigger", 4),
            Map.entry("site", 5),
            Map.entry("api", 5),
            Map.entry(ROOT, 6));

    @Test
    void everyPackageHasAFloor() throws IOException {
        try (Stream<Path> packages = Files.list(SOURCES)) {
            List<String> names = packages.filter(Files::isDirectory)
                    .map(p -> p.getFileName().toString())
                    .toList();
            assertThat(FLOORS.keySet()).containsAll(names);
            assertThat(names).hasSize(FLOORS.size() - 1);
        }
    }

    @Test
    void noImportRunsUpwardsOrAcrossAFloor() throws IOException {
        List<String> wrong = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String from = packageOf(file);
                Matcher imports = IMPORT.matcher(Files.readString(file));
                while (imports.find()) {
                    String to = imports.group(1) == null ? ROOT : imports.group(1);
                    boolean lower = FLOORS.containsKey(to) && FLOORS.get(to) < FLOORS.get(from);
                    if (!to.equals(from) && !lower) {
                        wrong.add(SOURCES.relativize(file) + " imports "
                                + (to.equals(ROOT) ? "the root package" : "server." + to));
                    }
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    private static String packageOf(Path file) {
        Path relative = SOURCES.relativize(file.getParent());
        return relative.toString().isEmpty() ? ROOT : relative.getName(0).toString();
    }
}
