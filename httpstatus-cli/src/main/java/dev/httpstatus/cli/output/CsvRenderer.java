package dev.httpstatus.cli.output;

import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** RFC 4180 CSV with a header row; fields with commas, quotes or line breaks are quoted. */
final class CsvRenderer implements Renderer {
    private static final String HEADER = "code,phrase,class,registration,title,summary,spec,url";

    @Override
    public void render(List<Entry> entries, boolean single, PrintWriter out) {
        out.print(HEADER + "\r\n");
        for (Entry entry : entries) {
            out.print(Stream.of(
                                    entry.codeText(),
                                    entry.phrase(),
                                    entry.statusClass().label(),
                                    entry.registration().id(),
                                    entry.text().title(),
                                    entry.text().summary(),
                                    entry.spec().map(Object::toString).orElse(""),
                                    entry.spec().map(s -> s.url().toString()).orElse(""))
                            .map(CsvRenderer::field)
                            .collect(Collectors.joining(","))
                    + "\r\n");
        }
        out.flush();
    }

    static String field(String value) {
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }
}
