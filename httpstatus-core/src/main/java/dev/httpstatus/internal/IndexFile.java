package dev.httpstatus.internal;

import dev.httpstatus.HttpStatus;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The word index of the search, written at build time ({@link #main}) and read at run time: the codes it
 * was made for, then for each corpus its language, its terms as one UTF-8 text, and per term the documents
 * and weight levels, then the names. A file made for other codes is ignored and the index is built.
 */
public final class IndexFile {
    static final String RESOURCE = "search-index.bin";
    private static final int FORMAT = 3;

    private IndexFile() {}

    /**
     * Writes the index of the known statuses into the directory named by {@code args[0]}, from where the
     * build compiles it into {@link BundledIndex}.
     */
    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0], RESOURCE);
        Files.createDirectories(file.getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            write(new SearchIndex(HttpStatus.known()), out);
        }
    }

    static void write(SearchIndex index, OutputStream target) throws IOException {
        DataOutputStream out = new DataOutputStream(target);
        out.writeInt(FORMAT);
        List<HttpStatus> statuses = index.statuses();
        out.writeShort(statuses.size());
        for (HttpStatus status : statuses) {
            out.writeShort(status.code());
        }
        out.writeShort(index.corpora().size());
        for (Corpus corpus : index.corpora()) {
            writeCorpus(out, corpus);
        }
        List<String> names = new ArrayList<>(index.names().keySet());
        Collections.sort(names);
        blob(out, names);
        for (String name : names) {
            out.writeShort(index.names().get(name));
        }
        blob(out, List.of(index.vocabulary()));
        blob(out, List.of(index.keyVocabulary()));
        out.flush();
    }

    private static void writeCorpus(DataOutputStream out, Corpus corpus) throws IOException {
        out.writeUTF(corpus.language);
        List<String> terms = new ArrayList<>(corpus.terms());
        Collections.sort(terms);
        blob(out, terms);
        ByteArrayOutputStream postings = new ByteArrayOutputStream();
        DataOutputStream block = new DataOutputStream(postings);
        for (String term : terms) {
            float[] weights = corpus.weights(term);
            int count = 0;
            for (float weight : weights) {
                count += weight > 0 ? 1 : 0;
            }
            block.writeBoolean(corpus.keyWords().contains(term));
            block.writeShort(count);
            for (int doc = 0; doc < weights.length; doc++) {
                if (weights[doc] > 0) {
                    block.writeShort(doc);
                    block.writeByte(Corpus.level(weights[doc]));
                }
            }
        }
        out.writeInt(postings.size());
        postings.writeTo(out);
    }

    private static void blob(DataOutputStream out, List<String> lines) throws IOException {
        byte[] bytes = String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    /** The index written by the build for exactly {@code statuses}, if there is one. */
    static Optional<SearchIndex> read(List<HttpStatus> statuses) {
        String bundled = BundledIndex.text(RESOURCE);
        if (bundled == null) {
            return Optional.empty();
        }
        try {
            return read(new ByteArrayInputStream(bundled.getBytes(StandardCharsets.ISO_8859_1)), statuses);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the search index", e);
        }
    }

    static Optional<SearchIndex> read(InputStream source, List<HttpStatus> statuses) throws IOException {
        DataInputStream in = new DataInputStream(source);
        if (in.readInt() != FORMAT || in.readShort() != statuses.size()) {
            return Optional.empty();
        }
        for (HttpStatus status : statuses) {
            if (in.readShort() != status.code()) {
                return Optional.empty();
            }
        }
        int count = in.readShort();
        List<Corpus> corpora = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            corpora.add(readCorpus(in, statuses.size()));
        }
        List<String> names = lines(in);
        Map<String, Integer> byName = new HashMap<>(names.size() * 2);
        for (String name : names) {
            byName.put(name, (int) in.readShort());
        }
        String[] vocabulary = lines(in).toArray(new String[0]);
        String[] keyVocabulary = lines(in).toArray(new String[0]);
        return Optional.of(new SearchIndex(
                statuses, List.copyOf(corpora), Collections.unmodifiableMap(byName), vocabulary, keyVocabulary));
    }

    /**
     * Reads a corpus without decoding its postings: each term remembers where its postings start, and they
     * are decoded when a query first asks for the term. A search looks at a handful of the thousands of terms.
     */
    private static Corpus readCorpus(DataInputStream in, int size) throws IOException {
        String language = in.readUTF();
        List<String> terms = lines(in);
        byte[] postings = new byte[in.readInt()];
        in.readFully(postings);
        LazyPostings words = new LazyPostings(terms, postings, size);
        return new Corpus(language, words, words::keyWords);
    }

    private static List<String> lines(DataInputStream in) throws IOException {
        byte[] bytes = new byte[in.readInt()];
        in.readFully(bytes);
        String text = new String(bytes, StandardCharsets.UTF_8);
        List<String> lines = new ArrayList<>();
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            lines.add(text.substring(start, end));
            start = end + 1;
        }
        return text.isEmpty() ? List.of() : lines;
    }

    /** The bytes {@link #write} produces, for tests. */
    static byte[] bytes(SearchIndex index) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            write(index, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
