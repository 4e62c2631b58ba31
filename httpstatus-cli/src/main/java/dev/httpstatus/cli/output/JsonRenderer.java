package dev.httpstatus.cli.output;

import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;

/** The project's one JSON shape: an object for a single code asked for, otherwise an array. */
final class JsonRenderer implements Renderer {
    @Override
    public void render(List<Entry> entries, boolean single, PrintWriter out) {
        if (single && entries.size() == 1) {
            out.println(entries.get(0).json());
        } else {
            out.println(entries.stream().map(Entry::json).collect(Collectors.joining(",", "[", "]")));
        }
    }
}
