package dev.httpstatus.internal;

import java.util.Map;
import java.util.Set;

/**
 * The words of one source (the names, or one language) indexed for search: for each word, its weight in
 * every document. Arrays are dense: the registry has about a hundred documents.
 */
final class Corpus {
    static final float NAME = 8f;
    static final float SUMMARY = 3f;
    static final float BODY = 1f;
    static final float[] LEVELS = {NAME, SUMMARY, BODY};

    final String language;
    final Map<String, float[]> words;
    final Set<String> keyWords;

    Corpus(String language, Map<String, float[]> words, Set<String> keyWords) {
        this.language = language;
        this.words = words;
        this.keyWords = keyWords;
    }

    /** Texts in the language asked for weigh fully, the names always, other languages a little less. */
    float factorFor(String wanted) {
        return factor(language, wanted);
    }

    static float factor(String language, String wanted) {
        return language.isEmpty() || language.equals(wanted) ? 1f : SearchIndex.OTHER_LANGUAGE;
    }

    /** The level (0 name, 1 summary, 2 body) of a piece of text of {@code weight}. */
    static int level(float weight) {
        return weight == NAME ? 0 : weight == SUMMARY ? 1 : 2;
    }
}
