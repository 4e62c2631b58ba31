package dev.httpstatus.cli;

import dev.httpstatus.cli.output.Format;
import dev.httpstatus.logs.Filter;
import dev.httpstatus.logs.HtmlReport;
import dev.httpstatus.logs.LogAnalysis;
import dev.httpstatus.logs.LogFormat;
import dev.httpstatus.logs.LogInput;
import dev.httpstatus.logs.LogInputs;
import dev.httpstatus.logs.LogReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code httpstatus logs FILE...}: the status codes of access logs, counted exactly and explained, with the
 * requests that got each error and when. The reading and counting is the httpstatus-logs library's; this class
 * turns options into its calls, and {@link LogsOutput} prints what it found.
 */
@Command(name = "logs", mixinStandardHelpOptions = true, sortOptions = false)
final class LogsCommand implements Callable<Integer> {
    @ParentCommand
    HttpStatusCommand top;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "1..*", descriptionKey = "logs.files")
    List<String> files;

    @Option(names = "--log-format", descriptionKey = "logs.logFormat", paramLabel = "NAME|FORMAT")
    String logFormat;

    @Option(names = "--status", descriptionKey = "logs.status", paramLabel = "LIST")
    String status;

    @Option(names = "--since", descriptionKey = "logs.since", paramLabel = "TIME")
    String since;

    @Option(names = "--until", descriptionKey = "logs.until", paramLabel = "TIME")
    String until;

    @Option(names = "--path", descriptionKey = "logs.path", paramLabel = "GLOB")
    String path;

    @Option(names = "--host", descriptionKey = "logs.host", paramLabel = "NAME")
    String host;

    @Option(names = "--bucket", descriptionKey = "logs.bucket", paramLabel = "1m|1h|1d")
    String bucket;

    @Option(names = "--top", descriptionKey = "logs.top", paramLabel = "N", defaultValue = "5")
    int topCount;

    @Option(names = "--html", descriptionKey = "logs.html", paramLabel = "FILE")
    Path html;

    @Option(names = "--follow", descriptionKey = "logs.follow")
    boolean follow;

    @Option(names = "--interval", descriptionKey = "logs.interval", paramLabel = "SECONDS", defaultValue = "2")
    double interval;

    @Override
    public Integer call() {
        Messages messages = top.messages();
        PrintWriter err = top.context().err();
        // Progress only for someone watching a terminal, on the line the report will then take.
        boolean showProgress = top.format == Format.TEXT && top.context().terminal();
        AtomicBoolean shown = new AtomicBoolean();
        LongConsumer progress = !showProgress
                ? null
                : lines -> {
                    synchronized (err) {
                        err.print("\r" + messages.get("logs.progress", lines));
                        err.flush();
                        shown.set(true);
                    }
                };
        if (topCount < 1) {
            throw new ParameterException(spec.commandLine(), messages.get("logs.error.top", topCount));
        }
        LogAnalysis.Options options = new LogAnalysis.Options(format(), filter(), bucketSeconds(), topCount, progress);
        if (follow) {
            return follow(options, messages);
        }
        List<LogInput> inputs;
        try {
            inputs = LogInputs.expand(files, top.context().in());
        } catch (NoSuchFileException e) {
            return cannotRead(e.getFile());
        }
        PrintWriter out = top.context().out();
        LogAnalysis.Result result;
        try {
            result = LogAnalysis.analyze(inputs, options);
        } catch (IOException | UncheckedIOException e) {
            top.context().err().println("httpstatus logs: " + messages.get("logs.error.input", e.getMessage()));
            return ExitCodes.NO_INPUT;
        }
        if (shown.get()) {
            synchronized (err) {
                err.print("\r\u001b[K");
                err.flush();
            }
        }
        if (html != null) {
            try {
                Files.writeString(
                        html, HtmlReport.of(result, messages.language().locale()));
            } catch (IOException e) {
                err.println("httpstatus logs: " + messages.get("logs.error.html", html, whyNotWritten(e, messages)));
                return ExitCodes.CANNOT_CREATE;
            }
            err.println(messages.get("logs.htmlWritten", html));
        }
        new LogsOutput(messages, top.printer().style(), options.format() != null).print(result, top.format, out);
        out.flush();
        LogReport report = result.report();
        // An empty input is no failure to read: there is simply nothing to report.
        return report.counted() > 0 || report.filteredOut() > 0 || report.lines() == 0
                ? ExitCodes.OK
                : ExitCodes.NOT_FOUND;
    }

    /**
     * Why the HTML report could not be written, in words: the exceptions of java.nio name only the file for the
     * commonest causes (a folder that does not exist, no permission).
     */
    private String whyNotWritten(IOException failure, Messages messages) {
        Path folder = html.toAbsolutePath().getParent();
        if (failure instanceof NoSuchFileException && folder != null && !Files.isDirectory(folder)) {
            return messages.get("logs.error.html.noFolder", folder);
        }
        if (failure instanceof AccessDeniedException) {
            return messages.get("logs.error.html.denied");
        }
        if (failure instanceof FileSystemException problem && problem.getReason() != null) {
            return problem.getReason();
        }
        return String.valueOf(failure.getMessage());
    }

    /** {@code --follow}: one plain file, read as it grows. */
    private int follow(LogAnalysis.Options options, Messages messages) {
        String file = files.get(0);
        if (files.size() != 1 || file.equals("-") || file.endsWith(".gz") || html != null) {
            throw new ParameterException(spec.commandLine(), messages.get("logs.error.follow"));
        }
        if (!Files.isRegularFile(Path.of(file))) {
            return cannotRead(file);
        }
        if (!(interval >= 0.05 && interval <= 3600)) {
            throw new ParameterException(spec.commandLine(), messages.get("logs.error.interval", interval));
        }
        LogsOutput output = new LogsOutput(messages, top.printer().style(), options.format() != null);
        return new LogsFollow(
                        Path.of(file),
                        options,
                        Math.round(interval * 1000),
                        top.context(),
                        output,
                        top.format,
                        messages)
                .run();
    }

    /**
     * An input named on the command line that is not a file to read: exit 66 as for any input that cannot be read
     * (a bad .gz), saying whether it is missing or a directory.
     */
    private int cannotRead(String input) {
        String key = Files.isDirectory(Path.of(input)) ? "logs.error.directory" : "logs.error.noFile";
        top.context().err().println("httpstatus logs: " + top.messages().get(key, input));
        return ExitCodes.NO_INPUT;
    }

    private LogFormat format() {
        return logFormat == null ? null : usage("logs.error.logFormat", logFormat, () -> LogFormat.of(logFormat));
    }

    private Filter filter() {
        Filter filter = Filter.ALL;
        if (status != null) {
            Filter before = filter;
            filter = usage("logs.error.status", status, () -> before.statuses(status));
        }
        if (since != null) {
            Filter before = filter;
            filter = usage("logs.error.time", since, () -> before.since(since));
        }
        if (until != null) {
            Filter before = filter;
            filter = usage("logs.error.time", until, () -> before.until(until));
        }
        if (path != null) {
            filter = filter.path(path);
        }
        return host == null ? filter : filter.host(host);
    }

    /** --bucket as seconds: a number of minutes, hours or days ({@code 15m}, {@code 1h}, {@code 1d}); 0 if absent. */
    private long bucketSeconds() {
        if (bucket == null) {
            return 0;
        }
        String number = bucket.substring(0, Math.max(0, bucket.length() - 1));
        long unit = switch (bucket.isEmpty() ? ' ' : bucket.charAt(bucket.length() - 1)) {
            case 'm' -> 60;
            case 'h' -> 3600;
            case 'd' -> 86_400;
            default -> 0;
        };
        if (unit == 0 || number.isEmpty() || !number.chars().allMatch(Character::isDigit) || number.length() > 6) {
            throw new ParameterException(spec.commandLine(), top.messages().get("logs.error.bucket", bucket));
        }
        long seconds = Long.parseLong(number) * unit;
        if (seconds == 0) {
            throw new ParameterException(spec.commandLine(), top.messages().get("logs.error.bucket", bucket));
        }
        return seconds;
    }

    /** A value the library refused, as a usage error in the command's language ({1} is the library's reason). */
    private <T> T usage(String key, String given, Supplier<T> value) {
        try {
            return value.get();
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), top.messages().get(key, given, e.getMessage()));
        }
    }
}
