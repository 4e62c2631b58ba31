package dev.httpstatus.internal;

import dev.httpstatus.HttpStatus;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Ranked search over the names and texts of statuses in every language the project has. Latin words match exactly,
 * in another form of the word ({@link Stems}), by prefix or within an edit distance; Han text matches by substring,
 * or partly by the pairs of characters it shares with a query.
 */
public final class SearchIndex {
    private static final float EXACT = 1f;
    private static final float FORM = 0.9f;
    private static final float PREFIX = 0.7f;
    static final float OTHER_LANGUAGE = 0.85f;
    private static final float NAME_BONUS = 50f;
    private static final float CODE_BONUS = 20f;
    private static final float REGISTERED_BONUS = 0.5f;
    private static final float CUT_OFF = 0.1f;
    private static final int SUGGESTIONS = 3;
    private static final Set<String> OPTIONAL_WORDS =
            Set.of("a", "an", "the", "is", "are", "am", "of", "to", "in", "on", "for", "and", "or", "with", "my", "it");

    private final List<HttpStatus> statuses;
    private final List<Corpus> corpora;
    private final String[] vocabulary;
    private final String[] keyVocabulary;
    private final Map<String, Integer> names;
    private volatile List<HanCorpus> han;

    /** Indexes {@code statuses}; their position in the list breaks ties between equal scores. */
    public SearchIndex(List<HttpStatus> statuses) {
        this(statuses, CorpusBuilder.words(statuses), CorpusBuilder.names(statuses));
    }

    SearchIndex(List<HttpStatus> statuses, List<Corpus> corpora, Map<String, Integer> names) {
        this(statuses, corpora, names, vocabulary(corpora, false), vocabulary(corpora, true));
    }

    SearchIndex(
            List<HttpStatus> statuses,
            List<Corpus> corpora,
            Map<String, Integer> names,
            String[] vocabulary,
            String[] keyVocabulary) {
        this.statuses = List.copyOf(statuses);
        this.corpora = corpora;
        this.names = names;
        this.vocabulary = vocabulary;
        this.keyVocabulary = keyVocabulary;
    }

    /** Every word of the corpora (or only those naming or summarising a code), sorted, without repeats. */
    private static String[] vocabulary(List<Corpus> corpora, boolean keyOnly) {
        TreeSet<String> words = new TreeSet<>();
        for (Corpus corpus : corpora) {
            words.addAll(keyOnly ? corpus.keyWords() : corpus.terms());
        }
        return words.toArray(new String[0]);
    }

    String[] vocabulary() {
        return vocabulary;
    }

    String[] keyVocabulary() {
        return keyVocabulary;
    }

    /**
     * The index of {@code statuses}: read from the file the build wrote beside this class when it was made
     * for the same statuses, built from the texts otherwise. Reading it is several times faster than building
     * it, which a command that searches once and exits feels.
     */
    public static SearchIndex of(List<HttpStatus> statuses) {
        return IndexFile.read(statuses).orElseGet(() -> new SearchIndex(statuses));
    }

    List<HttpStatus> statuses() {
        return statuses;
    }

    List<Corpus> corpora() {
        return corpora;
    }

    Map<String, Integer> names() {
        return names;
    }

    /** The statuses matching every significant word of {@code query}, best first. */
    public List<HttpStatus> search(String query, String language) {
        return rank(query, language, false);
    }

    /** The few statuses that match {@code query} most closely, however loosely. */
    public List<HttpStatus> closest(String query) {
        return rank(query, "en", true).stream().limit(SUGGESTIONS).toList();
    }

    private List<HttpStatus> rank(String query, String language, boolean loose) {
        int n = statuses.size();
        float[] score = new float[n];
        int[] matched = new int[n];
        int required = 0;
        for (String word : new LinkedHashSet<>(Tokens.words(query))) {
            boolean optional = OPTIONAL_WORDS.contains(word);
            required += optional ? 0 : 1;
            accumulate(scoreWord(word, language, loose), score, matched, optional);
        }
        for (String run : new LinkedHashSet<>(Tokens.hanRuns(query))) {
            required++;
            accumulate(scoreHan(run, language, loose), score, matched, false);
        }
        Integer named = names.get(Names.normalize(query));
        if (named != null) {
            score[named] += NAME_BONUS;
            matched[named] = Math.max(matched[named], required);
        }
        return select(score, matched, loose ? 1 : Math.max(required, 1));
    }

    private static void accumulate(float[] best, float[] score, int[] matched, boolean optional) {
        for (int doc = 0; doc < best.length; doc++) {
            if (best[doc] > 0) {
                score[doc] += best[doc];
                matched[doc] += optional ? 0 : 1;
            }
        }
    }

