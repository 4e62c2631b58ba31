package dev.httpstatus.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.httpstatus.StatusClass;
import dev.httpstatus.StatusText;
import dev.httpstatus.cli.output.Format;
import dev.httpstatus.cli.output.Style;
import dev.httpstatus.logs.CodeMeaning;
import dev.httpstatus.logs.Finding;
import dev.httpstatus.logs.LogAnalysis;
import dev.httpstatus.logs.LogFormat;
import dev.httpstatus.logs.LogReport;
import dev.httpstatus.logs.LogReport.Bucket;
import dev.httpstatus.logs.LogReport.Count;
import dev.httpstatus.logs.LogReport.ErrorCode;
import dev.httpstatus.logs.LogReport.Spike;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Prints the report of {@code logs} in the format asked for: text for people, JSON, CSV or Markdown for tools. */
final class LogsOutput {
    private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final Messages messages;
    private final Style style;
    private final boolean formatGiven;
    private final Locale locale;

    LogsOutput(Messages messages, Style style, boolean formatGiven) {
        this.messages = messages;
        this.style = style;
        this.formatGiven = formatGiven;
        this.locale = messages.language().locale();
    }

    void print(LogAnalysis.Result result, Format format, PrintWriter out) {
        switch (format) {
            case JSON -> out.println(json(result));
            case CSV -> csv(result.report(), out);
            case MARKDOWN -> markdown(result.report(), out);
            case TEXT, PLAIN -> text(result, out);
        }
    }

    /** The explanation of a code from the registry, unofficial codes included; empty for a number it lacks. */
    Optional<StatusText> explanation(int code) {
        return CodeMeaning.of(code, locale);
    }

    private String title(int code) {
        return explanation(code).map(StatusText::title).orElse(messages.get("logs.unknownCode"));
    }

    private static String code(int code) {
        return String.format(Locale.ROOT, "%03d", code);
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f%%", share * 100);
    }

    private static String share(long part, long whole) {
        return whole == 0 ? "0.0%" : percent((double) part / whole);
    }

    private String colouredCode(int code) {
        return style.code(code(code), StatusClass.of(code));
    }

    // ---------------------------------------------------------------- text

    private void text(LogAnalysis.Result result, PrintWriter out) {
        LogReport report = result.report();
        result.formats()
                .forEach((input, format) -> out.println(style.dim(
                        result.empty().contains(input)
                                ? messages.get("logs.input.empty", input)
                                : inputLine(input, format))));
        out.println(
                messages.get("logs.summary", report.lines(), report.counted(), report.filteredOut(), report.unread()));
        if (report.directives() > 0) {
            out.println(style.dim(messages.get("logs.directives", report.directives())));
        }
        span(report).ifPresent(out::println);
        out.println(style.dim(messages.get("logs.exact")));
        if (report.counted() == 0) {
            out.println(messages.get("logs.nothing"));
        } else {
            classes(report, out);
            codes(report, out);
            findings(report, out);
            errors(report, out);
            timeline(report, out);
        }
        unread(report, out);
    }

    private String inputLine(String input, Optional<LogFormat> format) {
        if (format.isEmpty()) {
            return messages.get("logs.input.unknown", input);
        }
        return messages.get(
                formatGiven ? "logs.input" : "logs.input.detected",
                input,
                format.get().name());
    }

    private Optional<String> span(LogReport report) {
        List<Bucket> buckets = report.timeline().buckets();
        if (buckets.isEmpty()) {
            return Optional.empty();
        }
        int offset = report.timeline().offsetSeconds();
        long end = buckets.get(buckets.size() - 1).start() + report.timeline().bucketSeconds();
        return Optional.of(messages.get(
                "logs.span",
                at(buckets.get(0).start(), offset, DAY_AND_TIME),
                at(end, offset, DAY_AND_TIME),
                zone(offset)));
    }

    private static String at(long epochSecond, int offset, DateTimeFormatter formatter) {
        return LocalDateTime.ofInstant(Instant.ofEpochSecond(epochSecond), ZoneOffset.ofTotalSeconds(offset))
                .format(formatter);
    }

