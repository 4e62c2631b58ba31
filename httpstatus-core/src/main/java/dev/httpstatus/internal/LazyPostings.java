package dev.httpstatus.internal;

import java.util.AbstractMap;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A read-only map from term to weights, over the sorted terms of the index file: a term is found by binary
 * search and its weights are decoded when first asked for, so reading the file builds no per-term objects.
 * The postings of a term are: a key-word flag byte, a two-byte count, then per document two bytes of
 * document and one byte of weight level.
 */
final class LazyPostings extends AbstractMap<String, float[]> {
    private final String[] terms;
    private final int[] offsets;
    private final byte[] postings;
    private final int size;
    private final Map<String, float[]> decoded = new ConcurrentHashMap<>();

    LazyPostings(List<String> sortedTerms, byte[] postings, int size) {
        this.terms = sortedTerms.toArray(new String[0]);
        this.postings = postings;
        this.size = size;
        this.offsets = new int[terms.length];
        int at = 0;
        for (int i = 0; i < terms.length; i++) {
            offsets[i] = at;
            at += 3 + 3 * count(at);
        }
    }

    private int count(int at) {
        return ((postings[at + 1] & 0xff) << 8) | (postings[at + 2] & 0xff);
    }

    @Override
    public float[] get(Object term) {
        int index = term instanceof String word ? Arrays.binarySearch(terms, word) : -1;
        return index < 0 ? null : decoded.computeIfAbsent(terms[index], t -> decode(offsets[index]));
    }

    private float[] decode(int at) {
        float[] weights = new float[size];
        int count = count(at);
        for (int i = 0, p = at + 3; i < count; i++, p += 3) {
            int doc = ((postings[p] & 0xff) << 8) | (postings[p + 1] & 0xff);
            weights[doc] = Corpus.LEVELS[postings[p + 2]];
        }
        return weights;
    }

    /** The terms flagged as naming or summarising some code. */
    Set<String> keyWords() {
        Set<String> keyWords = new HashSet<>();
        for (int i = 0; i < terms.length; i++) {
            if (postings[offsets[i]] != 0) {
                keyWords.add(terms[i]);
            }
        }
        return keyWords;
    }

    @Override
    public boolean containsKey(Object term) {
        return term instanceof String word && Arrays.binarySearch(terms, word) >= 0;
    }

    @Override
    public Set<String> keySet() {
        return Set.of(terms);
    }

    @Override
    public Set<Entry<String, float[]>> entrySet() {
        throw new IllegalStateException("the postings are decoded one term at a time");
    }
}
