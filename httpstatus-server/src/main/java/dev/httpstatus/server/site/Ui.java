package dev.httpstatus.server.site;

import dev.httpstatus.Language;
import dev.httpstatus.server.exchange.Texts;
import java.text.MessageFormat;
import java.util.EnumMap;
import java.util.Map;

/**
 * The site's own words (headings, labels, buttons) in one language, from {@code site.properties} and
 * {@code site_zh.properties}. A third language is one more file.
 */
public final class Ui {
    private static final Map<Language, Ui> BY_LANGUAGE = new EnumMap<>(Language.class);

    static {
        for (Language language : Language.values()) {
            BY_LANGUAGE.put(language, new Ui(language, Texts.of(Ui.class, "site", language)));
        }
    }

    private final Language language;
    private final Texts texts;

    private Ui(Language language, Texts texts) {
        this.language = language;
        this.texts = texts;
    }

    /** The site's words in {@code language}. */
    public static Ui of(Language language) {
        return BY_LANGUAGE.get(language);
    }

    /** The language of these words. */
    public Language language() {
        return language;
    }

    /** The text under {@code key}. */
    public String get(String key) {
        return texts.get(key);
    }

    /**
     * The text under {@code key} with its {0}, {1}… filled in by MessageFormat, whose choice format the site's
     * counts use ("One code matches", "3 codes match").
     */
    public String format(String key, Object... arguments) {
        return new MessageFormat(texts.get(key), language.locale()).format(arguments);
    }
}
