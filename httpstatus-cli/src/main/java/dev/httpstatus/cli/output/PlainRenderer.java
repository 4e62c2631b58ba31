package dev.httpstatus.cli.output;

import java.io.PrintWriter;
import java.util.List;

/** One undecorated line per entry: code, names and summary. */
final class PlainRenderer implements Renderer {
    @Override
    public void render(List<Entry> entries, boolean single, PrintWriter out) {
        for (Entry entry : entries) {
            out.println(entry.codeText() + " " + entry.heading() + " - "
                    + entry.text().summary());
        }
    }
}
