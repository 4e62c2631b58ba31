package dev.httpstatus.cli;

import dev.httpstatus.Language;
import dev.httpstatus.cli.output.Entry;
import dev.httpstatus.cli.output.Format;
import dev.httpstatus.cli.output.Renderer;
import dev.httpstatus.cli.output.Style;
import java.util.List;

/** Prints entries as the options ask: language, format, detail and colour. Plain Java, no picocli. */
final class Printer {
    private final Context context;
    private final Messages messages;
    private final Format format;
    private final boolean verbose;
    private final boolean colour;

    Printer(Context context, Language language, Format format, boolean verbose, boolean noColour) {
        this.context = context;
        this.messages = Messages.of(language);
        this.format = format;
        this.verbose = verbose;
        this.colour = format == Format.TEXT && !noColour && context.colourAllowed();
    }

    /** The defaults: language from the environment, text, short, coloured on a terminal. */
    static Printer defaults(Context context) {
        return new Printer(context, Language.fromPosix(context.env()), Format.TEXT, false, false);
    }

    Messages messages() {
        return messages;
    }

    Format format() {
        return format;
    }

    Style style() {
        return new Style(colour);
    }

    /** Prints entries; nothing at all when there are none, so that error messages stand alone. */
    void print(List<Entry> entries, boolean single) {
        if (!entries.isEmpty()) {
            Renderer.of(format, messages::get, style(), verbose).render(entries, single, context.out());
        }
        context.out().flush();
    }

    /** Searches {@code query}, prints at most {@code limit} results best first; returns the exit code. */
    int search(String query, int limit) {
        Lookup lookup = new Lookup(messages, context.err()).resolve(query.strip(), limit);
        // The limit holds for every kind of query: a pattern such as 4xx names far more codes than words find. What it
        // leaves out is said, on standard error, so that a script reading the output is not misled and a reader
        // knows how to see the rest.
        List<Entry> entries = lookup.entries();
        print(entries.stream().limit(limit).toList(), false);
        if (entries.size() > limit) {
            context.err().println(messages.get("search.more", entries.size() - limit, entries.size()));
        }
        context.err().flush();
        return lookup.exitCode();
    }

    /** Looks {@code queries} up and prints what real HTTP clients do with each code found; the exit code. */
    int clients(List<String> queries) {
        Lookup lookup = new Lookup(messages, context.err()).resolve(queries);
        List<Entry> entries = lookup.entries();
        new ClientsOutput(messages, format)
                .print(
                        entries.stream().map(Entry::code).toList(),
                        entries.stream()
                                .map(e -> e.codeText() + " " + e.heading())
                                .toList(),
                        Lookup.asksForOneCode(queries),
                        context.out());
        context.out().flush();
        context.err().flush();
        return lookup.exitCode();
    }

    /** Looks {@code queries} up and prints what was found; returns the exit code. */
    int lookup(List<String> queries) {
        Lookup lookup = new Lookup(messages, context.err()).resolve(queries);
        print(lookup.entries(), Lookup.asksForOneCode(queries));
        context.err().flush();
        return lookup.exitCode();
    }
}
