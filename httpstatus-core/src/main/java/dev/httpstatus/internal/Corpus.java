package dev.httpstatus.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** Text of one source (names, or one language), indexed for search. */
final class Corpus {
    static final float NAME = 8f;
    static final float SUMMARY = 3f;
    static final float BODY = 1f;
    static final float[] LEVELS = {NAME, SUMMARY, BODY};

    record Postings(int[] docs, float[] weights) {}

    final String language;
    final Map<String, Postings> words;
    final Set<String> keyWords;
    private final Map<String, int[]> grams;
    private final String[][] hanText;

    private Corpus(
            String language,
            Map<String, Postings> words,
            Set<String> keyWords,
            Map<String, int[]> grams,
            String[][] hanText) {
        this.language = language;
        this.words = words;
        this.keyWords = keyWords;
        this.grams = grams;
        this.hanText = hanText;
    }

    static Corpus of(
            String language,
            Map<String, Postings> words,
            Set<String> keyWords,
            Map<String, int[]> grams,
            String[][] hanText) {
        return new Corpus(language, Map.copyOf(words), Set.copyOf(keyWords), Map.copyOf(grams), hanText);
    }

    float factorFor(String wanted) {
        return language.isEmpty() || language.equals(wanted) ? 1f : SearchIndex.OTHER_LANGUAGE;
    }

    int[] sharedGrams(List<String> queryGrams) {
        int[] shared = new int[hanText.length];
        for (String gram : queryGrams) {
            for (int doc : grams.getOrDefault(gram, new int[0])) {
                shared[doc]++;
            }
        }
        return shared;
    }

    float hanScore(int doc, String run, List<String> queryGrams, boolean loose) {
        float best = 0;
        for (int level = 0; level < LEVELS.length; level++) {
            String text = hanText[doc][level];
            if (text.contains(run)) {
                return LEVELS[level];
            }
            if (queryGrams.size() > 1) {
                float share = (float) queryGrams.stream().filter(text::contains).count() / queryGrams.size();
                if (share >= (loose ? 0.3f : 0.5f)) {
                    best = Math.max(best, LEVELS[level] * share * 0.5f);
                }
            }
        }
        return best;
    }
}
