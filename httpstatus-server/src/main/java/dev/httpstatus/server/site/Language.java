package dev.httpstatus.server.site;

import java.util.Locale;
import java.util.Optional;

/** The languages the site is written in, each with its own URLs ({@code ?lang=zh}). */
public enum Language {
    EN("en", Locale.ENGLISH),
    ZH("zh", Locale.CHINESE);

    private final String tag;
    private final Locale locale;

    Language(String tag, Locale locale) {
        this.tag = tag;
        this.locale = locale;
    }

    /** The BCP 47 tag, as in {@code <html lang>} and {@code ?lang=}. */
    public String tag() {
        return tag;
    }

    public Locale locale() {
        return locale;
    }

    /** The other language, the one the switch on every page leads to. */
    public Language other() {
        return this == EN ? ZH : EN;
    }

    /** The language a {@code ?lang=} value names: "zh", "zh-CN", "zh_TW" are Chinese; "en…" English. */
    public static Optional<Language> named(String value) {
        String v = value.strip().toLowerCase(Locale.ROOT);
        if (v.startsWith("zh")) {
            return Optional.of(ZH);
        }
        if (v.startsWith("en")) {
            return Optional.of(EN);
        }
        return Optional.empty();
    }

    /**
     * The language an Accept-Language header prefers among ours: the one of highest weight, the earlier on a
     * tie; English when it names neither.
     */
    public static Language preferred(String acceptLanguage) {
        if (acceptLanguage == null) {
            return EN;
        }
        Language best = EN;
        double bestWeight = -1;
        for (String range : acceptLanguage.split(",")) {
            String[] parts = range.split(";");
            Optional<Language> language = named(parts[0]);
            double weight = weight(parts);
            if (language.isPresent() && weight > bestWeight && weight > 0) {
                best = language.get();
                bestWeight = weight;
            }
        }
        return best;
    }

    private static double weight(String[] parts) {
        for (int i = 1; i < parts.length; i++) {
            String p = parts[i].strip();
            if (p.startsWith("q=")) {
                try {
                    return Double.parseDouble(p.substring(2));
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 1;
    }
}
