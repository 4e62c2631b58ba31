package dev.httpstatus.server.site;

import dev.httpstatus.Language;
import java.text.MessageFormat;
import java.util.EnumMap;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * The site's own words (headings, labels, buttons) in one language, from {@code site.properties} and
 * {@code site_zh.properties}. A third language is one more file.
 */
public final class Ui {
    private static final Map<Language, Ui> BY_LANGUAGE = new EnumMap<>(Language.class);

    static {
        for (Language language : Language.values()) {
            BY_LANGUAGE.put(
                    language,
                    new Ui(
                            language,
                            ResourceBundle.getBundle(
                                    "dev.httpstatus.server.site.site",
                                    language.locale(),
                                    ResourceBundle.Control.getNoFallbackControl(
                                            ResourceBundle.Control.FORMAT_PROPERTIES))));
        }
    }

    private final Language language;
    private final ResourceBundle bundle;

    private Ui(Language language, ResourceBundle bundle) {
        this.language = language;
        this.bundle = bundle;
    }

    public static Ui of(Language language) {
        return BY_LANGUAGE.get(language);
    }

    public Language language() {
        return language;
    }

    /** The text under {@code key}. */
    public String get(String key) {
        return bundle.getString(key);
    }

    /** The text under {@code key} with its {0}, {1}… filled in. */
    public String format(String key, Object... arguments) {
        return new MessageFormat(bundle.getString(key), language.locale()).format(arguments);
    }
}
