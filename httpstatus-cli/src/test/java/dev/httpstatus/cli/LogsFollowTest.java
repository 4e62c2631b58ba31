package dev.httpstatus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code logs --follow} as a real process: lines are appended, the file truncated and rotated, and each time the
 * test waits until the command's output shows the new counts (no sleeping); then SIGINT, as Ctrl-C sends, ends it.
 */
class LogsFollowTest {
    /** Generous: the build machine is shared and slow; a working command answers within a second or so. */
    private static final Duration PATIENCE = Duration.ofSeconds(90);

    @TempDir
    Path directory;

    private static String line(int second, int status) {
        return String.format(
                "10.0.0.1 - - [06/Dec/2026:14:00:%02d +0000] \"GET /x HTTP/1.1\" %d 5 \"-\" \"t\"\n", second, status);
    }

    private static void append(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    @Test
    void followsAppendsTruncationAndRotationAndStopsCleanlyOnCtrlC() throws Exception {
        Path log = directory.resolve("access.log");
        append(log, line(0, 200) + line(1, 200) + line(2, 404));
        String java = ProcessHandle.current().info().command().orElse("java");
        Process process = new ProcessBuilder(
                        java,
                        "-cp",
                        System.getProperty("java.class.path"),
                        "dev.httpstatus.cli.Main",
                        "logs",
                        log.toString(),
                        "--follow",
                        "--format",
                        "json",
                        "--interval",
                        "0.1")
                .redirectError(directory.resolve("err.txt").toFile())
                .start();
        process.getOutputStream().close();
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader out =
                    new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    lines.add(line);
                }
            } catch (IOException e) {
                // the process ended
            }
        });
        reader.start();
        List<JsonNode> seen = new ArrayList<>();
        try {
            JsonNode first = await(lines, seen, json -> json.get("counted").asLong() == 3);
            assertThat(first.get("inputs").get(0).get("format").asText()).isEqualTo("combined");

            append(log, line(3, 502) + line(4, 502));
            JsonNode appended = await(lines, seen, json -> json.get("counted").asLong() == 5);
            assertThat(code(appended, 502)).isEqualTo(2);

            try (FileChannel channel = FileChannel.open(log, StandardOpenOption.WRITE)) {
                channel.truncate(0);
            }
            append(log, line(5, 503));
            JsonNode truncated = await(lines, seen, json -> json.get("counted").asLong() == 6);
            assertThat(code(truncated, 503)).isEqualTo(1);

            Files.move(log, directory.resolve("access.log.1"));
            append(log, line(6, 429) + line(7, 429) + line(8, 429) + line(9, 429));
            JsonNode rotated = await(lines, seen, json -> json.get("counted").asLong() == 10);
            assertThat(code(rotated, 429)).isEqualTo(4);

            append(log, line(10, 200));
            Process kill = new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).start();
            assertThat(kill.waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isTrue();
            assertThat(process.waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isTrue();
            reader.join(PATIENCE.toMillis());
        } finally {
            process.destroyForcibly();
        }
        assertThat(process.exitValue()).isZero();
        while (!lines.isEmpty()) {
            seen.add(new ObjectMapper().readTree(lines.poll()));
        }
        // The last report, written on the way out, counts the line appended just before Ctrl-C.
        assertThat(seen.get(seen.size() - 1).get("counted").asLong()).isEqualTo(11);
        assertThat(Files.readString(directory.resolve("err.txt"))).contains("following " + log);
    }

    private static long code(JsonNode json, int code) {
        for (JsonNode node : json.get("codes")) {
            if (node.get("code").asInt() == code) {
                return node.get("count").asLong();
            }
        }
        return 0;
    }

    /** The first report that satisfies {@code wanted}, reading the output as it comes. */
    private static JsonNode await(BlockingQueue<String> lines, List<JsonNode> seen, Predicate<JsonNode> wanted)
            throws Exception {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (Instant.now().isBefore(deadline)) {
            String line = lines.poll(Duration.between(Instant.now(), deadline).toMillis(), TimeUnit.MILLISECONDS);
            if (line == null) {
                break;
            }
            JsonNode json = new ObjectMapper().readTree(line);
            seen.add(json);
            if (wanted.test(json)) {
                return json;
            }
        }
        throw new AssertionError("no report as wanted within " + PATIENCE + "; reports seen: "
                + seen.stream().map(j -> j.get("counted").asText()).toList());
    }

    @Test
    void followTakesOnePlainFileAndASaneInterval() throws IOException {
        Path log = Files.writeString(directory.resolve("a.log"), line(0, 200));
        Run two = Run.of("logs", log.toString(), log.toString(), "--follow");
        assertThat(two.exitCode()).isEqualTo(2);
        assertThat(two.err()).contains("--follow reads one plain file as it grows");
        Run stdin = Run.of("logs", "-", "--follow");
        assertThat(stdin.exitCode()).isEqualTo(2);
        Run fast = Run.of("logs", log.toString(), "--follow", "--interval", "0");
        assertThat(fast.exitCode()).isEqualTo(2);
        assertThat(fast.err()).contains("is not an interval");
    }
}
