package dev.httpstatus.internal;

import dev.httpstatus.StatusText;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * The texts of one language, from the bundle {@code src/main/texts/texts_<language>.properties}, which the
 * build has already read into {@link BundledTexts}, so that a command need neither open a jar nor parse it. A language without a
 * bundle gets English; a key missing in a bundle falls back to English.
 *
 * <p>Bundles are read directly rather than through {@link java.util.ResourceBundle#getBundle}, whose fallback to
 * the JVM's default locale would answer a request for French with Chinese on a Chinese desktop.
 */
public final class Texts {
    /** The languages whose texts are searched; a new language adds its bundle and its tag here. */
    public static final List<String> LANGUAGES = List.of("en", "zh");

    private static final String ENGLISH = "en";
    private static final Map<String, Texts> LOADED = new ConcurrentHashMap<>();

    private final Locale locale;
    private final Map<String, String> bundle;

    private Texts(Locale locale, Map<String, String> bundle) {
        this.locale = locale;
        this.bundle = bundle;
    }

    /** The texts for {@code locale}'s language, or English when the project has none in it. */
    public static Texts of(Locale locale) {
        String language = locale.getLanguage();
        Texts loaded = LOADED.get(language);
        if (loaded != null) {
            return loaded;
        }
        Texts read = language.isEmpty() ? null : load(language);
        if (read == null) {
            return language.equals(ENGLISH) ? missingEnglish() : of(Locale.ENGLISH);
        }
        Texts raced = LOADED.putIfAbsent(language, read);
        return raced != null ? raced : read;
    }

    private static Texts english() {
        return of(Locale.ENGLISH);
    }

    private static Texts missingEnglish() {
        throw new MissingResourceException("the English texts are missing", Texts.class.getName(), ENGLISH);
    }

    /** The file name of {@code language}'s bundle. */
    static String bundleName(String language) {
        return "texts_" + language + ".properties";
    }

    /** The texts of {@code language}, or null when the project has none in it. */
    private static Texts load(String language) {
        String[] pairs = BundledTexts.pairs(bundleName(language));
        if (pairs == null) {
            return null;
        }
        Map<String, String> bundle = new HashMap<>(pairs.length);
        for (int i = 0; i < pairs.length; i += 2) {
            bundle.put(pairs[i], pairs[i + 1]);
        }
        return new Texts(Locale.forLanguageTag(language), bundle);
    }

    /** The language of these texts. */
    public Locale locale() {
        return locale;
    }

    /** The text under {@code key} in this language, else in English, else empty. */
    public Optional<String> find(String key) {
        String value = bundle.get(key);
        if (value != null) {
            return Optional.of(value);
        }
        return this == english() ? Optional.empty() : english().find(key);
    }

    /**
     * The text under {@code key} in this language, else in English.
     *
     * @throws MissingResourceException when English has no such key either
     */
    public String value(String key) {
        return find(key)
                .orElseThrow(() -> new MissingResourceException("no text for " + key, Texts.class.getName(), key));
    }

    /** Whether this language's own bundle has a non-blank value under {@code key}. */
    public boolean hasOwn(String key) {
        String value = bundle.get(key);
        return value != null && !value.isBlank();
    }

    /** Every key of this language's own bundle. */
    public List<String> keys() {
        return List.copyOf(bundle.keySet());
    }

    /** The entry whose keys start with {@code prefix}: title, summary, description, causes, action. */
    public StatusText entry(String prefix) {
        return new StatusText(
                locale,
                value(prefix + ".title"),
                value(prefix + ".summary"),
                value(prefix + ".description"),
                causes(prefix, key -> value(key)),
                value(prefix + ".action"));
    }

    /** The entry for a code nobody has assigned, filled in from the template for its class. */
    public StatusText unassigned(int code, String classLabel, int baseCode) {
        UnaryOperator<String> fill = key -> new MessageFormat(value(key), locale)
                .format(new Object[] {Integer.toString(code), classLabel, Integer.toString(baseCode)});
        return new StatusText(
                locale,
                fill.apply("unassigned.title"),
                fill.apply("unassigned.summary"),
                fill.apply("unassigned.description"),
                causes("unassigned", fill),
                fill.apply("unassigned.action"));
    }

    private List<String> causes(String prefix, UnaryOperator<String> read) {
        List<String> causes = new ArrayList<>();
        for (int i = 1; find(prefix + ".cause." + i).isPresent(); i++) {
            causes.add(read.apply(prefix + ".cause." + i));
        }
        return causes;
    }
}
