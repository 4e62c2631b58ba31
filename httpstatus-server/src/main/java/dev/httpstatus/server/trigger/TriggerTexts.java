package dev.httpstatus.server.trigger;

import dev.httpstatus.Language;
import dev.httpstatus.server.exchange.Texts;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * Why each code of the trigger table follows its request, or why the server never sends it, from {@code
 * triggers.properties} (English) and {@code triggers_<language>.properties}; a language is one more file.
 *
 * <p>The texts have bundles of their own beside the table rather than a place in the site's bundles: they
 * belong to the table, which {@code /api/v1/triggers} serves without the site, and whoever edits a row finds
 * its texts next to it.
 */
final class TriggerTexts {
    private static final Map<Language, Texts> BY_LANGUAGE = new EnumMap<>(Language.class);

    static {
        for (Language language : Language.values()) {
            BY_LANGUAGE.put(language, Texts.of(TriggerTexts.class, "triggers", language));
        }
    }

    private TriggerTexts() {}

    /** The text under {@code why.<code>} in the language of {@code locale}. */
    static String why(int code, Locale locale) {
        return BY_LANGUAGE.get(Language.of(locale)).get("why." + code);
    }
}
