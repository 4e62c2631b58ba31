package dev.httpstatus.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Splits text into Latin words and runs of Han characters, the two things a search matches on. */
final class Tokens {
    private Tokens() {}

    /** The lower-case words of letters and digits in {@code text}, Han characters excluded. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        text.toLowerCase(Locale.ROOT).codePoints().forEach(cp -> {
            if (Character.isLetterOrDigit(cp) && !isHan(cp)) {
                word.appendCodePoint(cp);
            } else if (word.length() > 0) {
                words.add(word.toString());
                word.setLength(0);
            }
        });
        if (word.length() > 0) {
            words.add(word.toString());
        }
        return words;
    }

    /** The runs of consecutive Han characters in {@code text}. */
    static List<String> hanRuns(String text) {
        List<String> runs = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        text.codePoints().forEach(cp -> {
            if (isHan(cp)) {
                run.appendCodePoint(cp);
            } else if (run.length() > 0) {
                runs.add(run.toString());
                run.setLength(0);
            }
        });
        if (run.length() > 0) {
            runs.add(run.toString());
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

    static boolean isHan(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }
}
