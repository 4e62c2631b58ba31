package dev.httpstatus.internal;

import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

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
    private final Map<String, float[]> words;
    private final Supplier<Set<String>> keyWords;

    Corpus(String language, Map<String, float[]> words, Set<String> keyWords) {
        this(language, words, () -> keyWords);
    }

    /** A corpus whose key words are worked out only if asked for (writing the index, not searching). */
    Corpus(String language, Map<String, float[]> words, Supplier<Set<String>> keyWords) {
        this.language = language;
        this.words = words;
        this.keyWords = keyWords;
    }

    /** The terms that name or summarise some code: the ones a typo is measured against. */
    Set<String> keyWords() {
        return keyWords.get();
    }

    /** The weight of {@code term} in every document, or null when no document has it. */
    float[] weights(String term) {
        return words.get(term);
    }

    /** Every term of the corpus. */
    Set<String> terms() {
        return words.keySet();
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
