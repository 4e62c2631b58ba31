package dev.httpstatus.internal;

import dev.httpstatus.HttpStatus;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Collects the words and Han text of each status into one corpus per source. */
final class CorpusBuilder {
    private final String language;
    private final Map<String, Map<Integer, Float>> words = new HashMap<>();
    private final Set<String> keyWords = new HashSet<>();
    private final Map<String, Set<Integer>> grams = new HashMap<>();
    private final StringBuilder[][] han;

    private CorpusBuilder(String language, int size) {
        this.language = language;
        this.han = new StringBuilder[size][Corpus.LEVELS.length];
        for (StringBuilder[] levels : han) {
            Arrays.setAll(levels, i -> new StringBuilder());
        }
    }

    static List<Corpus> build(List<HttpStatus> statuses) {
        CorpusBuilder names = new CorpusBuilder("", statuses.size());
        for (int doc = 0; doc < statuses.size(); doc++) {
            for (String name : SearchDocuments.names(statuses.get(doc))) {
                names.add(doc, Corpus.NAME, name);
            }
        }
        List<CorpusBuilder> builders = new ArrayList<>(List.of(names));
        for (String language : Texts.LANGUAGES) {
            CorpusBuilder texts = new CorpusBuilder(language, statuses.size());
            for (int doc = 0; doc < statuses.size(); doc++) {
                SearchDocuments.addTexts(statuses.get(doc), language, doc, texts::add);
            }
            builders.add(texts);
        }
        return builders.stream().map(CorpusBuilder::toCorpus).toList();
    }

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
        return Map.copyOf(names);
    }

    void add(int doc, float weight, String text) {
        for (String word : Tokens.words(text)) {
            words.computeIfAbsent(word, w -> new HashMap<>()).merge(doc, weight, Math::max);
            if (weight >= Corpus.SUMMARY) {
                keyWords.add(word);
            }
        }
        for (String run : Tokens.hanRuns(text)) {
            for (String gram : Tokens.bigrams(run)) {
                grams.computeIfAbsent(gram, g -> new TreeSet<>()).add(doc);
            }
        }
        int level = weight == Corpus.NAME ? 0 : weight == Corpus.SUMMARY ? 1 : 2;
        han[doc][level].append(text).append('\n');
    }

    Corpus toCorpus() {
        Map<String, Corpus.Postings> postings = new HashMap<>();
        words.forEach((word, byDoc) -> {
            int[] docs =
                    byDoc.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
            float[] weights = new float[docs.length];
            for (int i = 0; i < docs.length; i++) {
                weights[i] = byDoc.get(docs[i]);
            }
            postings.put(word, new Corpus.Postings(docs, weights));
        });
        Map<String, int[]> gramDocs = new HashMap<>();
        grams.forEach((gram, docs) ->
                gramDocs.put(gram, docs.stream().mapToInt(Integer::intValue).toArray()));
        String[][] text = new String[han.length][];
        for (int doc = 0; doc < han.length; doc++) {
            text[doc] = Arrays.stream(han[doc]).map(StringBuilder::toString).toArray(String[]::new);
        }
        return Corpus.of(language, postings, keyWords, gramDocs, text);
    }
}
