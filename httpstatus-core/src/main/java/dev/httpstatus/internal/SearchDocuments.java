package dev.httpstatus.internal;

import dev.httpstatus.HttpStatus;
import dev.httpstatus.Registration;
import dev.httpstatus.StatusText;
import dev.httpstatus.UnofficialCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** What a search sees of a status, and how much each part weighs. */
final class SearchDocuments {
    /** Receives one piece of a status's text with its weight. */
    interface Sink {
        void add(int doc, float weight, String text);
    }

    private SearchDocuments() {}

    /**
     * The names of a status with their weights: its phrase and old names weigh as names; so do vendor phrases of a
     * code with no registered meaning, while those of a registered code weigh as a summary, below its own name
     * (Microsoft's "Redirect" for 451 must not outrank 301 Moved Permanently on "redirect").
     */
    static void addNames(HttpStatus status, int doc, Sink sink) {
        if (status.registration() != Registration.UNASSIGNED) {
            sink.add(doc, Corpus.NAME, status.reasonPhrase());
        }
        status.aliases().forEach(alias -> sink.add(doc, Corpus.NAME, alias));
        float vendor = status.isRegistered() ? Corpus.SUMMARY : Corpus.NAME;
        status.unofficialMeanings().forEach(use -> sink.add(doc, vendor, use.phrase()));
    }

    /**
     * The names a query may name the status by as a whole: its phrase, old names, vendor phrases and its titles in
     * every language. A vendor's name of one plain word is left out: Microsoft calls its 451 "Redirect", and that word
     * must find every redirect rather than name 451 alone.
     */
    static List<String> allNames(HttpStatus status) {
        List<String> names = new ArrayList<>();
        if (status.registration() != Registration.UNASSIGNED) {
            names.add(status.reasonPhrase());
        }
        names.addAll(status.aliases());
        status.unofficialMeanings().stream()
                .map(UnofficialCode::phrase)
                .filter(phrase -> !Names.isOneWord(phrase))
                .forEach(names::add);
        for (String language : Texts.LANGUAGES) {
            names.add(status.text(Locale.forLanguageTag(language)).title());
        }
        return names;
    }

    /**
     * The texts of a status in one language: its own entry weighed by part, then what vendors mean by
     * the number, weighed as fully as the status's own text when the vendor meaning is the only one.
     */
    static void addTexts(HttpStatus status, String language, int doc, Sink sink) {
        Locale locale = Locale.forLanguageTag(language);
        if (status.isRegistered()) {
            add(status.text(locale), doc, sink, Corpus.NAME, Corpus.SUMMARY);
            // The class's name, so that "redirection" or "client error" finds the codes of the class.
            sink.add(doc, Corpus.BODY, status.statusClass().text(locale).title());
        }
        float name = status.isRegistered() ? Corpus.SUMMARY : Corpus.NAME;
        float summary = status.isRegistered() ? Corpus.BODY : Corpus.SUMMARY;
        for (UnofficialCode use : status.unofficialMeanings()) {
            add(use.text(locale), doc, sink, name, summary);
            sink.add(doc, summary, use.origin(locale));
        }
    }

    private static void add(StatusText text, int doc, Sink sink, float title, float summary) {
        sink.add(doc, title, text.title());
        sink.add(doc, summary, text.summary());
        sink.add(doc, Corpus.BODY, text.description());
        text.causes().forEach(cause -> sink.add(doc, Corpus.BODY, cause));
        sink.add(doc, Corpus.BODY, text.clientAction());
    }
}
