package dev.httpstatus.cli.output;

import java.io.PrintWriter;
import java.util.List;

/** A Markdown table with the spec reference as a link. */
final class MarkdownRenderer implements Renderer {
    private final Labels labels;

    MarkdownRenderer(Labels labels) {
        this.labels = labels;
    }

    @Override
    public void render(List<Entry> entries, boolean single, PrintWriter out) {
        out.println("| " + labels.get("column.code") + " | " + labels.get("column.phrase") + " | "
                + labels.get("column.title") + " | " + labels.get("column.summary") + " | " + labels.get("column.spec")
                + " |");
        out.println("|---|---|---|---|---|");
        for (Entry entry : entries) {
            String spec = entry.spec().map(s -> "[" + s + "](" + s.url() + ")").orElse("");
            out.println("| " + entry.codeText() + " | " + cell(entry.phrase()) + " | "
                    + cell(entry.text().title()) + " | " + cell(entry.text().summary()) + " | " + spec + " |");
        }
    }

    private static String cell(String text) {
        return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ");
    }
}
