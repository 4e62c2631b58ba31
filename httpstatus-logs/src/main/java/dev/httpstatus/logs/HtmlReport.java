package dev.httpstatus.logs;

import dev.httpstatus.StatusText;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * A report as one self-contained HTML file: inline CSS in the reference site's colours, inline SVG charts (codes
 * over time stacked by class, the most frequent codes), no script, nothing fetched, so that it can be mailed or
 * opened offline. Every text comes from {@code report.properties} or {@code report_zh.properties}, and the codes'
 * meanings from the registry.
 */
public final class HtmlReport {
    private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    /** How many codes the bar chart shows. */
    private static final int TOP_CODES = 10;

    private final Locale locale;
    private final Properties texts;
    private final Properties english;

    private HtmlReport(Locale locale) {
        this.locale = locale;
        this.english = load("report.properties");
        this.texts = locale.getLanguage().equals("zh") ? load("report_zh.properties") : english;
    }

    /** The HTML of {@code result}, in Chinese for a Chinese {@code locale} and in English otherwise. */
    public static String of(LogAnalysis.Result result, Locale locale) {
        return new HtmlReport(locale).page(result);
    }

    private static Properties load(String name) {
        Properties properties = new Properties();
        try (InputStream in = HtmlReport.class.getResourceAsStream(name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    private static String template() {
        try (InputStream in = HtmlReport.class.getResourceAsStream("report.html")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of {@code key} with its arguments, escaped for HTML. */
    private String text(String key, Object... arguments) {
        String pattern = texts.getProperty(key, english.getProperty(key));
        return escape(new MessageFormat(pattern, locale).format(arguments));
    }

    private String page(LogAnalysis.Result result) {
        LogReport report = result.report();
        StringBuilder body = new StringBuilder();
        body.append("<h1>").append(text("title")).append("</h1>\n");
        summary(result, body);
        if (report.counted() == 0) {
            body.append("<p>").append(text("nothing")).append("</p>\n");
        } else {
            classes(report, body);
            timeline(report, body);
            topCodes(report, body);
            codes(report, body);
            findings(report, body);
            errors(report, body);
        }
        unread(report, body);
        return template()
                .replace("${lang}", locale.getLanguage().equals("zh") ? "zh-Hans" : "en")
                .replace("${title}", text("title"))
                .replace("${footer}", text("footer"))
                .replace("${body}", body);
    }

    private void summary(LogAnalysis.Result result, StringBuilder body) {
        LogReport report = result.report();
        body.append("<p class=\"lead\">")
                .append(text("summary", report.lines(), report.counted(), report.filteredOut(), report.unread()))
                .append("</p>\n<ul class=\"hint\">\n");
        result.formats()
                .forEach((input, format) -> body.append("<li>")
                        .append(
                                result.empty().contains(input)
                                        ? text("input.empty", input)
                                        : format.map(f -> text("input", input, f.name()))
                                                .orElse(text("input.unknown", input)))
                        .append("</li>\n"));
        body.append("</ul>\n");
        if (report.directives() > 0) {
            body.append("<p class=\"hint\">")
                    .append(text("directives", report.directives()))
                    .append("</p>\n");
        }
        List<LogReport.Bucket> buckets = report.timeline().buckets();
        if (!buckets.isEmpty()) {
            int offset = report.timeline().offsetSeconds();
            long end =
                    buckets.get(buckets.size() - 1).start() + report.timeline().bucketSeconds();
            body.append("<p>")
                    .append(text(
                            "span",
                            at(buckets.get(0).start(), offset, DAY_AND_TIME),
                            at(end, offset, DAY_AND_TIME),
                            zone(offset)))
                    .append("</p>\n");
        }
        body.append("<p class=\"hint\">").append(text("exact")).append("</p>\n");
    }

    private void classes(LogReport report, StringBuilder body) {
        body.append("<h2 id=\"classes\">")
                .append(text("byClass"))
                .append("</h2>\n<table>\n<tr><th>")
                .append(text("class"))
                .append("</th><th>")
                .append(text("requests"))
                .append("</th><th>")
                .append(text("share"))
                .append("</th></tr>\n");
        for (int digit = 1; digit <= 5; digit++) {
            long count = report.ofClass(digit);
            if (count > 0) {
                row(body, "c" + digit, digit + "xx", count, report.counted());
            }
        }
        long other = report.ofOtherClass();
        if (other > 0) {
            row(body, "c0", text("otherClass"), other, report.counted());
        }
        body.append("</table>\n");
    }

    private static void row(StringBuilder body, String css, String label, long count, long whole) {
        body.append("<tr class=\"")
                .append(css)
                .append("\"><td class=\"num\">")
                .append(label)
                .append("</td><td class=\"n\">")
                .append(count)
                .append("</td><td class=\"n\">")
                .append(share(count, whole))
                .append("</td></tr>\n");
    }

    /** Codes over time: one bar per bucket, its classes stacked, 2xx at the bottom. */
    private void timeline(LogReport report, StringBuilder body) {
        LogReport.Timeline timeline = report.timeline();
        List<LogReport.Bucket> buckets = timeline.buckets();
        if (buckets.isEmpty()) {
            return;
        }
        int offset = timeline.offsetSeconds();
        DateTimeFormatter formatter = oneDay(buckets, offset) ? TIME : DAY_AND_TIME;
        body.append("<h2 id=\"timeline\">")
                .append(text("timeline", width(timeline.bucketSeconds()), zone(offset)))
                .append("</h2>\n");
        long max = 1;
        for (LogReport.Bucket bucket : buckets) {
            max = Math.max(max, bucket.total());
        }
        int bar = Math.max(2, Math.min(24, 900 / buckets.size()));
        int chartWidth = Math.max(600, buckets.size() * bar);
        int left = 56;
        int height = 220;
        int top = 12;
        int bottom = 28;
        int plot = height - top - bottom;
        body.append(String.format(
                Locale.ROOT,
                "<svg class=\"chart timeline\" role=\"img\" viewBox=\"0 0 %d %d\" aria-label=\"%s\">\n",
                left + chartWidth + 8,
                height,
                text("timeline.chart")));
        body.append(String.format(
                Locale.ROOT,
                "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%d</text><text x=\"%d\" y=\"%d\" text-anchor=\"end\">0</text>\n",
                left - 6,
                top + 10,
                max,
                left - 6,
                top + plot));
        for (int i = 0; i < buckets.size(); i++) {
            LogReport.Bucket bucket = buckets.get(i);
            double x = left + (double) i * chartWidth / buckets.size();
            double y = top + plot;
            StringBuilder tip = new StringBuilder(at(bucket.start(), offset, formatter));
            for (int digit : new int[] {2, 3, 1, 4, 5, 0}) {
                long count = digit == 0 ? bucket.ofOtherClass() : bucket.ofClass(digit);
                if (count == 0) {
                    continue;
                }
                double h = (double) count * plot / max;
                y -= h;
                body.append(String.format(
                        Locale.ROOT,
                        "<rect class=\"f%d\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\"></rect>",
                        digit,
                        x,
                        y,
                        Math.max(1, (double) chartWidth / buckets.size() - 1),
                        h));
                tip.append(", ")
                        .append(digit == 0 ? text("otherClass") : digit + "xx")
                        .append(' ')
                        .append(count);
            }
            body.append(String.format(
                    Locale.ROOT,
                    "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"transparent\"><title>%s</title></rect>\n",
                    x,
                    top,
                    (double) chartWidth / buckets.size(),
                    plot,
                    escape(tip.toString())));
        }
        for (int i : new int[] {0, buckets.size() / 2, buckets.size() - 1}) {
            double x = left + (double) i * chartWidth / buckets.size();
            body.append(String.format(
                    Locale.ROOT,
                    "<text x=\"%.1f\" y=\"%d\">%s</text>\n",
                    Math.min(x, left + chartWidth - 100),
                    height - 8,
                    escape(at(buckets.get(i).start(), offset, formatter))));
        }
        body.append("</svg>\n");
        legend(body, report.ofOtherClass() > 0);
        for (LogReport.Spike spike : report.spikes()) {
            body.append("<p class=\"spike\">")
                    .append(text(
                            "spike",
                            spike.classDigit() + "xx",
                            percent(spike.fromShare()),
                            percent(spike.toShare()),
                            at(spike.fromStart(), offset, formatter),
                            at(spike.start(), offset, formatter)))
                    .append("</p>\n");
        }
        if (report.spikes().isEmpty() && buckets.size() > 1) {
            body.append("<p>").append(text("noSpike")).append("</p>\n");
        }
        if (report.untimed() > 0) {
            body.append("<p class=\"hint\">")
                    .append(text("untimed", report.untimed()))
                    .append("</p>\n");
        }
    }

    /** The classes' colours, and the one of codes outside 100-599 when the chart has any, so that no bar goes unnamed. */
    private void legend(StringBuilder body, boolean other) {
        body.append("<ul class=\"legend\">");
        for (int digit = 1; digit <= 5; digit++) {
            body.append("<li class=\"c")
                    .append(digit)
                    .append("\"><span></span>")
                    .append(digit)
                    .append("xx</li>");
        }
        if (other) {
            body.append("<li class=\"c0\"><span></span>")
                    .append(text("otherClass"))
                    .append("</li>");
        }
        body.append("</ul>\n");
    }

    /** The most frequent codes as horizontal bars in their class's colour. */
    private void topCodes(LogReport report, StringBuilder body) {
        List<Map.Entry<Integer, Long>> top = new ArrayList<>(report.codes().entrySet());
        top.sort(Map.Entry.<Integer, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        top = top.subList(0, Math.min(TOP_CODES, top.size()));
        long max = top.get(0).getValue();
        int row = 26;
        int height = top.size() * row + 8;
        int left = 260;
        int width = 600;
        body.append("<h2 id=\"top-codes\">").append(text("topCodes")).append("</h2>\n");
        body.append(String.format(
                Locale.ROOT,
                "<svg class=\"chart codes\" role=\"img\" viewBox=\"0 0 %d %d\" aria-label=\"%s\">\n",
                left + width + 90,
                height,
                text("topCodes.chart")));
        for (int i = 0; i < top.size(); i++) {
            int code = top.get(i).getKey();
            long count = top.get(i).getValue();
            int y = 4 + i * row;
            double w = Math.max(1, (double) count * width / max);
            body.append(String.format(
                    Locale.ROOT,
                    "<text x=\"4\" y=\"%d\">%03d %s</text><rect class=\"f%d\" x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"%d\">"
                            + "<title>%03d: %d</title></rect><text x=\"%.1f\" y=\"%d\">%d</text>\n",
                    y + 16,
                    code,
                    escape(shorten(title(code), 30)),
                    classDigit(code),
                    left,
                    y + 2,
                    w,
                    row - 8,
                    code,
                    count,
                    left + w + 6,
                    y + 16,
                    count));
        }
        body.append("</svg>\n");
    }

    private void codes(LogReport report, StringBuilder body) {
        body.append("<h2 id=\"codes\">")
                .append(text("byCode"))
                .append("</h2>\n<table>\n<tr><th>")
                .append(text("code"))
                .append("</th><th>")
                .append(text("requests"))
                .append("</th><th>")
                .append(text("share"))
                .append("</th><th>")
                .append(text("codeTitle"))
                .append("</th></tr>\n");
        report.codes().forEach((code, count) -> {
            body.append("<tr class=\"c")
                    .append(classDigit(code))
                    .append("\"><td class=\"num\">")
                    .append(String.format(Locale.ROOT, "%03d", code))
                    .append("</td><td class=\"n\">")
                    .append(count)
                    .append("</td><td class=\"n\">")
                    .append(share(count, report.counted()))
                    .append("</td><td><b>")
                    .append(escape(title(code)))
                    .append("</b>");
            explanation(code).ifPresent(t -> body.append("<br>").append(escape(t.summary())));
            body.append("</td></tr>\n");
        });
        body.append("</table>\n");
    }

    private void findings(LogReport report, StringBuilder body) {
        if (report.findings().isEmpty()) {
            return;
        }
        int offset = report.timeline().offsetSeconds();
        body.append("<h2 id=\"findings\">").append(text("findings")).append("</h2>\n");
        for (Finding finding : report.findings()) {
            body.append("<div class=\"finding c")
                    .append(classDigit(finding.code()))
                    .append("\"><p><span class=\"num\">")
                    .append(String.format(Locale.ROOT, "%03d", finding.code()))
                    .append("</span> ")
                    .append(text(
                            "finding." + finding.kind().name(),
                            title(finding.code()),
                            finding.count(),
                            percent(finding.share()),
                            finding.clientCount(),
                            finding.client(),
                            paths(finding.paths()),
                            at(finding.start(), offset, DAY_AND_TIME),
                            at(finding.end(), offset, TIME)))
                    .append("</p>\n");
            Optional<StatusText> explanation = explanation(finding.code());
            if (explanation.isPresent() && advises(finding.kind())) {
                body.append("<p class=\"hint\">")
                        .append(text("action"))
                        .append("</p><ul><li>")
                        .append(escape(explanation.get().clientAction()))
                        .append("</li></ul>\n");
            } else if (explanation.isPresent() && !explanation.get().causes().isEmpty()) {
                body.append("<p class=\"hint\">").append(text("causes")).append("</p><ul>");
                explanation.get().causes().stream()
                        .limit(2)
                        .forEach(cause ->
                                body.append("<li>").append(escape(cause)).append("</li>"));
                body.append("</ul>\n");
            }
            body.append("</div>\n");
        }
    }

    /** Whether a finding is followed by the registry's advice rather than its causes, as on the terminal. */
    private static boolean advises(Finding.Kind kind) {
        return kind == Finding.Kind.RATE_LIMIT_BURST
                || kind == Finding.Kind.REDIRECTED_OFTEN
                || kind == Finding.Kind.REDIRECT_CHAIN;
    }

    private static String paths(List<LogReport.Count> paths) {
        List<String> shown = new ArrayList<>();
        for (LogReport.Count path : paths) {
            shown.add(path.value() + " (" + path.count() + ")");
        }
        return String.join(", ", shown);
    }

    private void errors(LogReport report, StringBuilder body) {
        if (report.errors().isEmpty()) {
            return;
        }
        body.append("<h2 id=\"errors\">").append(text("errors")).append("</h2>\n");
        for (LogReport.ErrorCode error : report.errors()) {
            body.append("<h3 class=\"c")
                    .append(classDigit(error.code()))
                    .append("\"><span class=\"num\">")
                    .append(String.format(Locale.ROOT, "%03d", error.code()))
                    .append("</span> ")
                    .append(escape(title(error.code())))
                    .append("</h3>\n<p class=\"hint\">")
                    .append(text("errorHeading", error.count(), error.distinctPaths(), error.distinctClients()))
                    .append("</p>\n<table>\n");
            list(body, text("paths"), error.paths());
            list(body, text("clients"), error.clients());
            list(body, text("methods"), error.methods());
            list(body, text("referrers"), error.referrers());
            body.append("</table>\n");
        }
    }

    private void list(StringBuilder body, String label, List<LogReport.Count> counts) {
        boolean first = true;
        for (LogReport.Count count : counts) {
            String value = count.value().isEmpty() || count.value().equals("-") ? text("none") : escape(count.value());
            body.append("<tr><th>")
                    .append(first ? label : "")
                    .append("</th><td class=\"n\">")
                    .append(count.count())
                    .append("</td><td class=\"v\"><code>")
                    .append(value)
                    .append("</code></td></tr>\n");
            first = false;
        }
    }

    private void unread(LogReport report, StringBuilder body) {
        if (report.unread() == 0) {
            return;
        }
        body.append("<h2 id=\"unread\">")
                .append(text("unread", report.unread(), report.unreadSamples().size()))
                .append("</h2>\n<pre>");
        for (LogReport.Unread line : report.unreadSamples()) {
            body.append(escape(line.input() + ":" + line.lineNumber() + ": " + LogReport.printable(line.text())))
                    .append('\n');
        }
        body.append("</pre>\n");
    }

    // ---------------------------------------------------------------- helpers

    /** The explanation of a code from the registry, unofficial codes included; empty for a number it lacks. */
    Optional<StatusText> explanation(int code) {
        return CodeMeaning.of(code, locale);
    }

    private String title(int code) {
        return explanation(code)
                .map(StatusText::title)
                .orElse(texts.getProperty("unknownCode", english.getProperty("unknownCode")));
    }

    private static int classDigit(int code) {
        int digit = code / 100;
        return digit >= 1 && digit <= 5 ? digit : 0;
    }

    private String width(long seconds) {
        if (seconds % 86_400 == 0) {
            return text("days", seconds / 86_400);
        }
        if (seconds % 3600 == 0) {
            return text("hours", seconds / 3600);
        }
        return text("minutes", seconds / 60);
    }

    private static boolean oneDay(List<LogReport.Bucket> buckets, int offset) {
        return at(buckets.get(0).start(), offset, DateTimeFormatter.ISO_LOCAL_DATE)
                .equals(at(buckets.get(buckets.size() - 1).start(), offset, DateTimeFormatter.ISO_LOCAL_DATE));
    }

    private static String at(long epochSecond, int offset, DateTimeFormatter formatter) {
        return LocalDateTime.ofInstant(Instant.ofEpochSecond(epochSecond), ZoneOffset.ofTotalSeconds(offset))
                .format(formatter);
    }

    private static String zone(int offset) {
        return offset == 0 ? "+00:00" : ZoneOffset.ofTotalSeconds(offset).getId();
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f%%", share * 100);
    }

    private static String share(long part, long whole) {
        return whole == 0 ? "0.0%" : percent((double) part / whole);
    }

    private static String shorten(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }

    /** Text for HTML content and attribute values: whatever a log holds stays text. */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> {
                    if (c < 0x20 && c != '\n' && c != '\t') {
                        escaped.append(String.format(Locale.ROOT, "\\x%02x", (int) c));
                    } else {
                        escaped.append(c);
                    }
                }
            }
        }
        return escaped.toString();
    }
}
