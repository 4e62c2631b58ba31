package dev.httpstatus.cli.output;

import java.io.PrintWriter;
import java.util.List;

/** Prints entries in one format. */
public interface Renderer {
    /**
     * Prints {@code entries}; {@code single} says that exactly one code was asked for, which JSON prints
     * as an object rather than an array.
     */
    void render(List<Entry> entries, boolean single, PrintWriter out);

    /** The renderer for {@code format}. */
    static Renderer of(Format format, Labels labels, Style style, boolean verbose) {
        return switch (format) {
            case TEXT -> new TextRenderer(labels, style, verbose);
            case JSON -> new JsonRenderer();
            case MARKDOWN -> new MarkdownRenderer(labels);
            case CSV -> new CsvRenderer();
            case PLAIN -> new PlainRenderer();
        };
    }
}
