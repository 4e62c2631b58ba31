package dev.httpstatus.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits text into Latin words and runs of Han characters, the two things a search matches on. Plain
 * loops over chars: this runs over every text of the registry when the search index is built, often in a
 * command that has just started, before any of it is compiled.
 */
final class Tokens {
    private Tokens() {}

    /** The lower-case words of letters and digits in {@code text}, Han characters excluded. */
    static List<String> words(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            boolean inWord = Character.isLetterOrDigit(c) && !isHan(c);
            if (inWord && start < 0) {
                start = i;
            } else if (!inWord && start >= 0) {
                words.add(lower.substring(start, i));
                start = -1;
            }
        }
        if (start >= 0) {
            words.add(lower.substring(start));
        }
        return words;
    }

    /** The runs of consecutive Han characters in {@code text}. */
    static List<String> hanRuns(String text) {
        List<String> runs = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < text.length(); i++) {
            boolean han = isHan(text.charAt(i));
            if (han && start < 0) {
                start = i;
            } else if (!han && start >= 0) {
                runs.add(text.substring(start, i));
                start = -1;
            }
        }
        if (start >= 0) {
            runs.add(text.substring(start));
        }
        return runs;
    }

    /** The overlapping pairs of characters in a Han run, or the run itself when it is one character. */
    static List<String> bigrams(String run) {
        if (run.length() < 2) {
            return List.of(run);
        }
        List<String> grams = new ArrayList<>(run.length() - 1);
        for (int i = 0; i + 2 <= run.length(); i++) {
            grams.add(run.substring(i, i + 2));
        }
        return grams;
    }

    /**
     * Whether {@code c} is a Han ideograph of the basic plane: the unified ideographs, extension A and the
     * compatibility block. Rarer ideographs outside the basic plane are treated as other letters.
     */
    static boolean isHan(char c) {
        return (c >= '\u4e00' && c <= '\u9fff') || (c >= '\u3400' && c <= '\u4dbf') || (c >= '\uf900' && c <= '\ufaff');
    }
}
