package dev.httpstatus.server.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.SoftAssertions.assertSoftly;

import dev.httpstatus.InvalidPatternException;
import dev.httpstatus.Language;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The two bundles of problem texts hold each other and the code to account: the same keys, the same arguments,
 * every Chinese text in Chinese with the literals a user types kept as they are, and exactly the keys the main
 * sources throw. The files are read as they are, so that no Chinese key can hide behind the English fallback.
 */
class ProblemTextsTest {
    private static final Path BUNDLES = Path.of("src/main/resources/dev/httpstatus/server/exchange");
    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+}");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

    /**
     * What a user types and must find unchanged in every language: paths, flags, query parameters with what
     * follows their {@code =}, and hyphenated header names.
     */
    private static final Pattern LITERAL = Pattern.compile("(?<![\\w/])/[\\w/.,?=&-]*[\\w/]"
            + "|--[a-z][a-z-]*"
            + "|\\b[a-z_]+=(?:[^\\s,;():]|:(?=\\S))*"
            + "|\\b[A-Z][a-z]+(?:-[A-Z][a-z]+)+");

    /** A problem made in the code, however its key is given. */
    private static final Pattern CALL = Pattern.compile("Problem\\.(?:of|badRequest)\\(");

    /**
     * A problem made with its key in quotes, {@code Problem.of(status, "key"} or {@code Problem.badRequest("key"},
     * followed by a {@code +} when the quotes hold only the start of the key.
     */
    private static final Pattern KEYED_CALL =
            Pattern.compile("Problem\\.(?:of\\(\\s*[^,;\"]+,|badRequest\\()\\s*\"([^\"]+)\"(\\s*\\+)?");

    /** The keys CodesApi builds as {@code "pattern." + } what is wrong with a pattern: one per problem. */
    private static final List<String> PATTERN_KEYS = Arrays.stream(InvalidPatternException.Problem.values())
            .map(problem -> "pattern." + problem.name())
            .toList();

    private static Properties english;
    private static Properties chinese;
    private static Map<Path, String> sources;

    @BeforeAll
    static void read() {
        english = bundle("problems.properties");
        chinese = bundle("problems_zh.properties");
        sources = sources();
    }

    @Test
    void chineseHasExactlyTheKeysOfEnglish() {
        assertSoftly(softly -> {
            softly.assertThat(without(english, chinese))
                    .as("keys missing in problems_zh.properties")
                    .isEmpty();
            softly.assertThat(without(chinese, english))
                    .as("keys only in problems_zh.properties")
                    .isEmpty();
        });
    }

    @Test
    void everyChineseTextTakesTheArgumentsOfItsEnglish() {
        List<String> differing = new ArrayList<>();
        for (String key : sharedKeys()) {
            Set<String> englishOnes = matches(PLACEHOLDER, english.getProperty(key));
            Set<String> chineseOnes = matches(PLACEHOLDER, chinese.getProperty(key));
            if (!englishOnes.equals(chineseOnes)) {
                differing.add(key + ": English " + englishOnes + ", Chinese " + chineseOnes);
            }
        }
        assertThat(differing).isEmpty();
    }

    @Test
    void everyChineseTextIsWrittenInChinese() {
        List<String> notChinese = sharedKeys().stream()
                .filter(key -> !HAN.matcher(chinese.getProperty(key)).find())
                .map(key -> key + "=" + chinese.getProperty(key))
                .toList();
        assertThat(notChinese).isEmpty();
    }

    @Test
    void everyChineseTextKeepsTheLiteralsOfItsEnglish() {
        List<String> lost = new ArrayList<>();
        for (String key : sharedKeys()) {
            String text = chinese.getProperty(key);
            for (String literal : matches(LITERAL, english.getProperty(key))) {
                if (!text.contains(literal)) {
                    lost.add(key + ": " + literal);
                }
            }
        }
        assertThat(lost).isEmpty();
    }

    @Test
    void everyProblemInTheCodeNamesItsKey() {
        List<String> unnamed = new ArrayList<>();
        sources.forEach((file, code) -> {
            long calls = CALL.matcher(code).results().count();
            long keyed = KEYED_CALL.matcher(code).results().count();
            if (calls != keyed) {
                unnamed.add(file + ": " + (calls - keyed) + " of " + calls + " without a key in quotes");
            }
        });
        assertThat(unnamed).isEmpty();
    }

    @Test
    void everyKeyTheCodeUsesHasAText() {
        Set<String> missing = new TreeSet<>(usedKeys());
        missing.removeAll(english.stringPropertyNames());
        assertThat(missing)
                .as("keys thrown in the code but not in problems.properties")
                .isEmpty();
    }

    @Test
    void everyTextIsUsedByTheCode() {
        Set<String> stale = new TreeSet<>(english.stringPropertyNames());
        stale.removeAll(usedKeys());
        assertThat(stale).as("keys in problems.properties that no code throws").isEmpty();
    }

    @Test
    void chineseProblemsReadTheChineseBundle() {
        Problem problem = Problem.badRequest("option.notADuration", "sleep", "abc");

        assertThat(problem.detail(Language.ZH))
                .isEqualTo(chinese.getProperty("option.notADuration")
                        .replace("{0}", "sleep")
                        .replace("{1}", "abc"));
        assertThat(problem.detail(Language.EN))
                .isEqualTo("sleep=abc is not a duration: write 500 (milliseconds), 500ms, 2s or 1m");
    }

    private static Properties bundle(String name) {
        Properties properties = new Properties();
        // A reader that refuses malformed UTF-8, where Properties.load(InputStream) would read ISO-8859-1.
        try (Reader reader = Files.newBufferedReader(BUNDLES.resolve(name), StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    /** The keys of {@code these} that {@code those} lacks, sorted. */
    private static Set<String> without(Properties these, Properties those) {
        Set<String> keys = new TreeSet<>(these.stringPropertyNames());
        keys.removeAll(those.stringPropertyNames());
        return keys;
    }

    private static Set<String> sharedKeys() {
        Set<String> keys = new TreeSet<>(english.stringPropertyNames());
        keys.retainAll(chinese.stringPropertyNames());
        return keys;
    }

    private static Set<String> matches(Pattern pattern, String text) {
        return pattern.matcher(text).results().map(MatchResult::group).collect(Collectors.toCollection(TreeSet::new));
    }

    /** The keys the main sources throw, those built from a prefix expanded to every key the prefix can give. */
    private static Set<String> usedKeys() {
        Set<String> keys = new TreeSet<>();
        sources.values()
                .forEach(code -> KEYED_CALL.matcher(code).results().forEach(call -> {
                    if (call.group(2) == null) {
                        keys.add(call.group(1));
                    } else if (call.group(1).equals("pattern.")) {
                        keys.addAll(PATTERN_KEYS);
                    } else {
                        throw new AssertionError(
                                "a key built from " + call.group(1) + " + …, which this test cannot expand");
                    }
                }));
        return keys;
    }

    /** Every main source file by path, without its comment lines, where keys appear in examples. */
    private static Map<Path, String> sources() {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(file -> file.toString().endsWith(".java"))
                    .collect(Collectors.toMap(file -> file, ProblemTextsTest::withoutComments));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String withoutComments(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                    .map(String::strip)
                    .filter(line -> !line.startsWith("*") && !line.startsWith("/*") && !line.startsWith("//"))
                    .collect(Collectors.joining("\n"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
