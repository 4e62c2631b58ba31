package dev.httpstatus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The Chinese glossary in {@code docs/glossary.md} holds in every Chinese text of the repository: a word the glossary
 * rejects appears nowhere, unless it is part of an accepted term of the same concept. The words live in the glossary
 * only, so this file has no Chinese of its own and scans itself without harm.
 */
class GlossaryTest {
    private static final Pattern CODE_SPAN = Pattern.compile("`([^`]+)`");
    private static final Pattern CHINESE = Pattern.compile("[\\x{4e00}-\\x{9fff}]");
    private static final Set<String> TEXT_FILES = Set.of(
            "properties", "jte", "md", "html", "json", "txt", "text", "plain", "csv", "markdown", "java", "sh", "py");
    private static final Set<String> SKIPPED_DIRECTORIES = Set.of("target", "node_modules");
    /** Files that may name rejected words: the glossary itself, and the history of changes. */
    private static final Set<String> EXEMPT = Set.of("docs/glossary.md", "CHANGELOG.md");

    record Term(String concept, List<String> accepted, List<String> rejected) {
        /** Each place in the line where a rejected word stands outside every accepted term. */
        List<String> misusesIn(String line) {
            List<String> misuses = new ArrayList<>();
            for (String word : rejected) {
                for (int at = line.indexOf(word); at >= 0; at = line.indexOf(word, at + 1)) {
                    if (!insideAcceptedTerm(line, at, word.length())) {
                        misuses.add("'" + word + "' (" + concept + ": use " + String.join(" / ", accepted) + ")");
                    }
                }
            }
            return misuses;
        }

        // "head" in "header section" is the accepted term, not the rejected word: any overlap counts.
        private boolean insideAcceptedTerm(String line, int start, int length) {
            for (String term : accepted) {
                int at = line.indexOf(term, Math.max(0, start - term.length() + 1));
                if (at >= 0 && at < start + length) {
                    return true;
                }
            }
            return false;
        }
    }

    @Test
    void noChineseTextUsesAWordTheGlossaryRejects() {
        List<Term> glossary = glossary();
        List<String> misuses = new ArrayList<>();
        for (Path file : chineseTextFiles()) {
            List<String> lines = read(file).lines().toList();
            for (int number = 1; number <= lines.size(); number++) {
                for (Term term : glossary) {
                    for (String misuse : term.misusesIn(lines.get(number - 1))) {
                        misuses.add(root().relativize(file) + ":" + number + ": " + misuse);
                    }
                }
            }
        }
        assertThat(misuses).isEmpty();
    }

    @Test
    void theGlossaryRejectsWordsForItsConcepts() {
        List<Term> glossary = glossary();
        assertThat(glossary)
                .hasSizeGreaterThan(10)
                .allSatisfy(
                        term -> assertThat(term.accepted()).as(term.concept()).isNotEmpty());
        assertThat(glossary.stream().mapToInt(term -> term.rejected().size()).sum())
                .isGreaterThan(20);
    }

    @Test
    void theScanCoversEveryModulesChineseTexts() {
        assertThat(chineseTextFiles().stream()
                        .map(file -> root().relativize(file).toString().replace('\\', '/')))
                .contains(
                        "httpstatus-core/src/main/texts/texts_zh.properties",
                        "httpstatus-cli/src/main/texts/messages_zh.properties",
                        "httpstatus-server/src/main/resources/dev/httpstatus/server/exchange/problems_zh.properties",
                        "httpstatus-server/src/main/resources/dev/httpstatus/server/site/site_zh.properties",
                        "httpstatus-server/src/main/resources/dev/httpstatus/server/trigger/triggers_zh.properties",
                        "httpstatus-server/src/main/jte/search.jte",
                        "README.md");
    }

    @Test
    void aRejectedWordCountsOnlyOutsideTheAcceptedTerms() {
        Term header = new Term("header section", List.of("header section"), List.of("er sec", "head part"));

        assertThat(header.misusesIn("the header section ends")).isEmpty();
        assertThat(header.misusesIn("a header sec and a head part")).hasSize(2);
        assertThat(header.misusesIn("er sec, then header section")).hasSize(1);
    }

    /** The rows of the table under "## Terms": code spans of the Chinese and Rejected columns. */
    static List<Term> glossary() {
        List<Term> terms = new ArrayList<>();
        boolean inTable = false;
        for (String line : read(root().resolve("docs/glossary.md")).lines().toList()) {
            inTable = line.startsWith("## ") ? line.equals("## Terms") : inTable;
            if (inTable && line.startsWith("|") && !line.startsWith("|---") && !line.startsWith("| Concept")) {
                String[] cells = line.split("\\|", -1);
                terms.add(new Term(cells[1].strip(), codeSpans(cells[3]), codeSpans(cells[4])));
            }
        }
        return terms;
    }

    private static List<String> codeSpans(String cell) {
        List<String> spans = new ArrayList<>();
        Matcher matcher = CODE_SPAN.matcher(cell);
        while (matcher.find()) {
            spans.add(matcher.group(1));
        }
        return spans;
    }

    /** Every text file of the repository with Chinese in it, outside build output and the exempt files. */
    static List<Path> chineseTextFiles() {
        try (Stream<Path> files = Files.walk(root())) {
            return files.filter(GlossaryTest::isSourceText)
                    .filter(file -> CHINESE.matcher(read(file)).find())
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isSourceText(Path file) {
        Path relative = root().relativize(file);
        for (Path part : relative) {
            String name = part.toString();
            if (name.startsWith(".") || SKIPPED_DIRECTORIES.contains(name)) {
                return false;
            }
        }
        String name = file.getFileName().toString();
        String extension = name.substring(name.lastIndexOf('.') + 1);
        return Files.isRegularFile(file)
                && TEXT_FILES.contains(extension)
                && !EXEMPT.contains(relative.toString().replace('\\', '/'));
    }

    /** The repository root: the nearest directory above the module that holds the glossary. */
    static Path root() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("docs/glossary.md"))) {
                return dir;
            }
        }
        throw new IllegalStateException(
                "docs/glossary.md not found above " + Path.of("").toAbsolutePath());
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (java.nio.charset.MalformedInputException e) {
            return ""; // not UTF-8, so not one of our texts (a GBK sample, say)
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
