package dev.httpstatus.internal;

import java.util.BitSet;
import java.util.List;
import java.util.Map;

/**
 * The Han text of one language indexed for search: for each pair of characters, the documents containing
 * it, and each document's Han text by weight, for substring matches. Built only when a query has Han
 * characters, so that a search in English does not pay for it.
 */
final class HanCorpus {
    private final String language;
    private final Map<String, BitSet> grams;
    private final String[][] text;

    HanCorpus(String language, Map<String, BitSet> grams, String[][] text) {
        this.language = language;
        this.grams = grams;
        this.text = text;
    }

    float factorFor(String wanted) {
        return Corpus.factor(language, wanted);
    }

    /** For each document, how many of {@code queryGrams} it contains. */
    int[] sharedGrams(List<String> queryGrams) {
        int[] shared = new int[text.length];
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
    float score(int doc, String run, List<String> queryGrams, boolean loose) {
        float best = 0;
        for (int level = 0; level < Corpus.LEVELS.length; level++) {
            String part = text[doc][level];
            if (part.contains(run)) {
                return Corpus.LEVELS[level];
            }
            if (queryGrams.size() > 1) {
                int found = 0;
                for (String gram : queryGrams) {
                    found += part.contains(gram) ? 1 : 0;
                }
                float share = (float) found / queryGrams.size();
                if (share >= (loose ? 0.3f : 0.5f)) {
                    best = Math.max(best, Corpus.LEVELS[level] * share * 0.5f);
                }
            }
        }
        return best;
    }
}
