package dev.httpstatus.internal;

import dev.httpstatus.HttpStatus;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Builds the corpora of the statuses: words per source at once, Han text per language on demand. */
final class CorpusBuilder {
    private CorpusBuilder() {}

    /** The word corpora: the names first, then one per language. */
    static List<Corpus> words(List<HttpStatus> statuses) {
        List<Corpus> corpora = new ArrayList<>();
        Words names = new Words("", statuses.size());
        for (int doc = 0; doc < statuses.size(); doc++) {
            SearchDocuments.addNames(statuses.get(doc), doc, names::add);
        }
        corpora.add(names.toCorpus());
        for (String language : Texts.LANGUAGES) {
            Words texts = new Words(language, statuses.size());
            for (int doc = 0; doc < statuses.size(); doc++) {
                SearchDocuments.addTexts(statuses.get(doc), language, doc, texts::add);
            }
            corpora.add(texts.toCorpus());
        }
        return List.copyOf(corpora);
    }

    /** The Han corpora, one per language (names have no Han text). */
    static List<HanCorpus> han(List<HttpStatus> statuses) {
        List<HanCorpus> corpora = new ArrayList<>();
        for (String language : Texts.LANGUAGES) {
            Han texts = new Han(language, statuses.size());
            for (int doc = 0; doc < statuses.size(); doc++) {
                SearchDocuments.addTexts(statuses.get(doc), language, doc, texts::add);
            }
            corpora.add(texts.toCorpus());
        }
        return List.copyOf(corpora);
    }

    /** Every name and title, normalised, with the first document that bears it. */
    static Map<String, Integer> names(List<HttpStatus> statuses) {
        Map<String, Integer> names = new HashMap<>();
        for (int doc = 0; doc < statuses.size(); doc++) {
            for (String name : SearchDocuments.allNames(statuses.get(doc))) {
                String key = Names.normalize(name);
                if (!key.isEmpty() && !key.equals("unused")) {
                    names.putIfAbsent(key, doc);
                }
            }
        }
        return Collections.unmodifiableMap(names);
    }

    /** Collects the words of one source. */
    private static final class Words {
        private final String language;
        private final int size;
        private final Map<String, float[]> words = new HashMap<>(4096);
        private final Set<String> keyWords = new HashSet<>(1024);

        Words(String language, int size) {
            this.language = language;
            this.size = size;
        }

        void add(int doc, float weight, String text) {
            for (String word : Tokens.words(text)) {
                float[] weights = words.get(word);
                if (weights == null) {
                    weights = new float[size];
                    words.put(word, weights);
                }
                weights[doc] = Math.max(weights[doc], weight);
                if (weight >= Corpus.SUMMARY) {
                    keyWords.add(word);
                }
            }
        }

        Corpus toCorpus() {
            return new Corpus(language, Collections.unmodifiableMap(words), Collections.unmodifiableSet(keyWords));
        }
    }

    /** Collects the Han text of one language. */
    private static final class Han {
        private final String language;
        private final Map<String, BitSet> grams = new HashMap<>(4096);
        private final StringBuilder[][] text;

        Han(String language, int size) {
            this.language = language;
            this.text = new StringBuilder[size][Corpus.LEVELS.length];
            for (StringBuilder[] levels : text) {
                for (int level = 0; level < levels.length; level++) {
                    levels[level] = new StringBuilder();
                }
            }
        }

        void add(int doc, float weight, String part) {
            List<String> runs = Tokens.hanRuns(part);
            if (runs.isEmpty()) {
                return;
            }
            for (String run : runs) {
                for (String gram : Tokens.bigrams(run)) {
                    grams.computeIfAbsent(gram, g -> new BitSet(text.length)).set(doc);
                }
            }
            text[doc][Corpus.level(weight)].append(part).append('\n');
        }

        HanCorpus toCorpus() {
            String[][] joined = new String[text.length][Corpus.LEVELS.length];
            for (int doc = 0; doc < text.length; doc++) {
                for (int level = 0; level < Corpus.LEVELS.length; level++) {
                    joined[doc][level] = text[doc][level].toString();
                }
            }
            return new HanCorpus(language, Collections.unmodifiableMap(grams), joined);
        }
    }
}