    private List<HttpStatus> select(float[] score, int[] matched, int required) {
        int n = statuses.size();
        for (int doc = 0; doc < n; doc++) {
            if (statuses.get(doc).isRegistered() && score[doc] > 0) {
                score[doc] += REGISTERED_BONUS;
            }
        }
        float top = 0;
        for (int doc = 0; doc < n; doc++) {
            if (matched[doc] >= required) {
                top = Math.max(top, score[doc]);
            }
        }
        float floor = Math.max(top * CUT_OFF, Float.MIN_VALUE);
        int[] hits = new int[n];
        int count = 0;
        for (int doc = 0; doc < n; doc++) {
            if (matched[doc] >= required && score[doc] >= floor) {
                hits[count++] = doc;
            }
        }
        sortByScore(hits, count, score);
        List<HttpStatus> ranked = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            ranked.add(statuses.get(hits[i]));
        }
        return Collections.unmodifiableList(ranked);
    }

    /**
     * Sorts the first {@code count} documents best first, keeping their order among equal scores. An
     * insertion sort over a few dozen hits at most: a stream with comparators took a just-started command
     * four milliseconds, all of it linking and interpreting the lambdas.
     */
    private static void sortByScore(int[] docs, int count, float[] score) {
        for (int i = 1; i < count; i++) {
            int doc = docs[i];
            int j = i - 1;
            while (j >= 0 && score[docs[j]] < score[doc]) {
                docs[j + 1] = docs[j];
                j--;
            }
            docs[j + 1] = doc;
        }
    }

    private float[] scoreWord(String word, String language, boolean loose) {
        float[] best = new float[statuses.size()];
        credit(word, EXACT, language, best);
        creditCode(word, best);
        creditForms(word, language, best);
        if (word.length() >= (loose ? 2 : 3)) {
            for (int i = firstFrom(word); i < vocabulary.length && vocabulary[i].startsWith(word); i++) {
                if (!vocabulary[i].equals(word)) {
                    credit(vocabulary[i], PREFIX, language, best);
                }
            }
        }
        // A word that names or summarises some code is taken as written; only others are read as typos.
        if (word.length() >= (loose ? 3 : 4) && (loose || Arrays.binarySearch(keyVocabulary, word) < 0)) {
            int max = (word.length() >= 7 ? 2 : 1) + (loose ? 1 : 0);
            for (String candidate : loose ? vocabulary : keyVocabulary) {
                int distance = Fuzzy.distance(word, candidate, max);
                if (distance > 0 && distance <= max) {
                    credit(candidate, 0.7f - 0.15f * distance, language, best);
                }
            }
        }
        return best;
    }

    /**
     * Credits the other forms of {@code word}: the indexed words with its stem, "redirect" for "redirection".
     * They all begin with the stem, so a scan of the sorted vocabulary from there finds them.
     */
    private void creditForms(String word, String language, float[] best) {
        String stem = Stems.stem(word);
        for (int i = firstFrom(stem); i < vocabulary.length && vocabulary[i].startsWith(stem); i++) {
            if (!vocabulary[i].equals(word) && Stems.stem(vocabulary[i]).equals(stem)) {
                credit(vocabulary[i], FORM, language, best);
            }
        }
    }

    /** Where the words of the vocabulary that begin with {@code prefix} start, whether it is one of them or not. */
    private int firstFrom(String prefix) {
        int found = Arrays.binarySearch(vocabulary, prefix);
        return found >= 0 ? found : -found - 1;
    }

    private void creditCode(String word, float[] best) {
        if (word.length() == 3 && isNumber(word)) {
            int code = Integer.parseInt(word);
            for (int doc = 0; doc < statuses.size(); doc++) {
                if (statuses.get(doc).code() == code) {
                    best[doc] = Math.max(best[doc], CODE_BONUS);
                }
            }
        }
    }

    private static boolean isNumber(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (!Character.isDigit(word.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private void credit(String term, float quality, String language, float[] best) {
        for (Corpus corpus : corpora) {
            float[] weights = corpus.weights(term);
            if (weights != null) {
                float factor = quality * corpus.factorFor(language);
                for (int doc = 0; doc < weights.length; doc++) {
                    best[doc] = Math.max(best[doc], weights[doc] * factor);
                }
            }
        }
    }

    private float[] scoreHan(String run, String language, boolean loose) {
        float[] best = new float[statuses.size()];
        List<String> grams = Tokens.bigrams(run);
        for (HanCorpus corpus : han()) {
            int[] shared = corpus.sharedGrams(grams);
            float factor = corpus.factorFor(language);
            for (int doc = 0; doc < shared.length; doc++) {
                if (shared[doc] > 0) {
                    best[doc] = Math.max(best[doc], factor * corpus.score(doc, run, grams, loose));
                }
            }
        }
        return best;
    }

    /** The Han corpora, built on the first query that needs them. */
    private List<HanCorpus> han() {
        List<HanCorpus> built = han;
        if (built == null) {
            synchronized (this) {
                built = han;
                if (built == null) {
                    built = CorpusBuilder.han(statuses);
                    han = built;
                }
            }
        }
        return built;
    }
}
