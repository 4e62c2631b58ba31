package dev.httpstatus;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The languages the project's texts are written in, and the one set of rules every face uses to pick one: a
 * tag a person typed ({@link #parse}), an HTTP {@code Accept-Language} header ({@link #negotiate}) and the POSIX
 * locale of a terminal ({@link #fromPosix}). English is the fallback wherever nothing names a language we have.
 */
public enum Language {
    /** English. */
    EN("en", Locale.ENGLISH),
    /** Simplified Chinese. */
    ZH("zh", Locale.SIMPLIFIED_CHINESE);

    private static final String[] POSIX_VARIABLES = {"LC_ALL", "LC_MESSAGES", "LANG"};

    private final String tag;
    private final Locale locale;

    Language(String tag, Locale locale) {
        this.tag = tag;
        this.locale = locale;
    }

    /** The short tag used in URLs, JSON and {@code <html lang>}: "en" or "zh". */
    public String tag() {
        return tag;
    }

    /** The locale whose texts {@link HttpStatus#text} and the bundles give for this language. */
    public Locale locale() {
        return locale;
    }

    /** The other language: where a switch between the two leads. */
    public Language other() {
        return this == EN ? ZH : EN;
    }

    /** The language of {@code locale}: Chinese for any Chinese locale, English for everything else. */
    public static Language of(Locale locale) {
        return locale.getLanguage().equals(ZH.tag) ? ZH : EN;
    }

    /**
     * The language a tag names, written as BCP 47 or POSIX writes it, in any case: "zh", "zh-CN", "zh-Hans",
     * "zh_TW.UTF-8" are Chinese (the only Chinese we have is Simplified); "en", "en-GB", "en_US.UTF-8" English.
     * Empty for a tag naming another language, or none ("C", "POSIX", "fr_FR").
     */
    public static Optional<Language> parse(String tag) {
        String primary = primarySubtag(tag);
        for (Language language : values()) {
            if (language.tag.equals(primary)) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }

    /** "zh" of "zh_CN.UTF-8@pinyin" or "zh-Hans-CN": the part before any region, script, codeset or modifier. */
    private static String primarySubtag(String tag) {
        String t = tag.strip().toLowerCase(Locale.ROOT);
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '-' || c == '_' || c == '.' || c == '@') {
                return t.substring(0, i);
            }
        }
        return t;
    }

    /**
     * The language an {@code Accept-Language} header prefers among ours (RFC 9110 §12.5.4): each language takes
     * the highest weight of the ranges naming it, else the weight of {@code *}; a weight of 0 refuses it. The
     * heavier wins, the one named first on a tie; English when the header is absent or accepts neither.
     *
     * @param acceptLanguage the header's value, or null when the request has none
     */
    public static Language negotiate(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return EN;
        }
        AcceptLanguage accepted = AcceptLanguage.parse(acceptLanguage);
        Language best = EN;
        double bestWeight = 0;
        int bestPosition = Integer.MAX_VALUE;
        for (Language language : values()) {
            double weight = accepted.weight(language.tag);
            int position = accepted.position(language.tag);
            if (weight > bestWeight || (weight == bestWeight && weight > 0 && position < bestPosition)) {
                best = language;
                bestWeight = weight;
                bestPosition = position;
            }
        }
        return best;
    }

    /**
     * The language of a terminal: the first of LC_ALL, LC_MESSAGES and LANG that is set and not empty, in the
     * order POSIX gives them precedence, read as {@link #parse} reads a tag; English when it names another
     * language, or when none is set.
     */
    public static Language fromPosix(Map<String, String> environment) {
        for (String name : POSIX_VARIABLES) {
            String value = environment.get(name);
            if (value != null && !value.isBlank()) {
                return parse(value).orElse(EN);
            }
        }
        return EN;
    }

    /** The ranges of an Accept-Language header by primary subtag, each with its weight and first position. */
    private record AcceptLanguage(Map<String, Double> weights, Map<String, Integer> positions) {
        private static final String ANY = "*";

        static AcceptLanguage parse(String header) {
            Map<String, Double> weights = new HashMap<>();
            Map<String, Integer> positions = new HashMap<>();
            String[] ranges = header.split(",");
            for (int i = 0; i < ranges.length; i++) {
                String[] parts = ranges[i].split(";");
                String range = primarySubtag(parts[0]);
                if (range.isEmpty()) {
                    continue;
                }
                weights.merge(range, weight(parts), Math::max);
                positions.putIfAbsent(range, i);
            }
            return new AcceptLanguage(weights, positions);
        }

        /** The weight of {@code q=}, 1 without one; 0 (refused) for one that is not a number from 0 to 1. */
        private static double weight(String[] parts) {
            for (int i = 1; i < parts.length; i++) {
                String parameter = parts[i].strip();
                if (parameter.length() > 2 && (parameter.startsWith("q=") || parameter.startsWith("Q="))) {
                    try {
                        double q = Double.parseDouble(parameter.substring(2));
                        return q >= 0 && q <= 1 ? q : 0;
                    } catch (NumberFormatException e) {
                        return 0;
                    }
                }
            }
            return 1;
        }

        double weight(String tag) {
            Double named = weights.get(tag);
            return named != null ? named : weights.getOrDefault(ANY, 0.0);
        }

        int position(String tag) {
            Integer named = positions.get(tag);
            return named != null ? named : positions.getOrDefault(ANY, Integer.MAX_VALUE);
        }
    }
}