    private static String zone(int offset) {
        return offset == 0 ? "+00:00" : ZoneOffset.ofTotalSeconds(offset).getId();
    }

    private void classes(LogReport report, PrintWriter out) {
        out.println();
        out.println(style.bold(messages.get("logs.byClass")));
        for (int digit = 1; digit <= 5; digit++) {
            long count = report.ofClass(digit);
            if (count > 0) {
                out.printf(
                        "  %s %10d %7s%n",
                        style.code(digit + "xx", StatusClass.of(digit * 100)), count, share(count, report.counted()));
            }
        }
        long other = report.ofOtherClass();
        if (other > 0) {
            // The label is wider than "5xx": the count takes fewer columns, so that it ends where the others do.
            String label = messages.get("logs.otherClass");
            out.printf(
                    "  %s %" + Math.max(1, 13 - columns(label)) + "d %7s%n",
                    style.code(label, StatusClass.UNKNOWN),
                    other,
                    share(other, report.counted()));
        }
    }

    private void codes(LogReport report, PrintWriter out) {
        out.println();
        out.println(style.bold(messages.get("logs.byCode")));
        for (Map.Entry<Integer, Long> entry : report.codes().entrySet()) {
            int code = entry.getKey();
            out.printf(
                    "  %s %10d %7s  %s%n",
                    colouredCode(code), entry.getValue(), share(entry.getValue(), report.counted()), title(code));
            explanation(code).ifPresent(text -> out.println("                          " + style.dim(text.summary())));
        }
    }

    /** What to act on, each with the registry's typical causes of its code. */
    private void findings(LogReport report, PrintWriter out) {
        if (report.findings().isEmpty()) {
            return;
        }
        out.println();
        out.println(style.bold(messages.get("logs.findings")));
        int offset = report.timeline().offsetSeconds();
        for (Finding finding : report.findings()) {
            out.println("  " + colouredCode(finding.code()) + " " + finding(finding, offset));
            Optional<StatusText> text = explanation(finding.code());
            if (text.isPresent() && advises(finding.kind())) {
                out.println("      " + style.dim(messages.get("label.action")));
                out.println("        · " + style.dim(text.get().clientAction()));
            } else if (text.isPresent() && !text.get().causes().isEmpty()) {
                out.println("      " + style.dim(messages.get("label.causes")));
                text.get().causes().stream().limit(2).forEach(cause -> out.println("        · " + style.dim(cause)));
            }
        }
    }

    /** Whether a finding is followed by the registry's advice (what to do) rather than its causes. */
    static boolean advises(Finding.Kind kind) {
        return kind == Finding.Kind.RATE_LIMIT_BURST
                || kind == Finding.Kind.REDIRECTED_OFTEN
                || kind == Finding.Kind.REDIRECT_CHAIN;
    }

    private String finding(Finding finding, int offset) {
        return messages.get(
                "logs.finding." + finding.kind().name(),
                title(finding.code()),
                finding.count(),
                percent(finding.share()),
                finding.clientCount(),
                LogReport.printable(finding.client()),
                paths(finding.paths()),
                at(finding.start(), offset, DAY_AND_TIME),
                at(finding.end(), offset, TIME));
    }

    /** {@code /a (40), /b (30)}. */
    private static String paths(List<Count> paths) {
        StringBuilder text = new StringBuilder();
        for (Count path : paths) {
            text.append(text.length() == 0 ? "" : ", ")
                    .append(LogReport.printable(path.value()))
                    .append(" (")
                    .append(path.count())
                    .append(')');
        }
        return text.toString();
    }

    private void errors(LogReport report, PrintWriter out) {
        for (ErrorCode error : report.errors()) {
            out.println();
            out.println(colouredCode(error.code()) + " " + style.bold(title(error.code())) + "  "
                    + messages.get("logs.errorHeading", error.count(), error.distinctPaths(), error.distinctClients()));
            list(messages.get("logs.paths"), error.paths(), out);
            list(messages.get("logs.clients"), error.clients(), out);
            list(messages.get("logs.methods"), error.methods(), out);
            list(messages.get("logs.referrers"), error.referrers(), out);
        }
    }

