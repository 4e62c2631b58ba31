package dev.httpstatus.internal;

/**
 * A light English stemmer for search: it strips the endings that turn a word into another form of it (plural
 * -s and -es, -ion, -ed, -ing) so that "redirection", "redirects" and "redirected" all find "redirect". It is
 * deliberately crude: both the query and the indexed words go through it, so a stem only has to be the same
 * for the forms of one word, never a real word itself.
 */
final class Stems {
    private static final int SHORTEST_STEM = 4;
    private static final String[] ENDINGS = {"ions", "ion", "ings", "ing", "ed", "es", "s"};

    private Stems() {}

    /** The stem of a lower-case word; the word itself when it is short or has none of the endings. */
    static String stem(String word) {
        for (String ending : ENDINGS) {
            if (word.endsWith(ending) && word.length() - ending.length() >= SHORTEST_STEM && keeps(word, ending)) {
                return trimE(word.substring(0, word.length() - ending.length()));
            }
        }
        return trimE(word);
    }

    /** "-s" after s, u or i is no plural ending: "access", "status", "analysis". */
    private static boolean keeps(String word, String ending) {
        if (!ending.equals("s")) {
            return true;
        }
        char before = word.charAt(word.length() - 2);
        return before != 's' && before != 'u' && before != 'i';
    }

    /** "cache", "cached" and "caches" share "cach"; "authenticate" and "authentication" "authenticat". */
    private static String trimE(String stem) {
        return stem.length() > SHORTEST_STEM && stem.endsWith("e") ? stem.substring(0, stem.length() - 1) : stem;
    }
}
