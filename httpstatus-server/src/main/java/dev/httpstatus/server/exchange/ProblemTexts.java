package dev.httpstatus.server.exchange;

import dev.httpstatus.Language;
import java.util.EnumMap;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The details of problems in one language, from {@code problems.properties} and {@code problems_zh.properties}:
 * a third language is one more file. A key missing in a language falls back to English.
 */
final class ProblemTexts {
    private static final String BUNDLE = "dev.httpstatus.server.exchange.problems";
    private static final Map<Language, ProblemTexts> BY_LANGUAGE = new EnumMap<>(Language.class);

    static {
        for (Language language : Language.values()) {
            BY_LANGUAGE.put(language, new ProblemTexts(bundle(language)));
        }
    }

    private final ResourceBundle bundle;

    private ProblemTexts(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    /** The bundle of exactly {@code language}: no fallback to the JVM's default locale, English at the root. */
    private static ResourceBundle bundle(Language language) {
        return ResourceBundle.getBundle(
                BUNDLE,
                language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    static ProblemTexts of(Language language) {
        return BY_LANGUAGE.get(language);
    }

    /**
     * The text under {@code key} with {0}, {1}… replaced by the arguments as they are. Not MessageFormat: its
     * quoting would make every apostrophe in a text a trap, and its number format would write a limit of 10240
     * bytes as "10,240" in one language and otherwise in another.
     */
    String format(String key, Object... arguments) {
        String text;
        try {
            text = bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("no problem text " + key + " in " + BUNDLE, e);
        }
        for (int i = 0; i < arguments.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(arguments[i]));
        }
        return text;
    }
}
