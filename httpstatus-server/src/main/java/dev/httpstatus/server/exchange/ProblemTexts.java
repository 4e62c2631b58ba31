package dev.httpstatus.server.exchange;

import dev.httpstatus.Language;
import java.util.EnumMap;
import java.util.Map;

/** The details of problems in each language, from {@code problems.properties} and {@code problems_zh.properties}. */
final class ProblemTexts {
    private static final Map<Language, Texts> BY_LANGUAGE = new EnumMap<>(Language.class);

    static {
        for (Language language : Language.values()) {
            BY_LANGUAGE.put(language, Texts.of(ProblemTexts.class, "problems", language));
        }
    }

    private ProblemTexts() {}

    /** The detail under {@code key} in {@code language}, with its {0}, {1}… filled in. */
    static String format(Language language, String key, Object... arguments) {
        return BY_LANGUAGE.get(language).get(key, arguments);
    }
}
