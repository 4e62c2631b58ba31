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

/** Collects the words and Han text of each status into one corpus per source. */
final class CorpusBuilder {
    private final String language;
    private final int size;
    private final Map<String, float[]> words = new HashMap<>(4096);
    private final Set<String> keyWords = new HashSet<>(1024);
    private final Map<String, BitSet> grams = new HashMap<>(4096);
    private final StringBuilder[][] han;

    private CorpusBuilder(String language, int size) {
        this.language = language;
        this.size = size;
        this.han = new StringBuilder[size][Corpus.LEVELS.length];
        for (StringBuilder[] levels : han) {
            for (int level = 0; level < levels.length; level++) {
                levels[level] = new StringBuilder();
            }
        }
    }

    static List<Corpus> build(List<HttpStatus> statuses) {
        CorpusBuilder names = new CorpusBuilder("", statuses.size());
        for (int doc = 0; doc < statuses.size(); doc++) {
            for (String name : SearchDocuments.names(statuses.get(doc))) {
                names.add(doc, Corpus.NAME, name);
            }
        }
        List<Corpus> corpora = new ArrayList<>();
        corpora.add(names.toCorpus());
        for (String language : Texts.LANGUAGES) {
            CorpusBuilder texts = new CorpusBuilder(language, statuses.size());
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
        for (String run : Tokens.hanRuns(text)) {
            for (String gram : Tokens.bigrams(run)) {
                BitSet docs = grams.get(gram);
                if (docs == null) {
                    docs = new BitSet(size);
                    grams.put(gram, docs);
                }
                docs.set(doc);
            }
        }
        int level = weight == Corpus.NAME ? 0 : weight == Corpus.SUMMARY ? 1 : 2;
        han[doc][level].append(text).append('\n');
    }

    Corpus toCorpus() {
        String[][] text = new String[size][Corpus.LEVELS.length];
        for (int doc = 0; doc < size; doc++) {
            for (int level = 0; level < Corpus.LEVELS.length; level++) {
                text[doc][level] = han[doc][level].toString();
            }
        }
        return new Corpus(
                language,
                Collections.unmodifiableMap(words),
                Collections.unmodifiableSet(keyWords),
                Collections.unmodifiableMap(grams),
                text);
    }
}
