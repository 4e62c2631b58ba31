package dev.httpstatus.server.site;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the reference page says of a registered code beyond its text: the headers involved, related codes
 * and an example exchange, read from {@code code-facts.txt}.
 *
 * @param code the status code
 * @param headers header field names that matter for it
 * @param related codes to compare it with, most relevant first
 * @param request the example request head, empty when the code is never sent
 * @param response the example response head, empty when the code is never sent
 */
public record CodeFacts(int code, List<String> headers, List<Integer> related, String request, String response) {
    private static final Map<Integer, CodeFacts> ALL = load();

    /** The facts the page of {@code code} shows, when it has any. */
    public static Optional<CodeFacts> of(int code) {
        return Optional.ofNullable(ALL.get(code));
    }

    /** Every code described, for tests. */
    static Map<Integer, CodeFacts> all() {
        return ALL;
    }

    private static Map<Integer, CodeFacts> load() {
        try (InputStream in = CodeFacts.class.getResourceAsStream("code-facts.txt")) {
            if (in == null) {
                throw new IllegalStateException("code-facts.txt is missing from the classpath");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads blocks of "=== code", "headers:", "related:", then "request:" and "response:" sections. */
    static Map<Integer, CodeFacts> parse(BufferedReader reader) throws IOException {
        Map<Integer, CodeFacts> facts = new HashMap<>();
        Block block = null;
        String line;
        while ((line = reader.readLine()) != null) {
            if (line.startsWith("#") && block == null) {
                continue;
            }
            if (line.startsWith("=== ")) {
                if (block != null) {
                    facts.put(block.code, block.build());
                }
                block = new Block(Integer.parseInt(line.substring(4).strip()));
            } else if (block != null) {
                block.read(line);
            }
        }
        if (block != null) {
            facts.put(block.code, block.build());
        }
        return facts;
    }

    private static final class Block {
        final int code;
        List<String> headers = List.of();
        List<Integer> related = List.of();
        final List<String> request = new ArrayList<>();
        final List<String> response = new ArrayList<>();
        List<String> section;

        Block(int code) {
            this.code = code;
        }

        void read(String line) {
            if (line.startsWith("headers:")) {
                headers = words(line.substring(8));
            } else if (line.startsWith("related:")) {
                related =
                        words(line.substring(8)).stream().map(Integer::valueOf).toList();
            } else if (line.equals("request:")) {
                section = request;
            } else if (line.equals("response:")) {
                section = response;
            } else if (section != null && !line.isBlank() && !line.equals("-")) {
                section.add(line);
            }
        }

        CodeFacts build() {
            return new CodeFacts(code, headers, related, String.join("\n", request), String.join("\n", response));
        }

        private static List<String> words(String text) {
            String t = text.strip();
            return t.isEmpty() || t.equals("-") ? List.of() : Arrays.asList(t.split("\\s+"));
        }
    }
}
