package dev.httpstatus.cli;

import dev.httpstatus.cli.output.Format;
import dev.httpstatus.logs.LogAnalysis;
import dev.httpstatus.logs.LogFollower;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * {@code httpstatus logs FILE --follow}: a live view of a growing log. Every interval, the lines appended since
 * the last look are counted, and when there were any the report is printed again: on a terminal in place of the
 * last one, elsewhere after it, and with {@code --format json} as one JSON line each time. Ctrl-C (or SIGTERM)
 * ends it cleanly: the last lines are read, the report printed a last time, and the exit status is 0.
 */
final class LogsFollow {
    /** How long a stop asked for by a signal waits for the last report before the JVM ends anyway. */
    private static final long LAST_REPORT_SECONDS = 10;

    private final Path file;
    private final LogAnalysis.Options options;
    private final long intervalMillis;
    private final Context context;
    private final LogsOutput output;
    private final Format format;
    private final Messages messages;
    private final Object wake = new Object();
    private final CountDownLatch finished = new CountDownLatch(1);
    private volatile boolean stopping;

    LogsFollow(
            Path file,
            LogAnalysis.Options options,
            long intervalMillis,
            Context context,
            LogsOutput output,
            Format format,
            Messages messages) {
        this.file = file;
        this.options = options;
        this.intervalMillis = intervalMillis;
        this.context = context;
        this.output = output;
        this.format = format;
        this.messages = messages;
    }

    /** Follows until stopped by a signal; the exit status. */
    int run() {
        Thread hook = new Thread(this::stopAndHalt, "httpstatus-logs-follow-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            return follow();
        } finally {
            finished.countDown();
            if (!stopping) {
                Runtime.getRuntime().removeShutdownHook(hook);
            }
        }
    }

    private int follow() {
        LogFollower follower = new LogFollower(file, options);
        PrintWriter err = context.err();
        err.println(messages.get("logs.following", file));
        err.flush();
        boolean first = true;
        try {
            while (!stopping) {
                if (follower.poll() || first) {
                    print(follower);
                    first = false;
                }
                synchronized (wake) {
                    if (!stopping) {
                        wake.wait(intervalMillis);
                    }
                }
            }
            // The lines written between the last look and the signal count too.
            follower.poll();
            print(follower);
            return ExitCodes.OK;
        } catch (IOException e) {
            err.println("httpstatus logs: " + messages.get("logs.error.input", e.getMessage()));
            err.flush();
            return ExitCodes.NO_INPUT;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ExitCodes.OK;
        }
    }

    private void print(LogFollower follower) {
        PrintWriter out = context.out();
        if (format == Format.JSON) {
            out.println(output.jsonLine(follower.result()));
        } else {
            if (context.terminal()) {
                // Home and clear: the new report takes the place of the last, as top(1) does.
                out.print("\u001b[H\u001b[2J");
            }
            output.print(follower.result(), format, out);
            out.println();
        }
        out.flush();
    }

    /**
     * The shutdown hook: asks the loop to stop, waits for its last report, then ends with 0, since a stop asked
     * for is no failure (the JVM would otherwise end with 128 plus the signal's number).
     */
    private void stopAndHalt() {
        stopping = true;
        synchronized (wake) {
            wake.notifyAll();
        }
        try {
            finished.await(LAST_REPORT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        context.out().flush();
        context.err().flush();
        Runtime.getRuntime().halt(ExitCodes.OK);
    }
}
