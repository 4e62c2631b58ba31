package dev.httpstatus.server;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * curl, for what the JDK's client cannot show: content codings it does not decode (br) and trailers, over HTTP/1.1
 * and HTTP/2. A machine without curl fails here with the command that installs it, and never skips.
 */
final class Curl {
    private static final File CURL = new File("/usr/bin/curl");

    private Curl() {}

    /** What curl writes on standard output for {@code arguments}, silent and failing on no status. */
    static String run(String... arguments) throws IOException, InterruptedException {
        Result result = exec(arguments);
        if (result.exitCode() != 0) {
            throw new IllegalStateException("curl " + String.join(" ", arguments) + " failed: " + result.err());
        }
        return result.out();
    }

    /** What curl says on standard error for {@code arguments}, which must fail. */
    static String failure(String... arguments) throws IOException, InterruptedException {
        Result result = exec(arguments);
        if (result.exitCode() == 0) {
            throw new IllegalStateException("curl " + String.join(" ", arguments) + " succeeded: " + result.out());
        }
        return result.err();
    }

    private record Result(int exitCode, String out, String err) {}

    private static Result exec(String... arguments) throws IOException, InterruptedException {
        if (!CURL.canExecute()) {
            throw new IllegalStateException("this test needs curl: apt-get install curl");
        }
        List<String> command = new ArrayList<>(List.of(CURL.getPath(), "--silent", "--show-error", "--max-time", "20"));
        command.addAll(List.of(arguments));
        Process curl = new ProcessBuilder(command).redirectErrorStream(false).start();
        byte[] out = curl.getInputStream().readAllBytes();
        String err = new String(curl.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!curl.waitFor(30, TimeUnit.SECONDS)) {
            curl.destroyForcibly();
            throw new IllegalStateException("curl " + String.join(" ", arguments) + " did not end");
        }
        return new Result(curl.exitValue(), new String(out, StandardCharsets.UTF_8), err);
    }
}
