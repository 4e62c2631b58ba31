package dev.httpstatus.cli.output;

import dev.httpstatus.StatusClass;
import dev.httpstatus.StatusText;
import dev.httpstatus.UnofficialCode;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The format for people: the code coloured by class, the names, the summary and the spec link. */
final class TextRenderer implements Renderer {
    private static final String INDENT = "    ";
    private final Labels labels;
    private final Style style;
    private final boolean verbose;

    TextRenderer(Labels labels, Style style, boolean verbose) {
        this.labels = labels;
        this.style = style;
        this.verbose = verbose;
    }

    @Override
    public void render(List<Entry> entries, boolean single, PrintWriter out) {
        for (int i = 0; i < entries.size(); i++) {
            if (i > 0) {
                out.println();
            }
            renderOne(entries.get(i), out);
        }
    }

    private void renderOne(Entry entry, PrintWriter out) {
        StatusText text = entry.text();
        out.println(style.code(entry.codeText(), entry.statusClass()) + " " + style.bold(entry.heading()));
        out.println(INDENT + style.dim(facts(entry)));
        out.println(INDENT + text.summary());
        entry.spec().ifPresent(spec -> out.println(INDENT + spec.url()));
        if (verbose) {
            renderDetails(entry, text, out);
        }
    }

    private String facts(Entry entry) {
        List<String> facts = new ArrayList<>();
        if (entry.statusClass() != StatusClass.UNKNOWN) {
            facts.add(entry.statusClass().label() + " "
                    + entry.statusClass().text(entry.text().locale()).title());
        }
        entry.origin().ifPresent(facts::add);
        facts.add(labels.get(
                "registration." + entry.registration().id() + (lapsed(entry) ? ".lapsed" : ""),
                entry.expiry().map(Object::toString).orElse("")));
        entry.spec().ifPresent(spec -> facts.add(spec.toString()));
        return String.join(" · ", facts);
    }

    /**
     * Whether a temporary registration's date has passed. The registry copy cannot know whether IANA renewed it since,
     * so the text says so rather than "expires" with a date in the past.
     */
    private static boolean lapsed(Entry entry) {
        return entry.expiry().filter(date -> date.isBefore(LocalDate.now())).isPresent();
    }

    private void renderDetails(Entry entry, StatusText text, PrintWriter out) {
        out.println();
        out.println(INDENT + text.description());
        out.println();
        out.println(INDENT + style.bold(labels.get("label.causes")));
        text.causes().forEach(cause -> out.println(INDENT + "- " + cause));
        out.println();
        out.println(INDENT + labelled("label.action", text.clientAction()));
        if (!entry.aliases().isEmpty()) {
            out.println(INDENT + labelled("label.aliases", String.join(", ", entry.aliases())));
        }
        if (!entry.vendorMeanings().isEmpty()) {
            String vendors = entry.vendorMeanings().stream()
                    .map(use -> vendor(use, text))
                    .collect(Collectors.joining("; "));
            out.println(INDENT + labelled("label.vendors", vendors));
        }
    }

    /** A label and its text; a full-width colon already separates them, an ASCII one needs a space. */
    private String labelled(String key, String value) {
        String label = labels.get(key);
        return style.bold(label) + (label.endsWith("：") ? "" : " ") + value;
    }

    private static String vendor(UnofficialCode use, StatusText text) {
        String name = use.phrase().isEmpty() ? use.text(text.locale()).title() : use.phrase();
        return use.origin(text.locale()) + ": " + name;
    }
}