    private void list(String label, List<Count> counts, PrintWriter out) {
        boolean first = true;
        for (Count count : counts) {
            out.printf(
                    "  %s %8d  %s%n",
                    pad(first ? label : "", 10),
                    count.count(),
                    count.value().isEmpty() || count.value().equals("-")
                            ? messages.get("logs.none")
                            : LogReport.printable(count.value()));
            first = false;
        }
    }

    /** {@code text} padded on the right to {@code columns} terminal columns. */
    static String pad(String text, int columns) {
        return text + " ".repeat(Math.max(0, columns - columns(text)));
    }

    /** {@code text} padded on the left to {@code columns} terminal columns. */
    static String padLeft(String text, int columns) {
        return " ".repeat(Math.max(0, columns - columns(text))) + text;
    }

    /** The terminal columns {@code text} takes: two for a CJK or full-width character, one for any other. */
    static int columns(String text) {
        int width = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean wide = (c >= 0x1100 && c <= 0x115f)
                    || (c >= 0x2e80 && c <= 0xa4cf)
                    || (c >= 0xac00 && c <= 0xd7a3)
                    || (c >= 0xf900 && c <= 0xfaff)
                    || (c >= 0xfe30 && c <= 0xfe4f)
                    || (c >= 0xff00 && c <= 0xff60);
            width += wide ? 2 : 1;
        }
        return width;
    }

    private void timeline(LogReport report, PrintWriter out) {
        LogReport.Timeline timeline = report.timeline();
        if (timeline.buckets().size() < 2) {
            return;
        }
        int offset = timeline.offsetSeconds();
        List<Bucket> buckets = timeline.buckets();
        boolean oneDay = at(buckets.get(0).start(), offset, DateTimeFormatter.ISO_LOCAL_DATE)
                .equals(at(buckets.get(buckets.size() - 1).start(), offset, DateTimeFormatter.ISO_LOCAL_DATE));
        DateTimeFormatter formatter = oneDay ? TIME : DAY_AND_TIME;
        out.println();
        out.println(style.bold(messages.get("logs.timeline", width(timeline.bucketSeconds()), zone(offset))));
        String requests = messages.get("logs.requests");
        out.printf(
                "  %-" + (oneDay ? 5 : 16) + "s %s %7s %7s %7s %7s%n",
                "",
                padLeft(requests, 10),
                "2xx",
                "3xx",
                "4xx",
                "5xx");
        boolean gap = false;
        for (Bucket bucket : buckets) {
            long total = bucket.total();
            if (total == 0) {
                // A run of empty buckets is one line: a log written in bursts would otherwise be mostly zeros.
                if (!gap) {
                    out.println("  " + style.dim(messages.get("logs.gap")));
                }
                gap = true;
                continue;
            }
            gap = false;
            out.printf(
                    "  %s %10d %7s %7s %s %s%n",
                    at(bucket.start(), offset, formatter),
                    total,
                    share(bucket.ofClass(2), total),
                    share(bucket.ofClass(3), total),
                    style.code(
                            String.format(Locale.ROOT, "%7s", share(bucket.ofClass(4), total)),
                            StatusClass.CLIENT_ERROR),
                    style.code(
                            String.format(Locale.ROOT, "%7s", share(bucket.ofClass(5), total)),
                            StatusClass.SERVER_ERROR));
        }
        out.println();
        if (report.spikes().isEmpty()) {
            out.println(messages.get("logs.noSpike"));
        }
        for (Spike spike : report.spikes()) {
            out.println(style.bold(spike(spike, offset, formatter)));
        }
        if (report.untimed() > 0) {
            out.println(messages.get("logs.untimed", report.untimed()));
        }
    }

    private String spike(Spike spike, int offset, DateTimeFormatter formatter) {
        return messages.get(
                "logs.spike",
                spike.classDigit() + "xx",
                percent(spike.fromShare()),
                percent(spike.toShare()),
                at(spike.fromStart(), offset, formatter),
                at(spike.start(), offset, formatter));
    }

    private String width(long seconds) {
        if (seconds % 86_400 == 0) {
            return messages.get("logs.days", seconds / 86_400);
        }
        if (seconds % 3600 == 0) {
            return messages.get("logs.hours", seconds / 3600);
        }
        return messages.get("logs.minutes", seconds / 60);
    }

    private void unread(LogReport report, PrintWriter out) {
        if (report.unread() == 0) {
            return;
        }
        out.println();
        out.println(style.bold(messages.get(
                "logs.unread", report.unread(), report.unreadSamples().size())));
        for (LogReport.Unread line : report.unreadSamples()) {
            out.println("  " + line.input() + ":" + line.lineNumber() + ": " + LogReport.printable(line.text()));
        }
    }

    // ---------------------------------------------------------------- JSON

    /** The JSON of {@code result} on one line: what {@code --follow --format json} appends at each update. */
    String jsonLine(LogAnalysis.Result result) {
        return json(result, new ObjectMapper());
    }

    private String json(LogAnalysis.Result result) {
        return json(result, new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT));
    }

    private String json(LogAnalysis.Result result, ObjectMapper mapper) {
        LogReport report = result.report();
        ObjectNode root = mapper.createObjectNode();
        ArrayNode inputs = root.putArray("inputs");
        result.formats()
                .forEach((input, format) -> inputs.addObject()
                        .put("name", input)
                        .put("format", format.map(LogFormat::name).orElse(null))
                        .put("detected", !formatGiven));
        root.put("lines", report.lines())
                .put("counted", report.counted())
                .put("filteredOut", report.filteredOut())
                .put("unread", report.unread())
                .put("untimed", report.untimed())
                .put("directives", report.directives())
                .put("exact", true);
        ObjectNode classes = root.putObject("classes");
        for (int digit = 1; digit <= 5; digit++) {
            classes.put(digit + "xx", report.ofClass(digit));
        }
        // Codes outside 100-599 (999 in a log), so that the classes add up to "counted".
        classes.put("other", report.ofOtherClass());
        ArrayNode codes = root.putArray("codes");
        report.codes().forEach((code, count) -> {
            ObjectNode node = codes.addObject().put("code", code).put("count", count);
            explanation(code).ifPresent(text -> node.put("title", text.title()).put("summary", text.summary()));
        });
        ArrayNode errors = root.putArray("errors");
        for (ErrorCode error : report.errors()) {
            ObjectNode node = errors.addObject()
                    .put("code", error.code())
                    .put("count", error.count())
                    .put("distinctPaths", error.distinctPaths())
                    .put("distinctClients", error.distinctClients());
            counts(node.putArray("paths"), error.paths());
            counts(node.putArray("clients"), error.clients());
            counts(node.putArray("methods"), error.methods());
            counts(node.putArray("referrers"), error.referrers());
        }
        LogReport.Timeline timeline = report.timeline();
        ZoneOffset offset = ZoneOffset.ofTotalSeconds(timeline.offsetSeconds());
        ObjectNode time = root.putObject("timeline")
                .put("bucketSeconds", timeline.bucketSeconds())
                .put("offset", zone(timeline.offsetSeconds()));
        ArrayNode buckets = time.putArray("buckets");
        for (Bucket bucket : timeline.buckets()) {
            ObjectNode node = buckets.addObject()
                    .put(
                            "start",
                            Instant.ofEpochSecond(bucket.start())
                                    .atOffset(offset)
                                    .toString())
                    .put("total", bucket.total());
            ObjectNode byCode = node.putObject("codes");
            bucket.codes().forEach((code, count) -> byCode.put(code(code), count));
        }
        ArrayNode findings = root.putArray("findings");
        for (Finding finding : report.findings()) {
            ObjectNode node = findings.addObject()
                    .put("kind", finding.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'))
                    .put("code", finding.code())
                    .put("count", finding.count())
                    .put("share", finding.share());
            if (!finding.client().isEmpty()) {
                node.put("client", finding.client()).put("clientCount", finding.clientCount());
            }
            if (!finding.paths().isEmpty()) {
                counts(node.putArray("paths"), finding.paths());
            }
            if (finding.kind() == Finding.Kind.RATE_LIMIT_BURST) {
                node.put(
                                "start",
                                Instant.ofEpochSecond(finding.start())
                                        .atOffset(offset)
                                        .toString())
                        .put(
                                "end",
                                Instant.ofEpochSecond(finding.end())
                                        .atOffset(offset)
                                        .toString());
            }
            node.put("text", finding(finding, timeline.offsetSeconds()));
            explanation(finding.code()).ifPresent(text -> {
                ArrayNode causes = node.putArray("causes");
                text.causes().forEach(causes::add);
                node.put("action", text.clientAction());
            });
        }
        ArrayNode spikes = root.putArray("spikes");
        for (Spike spike : report.spikes()) {
            spikes.addObject()
                    .put("class", spike.classDigit() + "xx")
                    .put("fromShare", spike.fromShare())
                    .put("toShare", spike.toShare())
                    .put(
                            "fromStart",
                            Instant.ofEpochSecond(spike.fromStart())
                                    .atOffset(offset)
                                    .toString())
                    .put(
                            "start",
                            Instant.ofEpochSecond(spike.start())
                                    .atOffset(offset)
                                    .toString())
                    .put(
                            "end",
                            Instant.ofEpochSecond(spike.end()).atOffset(offset).toString())
                    .put("text", spike(spike, timeline.offsetSeconds(), DAY_AND_TIME));
        }
        ArrayNode unread = root.putArray("unreadSamples");
        for (LogReport.Unread line : report.unreadSamples()) {
            unread.addObject()
                    .put("input", line.input())
                    .put("line", line.lineNumber())
                    .put("text", line.text());
        }
        try {
            return mapper.writeValueAsString(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void counts(ArrayNode array, List<Count> counts) {
        for (Count count : counts) {
            array.addObject().put("value", count.value()).put("count", count.count());
        }
    }

    // ---------------------------------------------------------------- CSV and Markdown

    /** One row per code: the table a spreadsheet wants. */
    private void csv(LogReport report, PrintWriter out) {
        out.print("code,count,share,title\r\n");
        report.codes()
                .forEach((code, count) -> out.print(code(code) + "," + count + "," + share(count, report.counted())
                        + "," + csvField(title(code)) + "\r\n"));
    }

    private static String csvField(String value) {
        return value.contains(",") || value.contains("\"") || value.contains("\n")
                ? "\"" + value.replace("\"", "\"\"") + "\""
                : value;
    }

    /** The codes, then each error code's paths, as Markdown tables for an issue or a post-mortem. */
    private void markdown(LogReport report, PrintWriter out) {
        out.println("| " + messages.get("column.code") + " | " + messages.get("logs.requests") + " | % | "
                + messages.get("column.title") + " |");
        out.println("|---|---:|---:|---|");
        report.codes()
                .forEach((code, count) -> out.println("| " + code(code) + " | " + count + " | "
                        + share(count, report.counted()) + " | " + markdownCell(title(code)) + " |"));
        for (ErrorCode error : report.errors()) {
            out.println();
            out.println("### " + code(error.code()) + " " + markdownCell(title(error.code())));
            out.println();
            out.println("| " + messages.get("logs.paths") + " | " + messages.get("logs.requests") + " |");
            out.println("|---|---:|");
            for (Count path : error.paths()) {
                out.println("| `" + path.value().replace("`", "'") + "` | " + path.count() + " |");
            }
        }
    }

    private static String markdownCell(String value) {
        return value.replace("|", "\\|");
    }
}
