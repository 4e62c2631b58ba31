package dev.httpstatus.server.site;

import dev.httpstatus.HttpStatus;
import dev.httpstatus.Language;
import dev.httpstatus.StatusQuery;
import dev.httpstatus.StatusText;
import dev.httpstatus.UnofficialCode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Why a search result is in the list, said to the reader: the number, the pattern, a name, the summary, the
 * full text or a vendor's use, with the words that matched marked in a short excerpt.
 *
 * <p>The search ranks on stems and near spellings as well; a result whose texts hold none of the typed words as
 * written says "a word like it".
 *
 * @param label the key of the reason's label in the site's texts, such as {@code why.summary}
 * @param detail what fills the label's place, such as the pattern or the vendor; empty when it has none
 * @param excerpt the text where the words were found, around them, when the label alone does not show it
 */
public record MatchReason(String label, String detail, Optional<Excerpt> excerpt) {
    private static final int AROUND = 40;

    /** A short piece of text with the matched words in the middle: before, the match, after. */
    public record Excerpt(String before, String match, String after) {}

    /** A result of the search page: the code's row and why it is there. */
    public record Hit(CodeRow row, MatchReason why) {}

    /** Why {@code status} answers {@code query}, shown in {@code language}. */
    public static MatchReason of(HttpStatus status, StatusQuery query, Language language) {
        return switch (query.kind()) {
            case CODE -> plain("why.code", "");
            case PATTERN -> plain("why.pattern", query.query());
            case PHRASE ->
                status.reasonPhrase().equalsIgnoreCase(query.query())
                        ? plain("why.phrase", status.reasonPhrase())
                        : plain("why.alias", query.query());
            default -> words(status, words(query.query()), language);
        };
    }

    private static MatchReason plain(String label, String detail) {
        return new MatchReason(label, detail, Optional.empty());
    }

    private static List<String> words(String query) {
        return Arrays.stream(query.toLowerCase(Locale.ROOT).split("\\s+"))
                .filter(word -> !word.isEmpty())
                .toList();
    }

    /**
     * The first place, in the order a reader recognises them, whose text holds all the words, else the first that
     * holds one of them: "too many" is shown where both words stand together.
     */
    private static MatchReason words(HttpStatus status, List<String> words, Language language) {
        return firstPlace(status, words, language, text -> containsAll(text, words))
                .or(() -> firstPlace(status, words, language, text -> contains(text, words)))
                .orElse(plain("why.similar", ""));
    }

    private static Optional<MatchReason> firstPlace(
            HttpStatus status, List<String> words, Language language, Predicate<String> matches) {
        if (matches.test(status.reasonPhrase())) {
            return Optional.of(plain("why.phrase", status.reasonPhrase()));
        }
        for (String alias : status.aliases()) {
            if (matches.test(alias)) {
                return Optional.of(plain("why.alias", alias));
            }
        }
        for (Language each : List.of(language, language.other())) {
            StatusText text = status.text(each.locale());
            if (matches.test(text.title())) {
                return Optional.of(plain("why.title", text.title()));
            }
            if (matches.test(text.summary())) {
                return Optional.of(excerpt("why.summary", text.summary(), words));
            }
        }
        for (UnofficialCode use : status.unofficialMeanings()) {
            String origin = use.origin(language.locale());
            if (matches.test(use.phrase()) || matches.test(origin)) {
                return Optional.of(plain("why.vendor", origin + " · " + use.phrase()));
            }
            for (String text : fullText(use.text(language.locale()))) {
                if (matches.test(text)) {
                    return Optional.of(excerpt("why.vendorText", text, words, origin));
                }
            }
        }
        for (Language each : List.of(language, language.other())) {
            for (String text : fullText(status.text(each.locale()))) {
                if (matches.test(text)) {
                    return Optional.of(excerpt("why.text", text, words));
                }
            }
        }
        return Optional.empty();
    }

    private static List<String> fullText(StatusText text) {
        List<String> texts = new ArrayList<>(List.of(text.title(), text.summary(), text.description()));
        texts.addAll(text.causes());
        texts.add(text.clientAction());
        return texts;
    }

    private static boolean containsAll(String text, List<String> words) {
        String lower = text.toLowerCase(Locale.ROOT);
        return words.stream().allMatch(lower::contains);
    }

    private static boolean contains(String text, List<String> words) {
        String lower = text.toLowerCase(Locale.ROOT);
        return words.stream().anyMatch(lower::contains);
    }

    private static MatchReason excerpt(String label, String text, List<String> words) {
        return excerpt(label, text, words, "");
    }

    private static MatchReason excerpt(String label, String text, List<String> words, String detail) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.length() != text.length()) {
            // A letter whose lower case is longer (rare outside Turkish) would shift the mark: show the label only.
            return new MatchReason(label, detail, Optional.empty());
        }
        String word = words.stream().filter(lower::contains).findFirst().orElseThrow();
        int at = lower.indexOf(word);
        int from = Math.max(0, at - AROUND);
        int to = Math.min(text.length(), at + word.length() + AROUND);
        String before = (from > 0 ? "…" : "") + text.substring(from, at);
        String after = text.substring(at + word.length(), to) + (to < text.length() ? "…" : "");
        return new MatchReason(
                label, detail, Optional.of(new Excerpt(before, text.substring(at, at + word.length()), after)));
    }
}
