package dev.httpstatus.internal;

import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The text of one source (the names, or one language) indexed for search: for each word, its weight in
 * every document; for each pair of Han characters, the documents containing it; and each document's Han
 * text by weight, for substring matches. Arrays are dense: the registry has about a hundred documents.
 */
final class Corpus {
    static final float NAME = 8f;
    static final float SUMMARY = 3f;
    static final float BODY = 1f;
    static final float[] LEVELS = {NAME, SUMMARY, BODY};

    final String language;
    final Map<String, float[]> words;
    final Set<String> keyWords;
    private final Map<String, BitSet> grams;
    private final String[][] hanText;

    Corpus(
            String language,
            Map<String, float[]> words,
            Set<String> keyWords,
            Map<String, BitSet> grams,
            String[][] hanText) {
        this.language = language;
        this.words = words;
        this.keyWords = keyWords;
        this.grams = grams;
        this.hanText = hanText;
    }

    /** Texts in the language asked for weigh fully, the names always, other languages a little less. */
    float factorFor(String wanted) {
        return language.isEmpty() || language.equals(wanted) ? 1f : SearchIndex.OTHER_LANGUAGE;
    }

    /** For each document, how many of {@code queryGrams} it contains. */
    int[] sharedGrams(List<String> queryGrams) {
        int[] shared = new int[hanText.length];
        for (String gram : queryGrams) {
            BitSet docs = grams.get(gram);
            if (docs != null) {
                for (int doc = docs.nextSetBit(0); doc >= 0; doc = docs.nextSetBit(doc + 1)) {
                    shared[doc]++;
                }
            }
        }
        return shared;
    }

    /**
     * The weight of the best part of {@code doc} containing {@code run}; failing that, a part of the weight
     * for sharing at least half the query's character pairs (a third when {@code loose}).
     */
    float hanScore(int doc, String run, List<String> queryGrams, boolean loose) {
        float best = 0;
        for (int level = 0; level < LEVELS.length; level++) {
            String text = hanText[doc][level];
            if (text.contains(run)) {
                return LEVELS[level];
            }
            if (queryGrams.size() > 1) {
                int found = 0;
                for (String gram : queryGrams) {
                    found += text.contains(gram) ? 1 : 0;
                }
                float share = (float) found / queryGrams.size();
                if (share >= (loose ? 0.3f : 0.5f)) {
                    best = Math.max(best, LEVELS[level] * share * 0.5f);
                }
            }
        }
        return best;
    }
}
