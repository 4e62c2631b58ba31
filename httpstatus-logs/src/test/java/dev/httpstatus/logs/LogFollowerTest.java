package dev.httpstatus.logs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogFollowerTest {
    @TempDir
    Path directory;

    private static String line(int minute, int status) {
        return String.format(
                "10.0.0.1 - - [06/Dec/2026:14:%02d:00 +0000] \"GET /x HTTP/1.1\" %d 5 \"-\" \"t\"\n", minute, status);
    }

    private static void append(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    private static Map<Integer, Long> codes(LogFollower follower) {
        return follower.result().report().codes();
    }

    @Test
    void appendedLinesAreCountedAndAHalfWrittenLineWaits() throws IOException {
        Path log = directory.resolve("access.log");
        append(log, line(0, 200) + line(1, 404));
        LogFollower follower = new LogFollower(log, LogAnalysis.Options.defaults());
        assertThat(follower.poll()).isTrue();
        assertThat(codes(follower)).isEqualTo(Map.of(200, 1L, 404, 1L));
        assertThat(follower.result().formats().get(log.toString()))
                .map(LogFormat::name)
                .contains("combined");
        assertThat(follower.poll()).isFalse();
        String next = line(2, 502);
        append(log, next.substring(0, 30));
        assertThat(follower.poll()).isFalse();
        assertThat(follower.result().report().unread()).isZero();
        append(log, next.substring(30));
        assertThat(follower.poll()).isTrue();
        assertThat(codes(follower)).isEqualTo(Map.of(200, 1L, 404, 1L, 502, 1L));
    }

    @Test
    void aTruncatedFileIsReadFromItsBeginning() throws IOException {
        Path log = directory.resolve("access.log");
        append(log, line(0, 200) + line(1, 200) + line(2, 200));
        LogFollower follower = new LogFollower(log, LogAnalysis.Options.defaults());
        follower.poll();
        try (FileChannel channel = FileChannel.open(log, StandardOpenOption.WRITE)) {
            channel.truncate(0);
        }
        append(log, line(3, 503));
        assertThat(follower.poll()).isTrue();
        assertThat(follower.restarts()).isEqualTo(1);
        assertThat(codes(follower)).isEqualTo(Map.of(200, 3L, 503, 1L));
    }

    @Test
    void aRotatedFileIsFollowedUnderItsName() throws IOException {
        Path log = directory.resolve("access.log");
        append(log, line(0, 200) + line(1, 200));
        LogFollower follower = new LogFollower(log, LogAnalysis.Options.defaults());
        follower.poll();
        Files.move(log, directory.resolve("access.log.1"));
        assertThat(follower.poll()).isFalse(); // between the rename and the new file: nothing, and no error
        // The new file is longer than the position reached in the old one: only its identity tells.
        append(log, line(2, 429) + line(3, 429) + line(4, 429));
        assertThat(follower.poll()).isTrue();
        assertThat(follower.restarts()).isEqualTo(1);
        assertThat(codes(follower)).isEqualTo(Map.of(200, 2L, 429, 3L));
    }

    @Test
    void w3cDirectivesAreFollowedToo() throws IOException {
        Path log = directory.resolve("u_ex.log");
        append(log, "#Fields: date time c-ip cs-method cs-uri-stem sc-status\n2026-12-06 14:00:00 1.2.3.4 GET / 200\n");
        LogFollower follower = new LogFollower(log, LogAnalysis.Options.defaults());
        follower.poll();
        append(
                log,
                "#Fields: date time sc-status c-ip cs-method cs-uri-stem\n2026-12-06 14:00:01 404 1.2.3.4 GET /x\n");
        follower.poll();
        assertThat(codes(follower)).isEqualTo(Map.of(200, 1L, 404, 1L));
        assertThat(follower.result().report().directives()).isEqualTo(2);
    }
}
