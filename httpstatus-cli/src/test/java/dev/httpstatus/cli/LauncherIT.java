package dev.httpstatus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The launcher {@code bin/httpstatus}, run from a shell as users run it, after the jar is packaged. */
class LauncherIT {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Path LAUNCHER = ROOT.resolve("bin/httpstatus");

    record Result(int exitCode, String out, String err) {}

    private static Result run(Path launcher, Map<String, String> env, String... args) throws Exception {
        List<String> command =
                Stream.concat(Stream.of(launcher.toString()), Stream.of(args)).toList();
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putAll(env);
        Path out = Files.createTempFile("launcher", ".out");
        Path err = Files.createTempFile("launcher", ".err");
        Process process =
                builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(process.waitFor(10, TimeUnit.MINUTES))
                .as("launcher finished")
                .isTrue();
        return new Result(process.exitValue(), Files.readString(out), Files.readString(err));
    }

    @Test
    void runsTheCommandWithTheNewestJavaItFinds() throws Exception {
        Result result = run(LAUNCHER, Map.of("HTTPSTATUS_LAUNCHER_DEBUG", "1", "LANG", "C"), "404", "418");
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).startsWith("404 Not Found").contains("418 (Unused)");
        assertThat(result.err()).contains("httpstatus: using ");
        assertThat(Run.of("404").out())
                .isEqualTo(result.out().substring(0, Run.of("404").out().length()));
    }

    /**
     * A Chinese search under every locale a terminal may have: installed or not (none but C and C.UTF-8 is, here
     * and in most containers), UTF-8 or not, unset, and LC_ALL over LANG. The launcher and {@code java -jar} alike
     * must read the argument as typed and answer in the language the variables name. The argument is made by the
     * shell from its bytes, so that this test's own locale cannot change what the command receives.
     */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "LANG=zh_CN.UTF-8 | 网关错误",
                "LANG=C | Bad Gateway",
                "'' | Bad Gateway",
                "LANG=en_US.UTF-8 | Bad Gateway",
                "LANG=C.UTF-8 | Bad Gateway",
                "LANG=zh_CN.UTF-8 LC_ALL=C | Bad Gateway",
                "LANG=C LC_ALL=zh_CN.UTF-8 | 网关错误",
                "LANG=C LC_MESSAGES=zh_CN.GB18030 | 网关错误",
            })
    void aChineseSearchIsReadAsTypedUnderEveryLocale(String locale, String expected) throws Exception {
        Map<String, String> variables = new java.util.HashMap<>();
        for (String assignment : locale.split(" ")) {
            if (!assignment.isEmpty()) {
                variables.put(
                        assignment.substring(0, assignment.indexOf('=')),
                        assignment.substring(assignment.indexOf('=') + 1));
            }
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String jar = ROOT.resolve("httpstatus-cli/target/httpstatus.jar").toString();
        for (String command : List.of(LAUNCHER + " search", java + " -jar " + jar + " search")) {
            ProcessBuilder builder = new ProcessBuilder(
                    "sh", "-c", "exec " + command + " \"$(printf '\\347\\275\\221\\345\\205\\263')\"");
            builder.environment().keySet().removeIf(name -> name.equals("LANG") || name.startsWith("LC_"));
            builder.environment().putAll(variables);
            // Standard error is left to the terminal: bash itself warns there when LC_ALL names a missing locale.
            Process process =
                    builder.redirectError(ProcessBuilder.Redirect.INHERIT).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor()).as(command + "\n" + out).isZero();
            assertThat(out)
                    .as(command)
                    .startsWith("502 Bad Gateway")
                    .contains(expected)
                    .doesNotContain("\uFFFD");
        }
    }

    @Test
    void passesTheExitCodeAndTheTerminalStateThrough() throws Exception {
        Result unassigned = run(LAUNCHER, Map.of(), "299");
        assertThat(unassigned.exitCode()).isEqualTo(1);
        assertThat(unassigned.err()).contains("299 is not assigned");
        assertThat(run(LAUNCHER, Map.of(), "404").out()).doesNotContain("\u001b[");
    }

    @Test
    void prefersTheNewestJdkAndSaysWhatItFoundWhenNoneIsRecentEnough(@TempDir Path dir) throws Exception {
        Path jvms = Files.createDirectories(dir.resolve("jvm"));
        fakeJdk(jvms.resolve("old-11"), "11.0.2", "echo old java ran");
        Path tools = toolsWithout(dir.resolve("bin"));
        Map<String, String> env = Map.of(
                "PATH",
                tools.toString(),
                "HTTPSTATUS_JVM_DIR",
                jvms.toString(),
                "JAVA_HOME",
                jvms.resolve("old-11").toString());
        Result none = run(copyLauncher(dir), env, "404");
        assertThat(none.exitCode()).isEqualTo(127);
        assertThat(none.err().strip())
                .startsWith("httpstatus: needs Java 17 or newer; found ")
                .contains("old-11/bin/java (11)")
                .doesNotContain("\n");

        fakeJdk(jvms.resolve("new-99"), "99", "echo \"java 99 ran with $*\"");
        Result newest = run(copyLauncher(dir), env, "404");
        assertThat(newest.out()).contains("java 99 ran with").contains("-jar").endsWith("404\n");
    }

    @Test
    void buildsTheProjectOnFirstUseWhenTheJarIsMissing(@TempDir Path dir) throws Exception {
        Path copy = dir.resolve("project");
        copyProject(ROOT, copy);
        assertThat(copy.resolve("httpstatus-cli/target/httpstatus.jar")).doesNotExist();
        Result result = run(copy.resolve("bin/httpstatus"), Map.of(), "--lang", "zh", "404");
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.err()).contains("building the project");
        assertThat(result.out()).contains("未找到");
        assertThat(copy.resolve("httpstatus-cli/target/httpstatus.jar")).exists();
    }

    /** A server started by the launcher on a free port, with its standard output and its address. */
    private record Served(Process process, BufferedReader lines, String banner, URI base) {
        static Served start(String... flags) throws IOException {
            return start(ProcessBuilder.Redirect.INHERIT, flags);
        }

        static Served start(ProcessBuilder.Redirect errors, String... flags) throws IOException {
            List<String> command = Stream.concat(
                            Stream.of(LAUNCHER.toString(), "serve", "--port", "0"), Stream.of(flags))
                    .toList();
            Process process = new ProcessBuilder(command).redirectError(errors).start();
            BufferedReader lines =
                    new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            String banner = lines.readLine();
            URI base = URI.create(banner.replaceAll(".*listening on (\\S+) .*", "$1"));
            return new Served(process, lines, banner, base);
        }
    }

    private static HttpRequest get(URI base, String path) {
        return HttpRequest.newBuilder(base.resolve(path)).build();
    }

    private static HttpRequest postJson(URI base, String path, HttpRequest.BodyPublisher body) {
        return HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "application/json")
                .POST(body)
                .build();
    }

    private static HttpClient http1() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    }

    @Test
    void serveStartsTheServerPrintsItsAddressAndStopsCleanlyOnSigterm() throws Exception {
        Served served = Served.start();
        Process server = served.process();
        try {
            assertThat(served.banner()).startsWith("httpstatus serve: listening on http://127.0.0.1:");
            URI base = served.base();
            HttpClient client = HttpClient.newHttpClient();
            var response = client.send(get(base, "/status/418"), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(418);
            assertThat(served.lines().readLine()).contains("\"GET /status/418 HTTP/2\" 418");
            var sleeping = client.sendAsync(get(base, "/status/202?sleep=1500"), HttpResponse.BodyHandlers.ofString());
            while (!client.send(get(base, "/metrics"), HttpResponse.BodyHandlers.ofString())
                    .body()
                    .contains("httpstatus_requests_in_flight 2.0")) {
                Thread.onSpinWait();
            }
            server.destroy();
            assertThat(sleeping.get(30, TimeUnit.SECONDS).statusCode())
                    .as("accepted before SIGTERM, answered after")
                    .isEqualTo(202);
            assertThat(server.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(server.exitValue()).isZero();
        } finally {
            server.destroyForcibly();
        }
    }

    /**
     * Every request gets a status in the access log, so that log readers (`httpstatus logs` among them) count its
     * line: 499 where the client went before the answer, as nginx logs it, and 444 where the server closed without
     * one.
     */
    @Test
    void theAccessLogGivesAStatusToRequestsThatGotNoAnswer() throws Exception {
        Served served = Served.start();
        Process server = served.process();
        try {
            URI base = served.base();
            HttpClient client = http1();
            try (Socket socket = new Socket(base.getHost(), base.getPort())) {
                socket.getOutputStream()
                        .write("GET /status/200?sleep=60000 HTTP/1.1\r\nHost: x\r\n\r\n"
                                .getBytes(StandardCharsets.US_ASCII));
                socket.getOutputStream().flush();
                // the sleeping request and the one asking
                awaitMetric(client, base, "httpstatus_requests_in_flight 2.0");
            }
            // the sleeping request has ended: only the one asking is left
            awaitMetric(client, base, "httpstatus_requests_in_flight 1.0");
            assertThat(lineOf(served, "/status/200?sleep=60000"))
                    .contains("\"GET /status/200?sleep=60000 HTTP/1.1\" 499 - ");

            try (Socket socket = new Socket(base.getHost(), base.getPort())) {
                socket.getOutputStream()
                        .write("GET /status/200?fault=empty HTTP/1.1\r\nHost: x\r\n\r\n"
                                .getBytes(StandardCharsets.US_ASCII));
                assertThat(socket.getInputStream().readAllBytes()).isEmpty();
            }
            assertThat(lineOf(served, "fault=empty")).contains("\"GET /status/200?fault=empty HTTP/1.1\" 444 - ");
        } finally {
            server.destroyForcibly();
        }
    }

    private static void awaitMetric(HttpClient client, URI base, String text) throws Exception {
        while (!client.send(get(base, "/metrics"), HttpResponse.BodyHandlers.ofString())
                .body()
                .contains(text)) {
            Thread.onSpinWait();
        }
    }

    /** The next access log line that contains {@code text}, the lines before it skipped. */
    private static String lineOf(Served served, String text) throws IOException {
        for (String line = served.lines().readLine();
                line != null;
                line = served.lines().readLine()) {
            if (line.contains(text)) {
                return line;
            }
        }
        throw new AssertionError("no access log line has " + text);
    }

    @Test
    void serveWithTheLaunchersSmallHeapSurvivesManyBodiesAtTheLimitAtOnce() throws Exception {
        Served served = Served.start("--quiet");
        try {
            URI base = served.base();
            // Just under the 10 MiB body limit: a JSON array whose tree would take several times its size.
            StringBuilder json = new StringBuilder("[0");
            for (int i = 1; json.length() < (10 << 20) - 64; i++) {
                json.append(',').append(i % 100_000);
            }
            String body = json.append(']').toString();
            HttpClient client = http1();
            List<CompletableFuture<HttpResponse<Void>>> uploads = new ArrayList<>();
            for (String path : List.of("/anything", "/anything/json", "/resources")) {
                for (int i = 0; i < 4; i++) {
                    uploads.add(client.sendAsync(
                            postJson(base, path, HttpRequest.BodyPublishers.ofString(body)),
                            HttpResponse.BodyHandlers.discarding()));
                }
            }
            for (var upload : uploads) {
                int status = upload.get(60, TimeUnit.SECONDS).statusCode();
                assertThat(status).isIn(200, 422, 503);
            }
            var after = client.send(get(base, "/status/200"), HttpResponse.BodyHandlers.ofString());
            assertThat(after.statusCode()).isEqualTo(200);
            // The buffer memory the burst held is all given back: a body at the limit is accepted again.
            var alone = client.send(
                    postJson(
                            base,
                            "/anything/json",
                            HttpRequest.BodyPublishers.ofString("{\"name\":\"tea\",\"pad\":" + body + "}")),
                    HttpResponse.BodyHandlers.discarding());
            assertThat(alone.statusCode()).isEqualTo(200);
            assertThat(served.process().isAlive()).isTrue();
        } finally {
            served.process().destroyForcibly();
        }
    }

    @Test
    void chunkedBodiesAtTheLimitTakeTheirShareOfBufferMemoryToo() throws Exception {
        Served served = Served.start("--quiet");
        try {
            URI base = served.base();
            HttpClient client = http1();
            // A length the client does not announce goes out chunked: no Content-Length to reserve by.
            byte[] body = ("{\"name\":\"tea\",\"pad\":\"" + "x".repeat((10 << 20) - 64) + "\"}")
                    .getBytes(StandardCharsets.UTF_8);
            Supplier<HttpRequest.BodyPublisher> chunked =
                    () -> HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body));
            List<CompletableFuture<HttpResponse<Void>>> uploads = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                uploads.add(client.sendAsync(
                        postJson(base, "/anything/json", chunked.get()), HttpResponse.BodyHandlers.discarding()));
            }
            List<Integer> statuses = new ArrayList<>();
            for (var upload : uploads) {
                statuses.add(upload.get(60, TimeUnit.SECONDS).statusCode());
            }
            assertThat(statuses).containsOnly(200, 503).contains(503);
            // Each share came back, the unused part of a chunked one included: one more body fits.
            var alone = client.send(
                    postJson(base, "/anything/json", chunked.get()), HttpResponse.BodyHandlers.discarding());
            assertThat(alone.statusCode()).isEqualTo(200);
            assertThat(served.process().isAlive()).isTrue();
        } finally {
            served.process().destroyForcibly();
        }
    }

    @Test
    void http2ProtocolErrorsOfClientsLogOneLineEachAndNothingWhenQuiet(@TempDir Path dir) throws Exception {
        assertThat(stderrAfterProtocolErrors(dir.resolve("loud.err")))
                .as("one line per connection error, no stack trace")
                .hasSize(3)
                .allSatisfy(line -> assertThat(line).startsWith("httpstatus: HTTP/2 connection from "));
        assertThat(stderrAfterProtocolErrors(dir.resolve("quiet.err"), "--quiet"))
                .isEmpty();
    }

    /** Three connections that each break HTTP/2 (a GOAWAY), then the server's standard error, once it stopped. */
    private static List<String> stderrAfterProtocolErrors(Path errors, String... flags) throws Exception {
        Served served = Served.start(ProcessBuilder.Redirect.to(errors.toFile()), flags);
        try {
            byte[] zeroWindowUpdate = {0, 0, 4, 8, 0, 0, 0, 0, 0, 0, 0, 0, 0};
            byte[] settingsOfFiveOctets = {0, 0, 5, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0};
            byte[] headersOnStreamTwo = {0, 0, 0, 1, 5, 0, 0, 0, 2};
            for (byte[] broken : List.of(zeroWindowUpdate, settingsOfFiveOctets, headersOnStreamTwo)) {
                try (Socket socket =
                        new Socket(served.base().getHost(), served.base().getPort())) {
                    OutputStream out = socket.getOutputStream();
                    out.write("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
                    out.write(new byte[] {0, 0, 0, 4, 0, 0, 0, 0, 0});
                    out.write(broken);
                    out.flush();
                    // The server answers with its SETTINGS and a GOAWAY, then closes: read to the end.
                    socket.getInputStream().readAllBytes();
                }
            }
        } finally {
            served.process().destroy();
            assertThat(served.process().waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        return Files.readAllLines(errors);
    }

    @Test
    void serveRefusesABadSettingWithUsageExitCode() throws Exception {
        Result result = run(LAUNCHER, Map.of("HTTPSTATUS_PORT", "eighty"), "serve");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("HTTPSTATUS_PORT=eighty");
    }

    /** A directory laid out like a JDK whose java is a script, with the release file the launcher reads. */
    private static void fakeJdk(Path home, String version, String body) throws IOException {
        Path java = Files.createDirectories(home.resolve("bin")).resolve("java");
        Files.writeString(java, "#!/bin/sh\n" + body + "\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.writeString(home.resolve("release"), "IMPLEMENTOR=\"test\"\nJAVA_VERSION=\"" + version + "\"\n");
    }

    /** A PATH directory with the tools the launcher uses but no java. */
    private static Path toolsWithout(Path bin) throws IOException {
        Files.createDirectories(bin);
        for (String tool : List.of("bash", "sh", "readlink", "sed", "head", "mv", "rm", "mkdir", "echo", "dirname")) {
            Path real = Path.of("/usr/bin", tool);
            if (!Files.exists(real)) {
                real = Path.of("/bin", tool);
            }
            Files.createSymbolicLink(bin.resolve(tool), real);
        }
        return bin;
    }

    /** The launcher in a project whose jar exists but which has no other state, so no choice is cached. */
    private static Path copyLauncher(Path dir) throws IOException {
        Path project = dir.resolve("launcher-only");
        Files.createDirectories(project.resolve("bin"));
        Files.createDirectories(project.resolve("httpstatus-cli/target"));
        Files.writeString(
                project.resolve("httpstatus-cli/target/httpstatus.jar"), "not a jar: the fake java ignores it");
        Path launcher = project.resolve("bin/httpstatus");
        Files.copy(LAUNCHER, launcher, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
        Files.deleteIfExists(project.resolve("httpstatus-cli/target/java.choice"));
        return launcher;
    }

    /** The project's sources, without build output or version control, as a fresh clone has them. */
    private static void copyProject(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path relative = from.relativize(file);
                String path = relative.toString().replace('\\', '/');
                if (path.equals(".git")
                        || path.startsWith(".git/")
                        || path.equals("target")
                        || path.contains("/target")
                        || path.startsWith("target/")) {
                    continue;
                }
                Path destination = to.resolve(relative);
                if (Files.isDirectory(file)) {
                    Files.createDirectories(destination);
                } else {
                    Files.copy(file, destination, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
        assertThat(new String(Files.readAllBytes(to.resolve("mvnw")), StandardCharsets.UTF_8))
                .isNotEmpty();
    }
}
