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

    /** The names a status goes by in any language: phrase, old names and vendor phrases. */
    static List<String> names(HttpStatus status) {
        List<String> names = new ArrayList<>();
        if (status.registration() != Registration.UNASSIGNED) {
            names.add(status.reasonPhrase());
        }
        names.addAll(status.aliases());
        status.unofficialMeanings().forEach(use -> names.add(use.phrase()));
        return names;
    }

    /** The names above and the titles of the status in every language. */
    static List<String> allNames(HttpStatus status) {
        List<String> names = names(status);
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
