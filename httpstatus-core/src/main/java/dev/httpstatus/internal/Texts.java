package dev.httpstatus.internal;

import dev.httpstatus.StatusText;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The texts of one language, read from the UTF-8 bundle {@code texts_<language>.properties} beside this
 * class. A language without a bundle gets English; a key missing in a bundle falls back to English.
 *
 * <p>Bundles are read directly rather than through {@link ResourceBundle#getBundle}, whose fallback to
 * the JVM's default locale would answer a request for French with Chinese on a Chinese desktop.
 */
public final class Texts {
    /** The languages whose texts are searched; a new language adds its bundle and its tag here. */
    public static final List<String> LANGUAGES = List.of("en", "zh");

    private static final String ENGLISH = "en";
    private static final Map<String, Texts> LOADED = new ConcurrentHashMap<>();

    private final Locale locale;
    private final ResourceBundle bundle;

    private Texts(Locale locale, ResourceBundle bundle) {
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
        if (language.isEmpty() || Texts.class.getResource(resourceName(language)) == null) {
            return english();
        }
        return LOADED.computeIfAbsent(language, Texts::load);
    }

    private static Texts english() {
        return LOADED.computeIfAbsent(ENGLISH, Texts::load);
    }

    private static String resourceName(String language) {
        return "texts_" + language + ".properties";
    }

    private static Texts load(String language) {
        try (InputStream in = Texts.class.getResourceAsStream(resourceName(language))) {
            if (in == null) {
                throw new MissingResourceException("no texts for " + language, Texts.class.getName(), language);
            }
            var bundle = new PropertyResourceBundle(new InputStreamReader(in, StandardCharsets.UTF_8));
            return new Texts(Locale.forLanguageTag(language), bundle);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the texts for " + language, e);
        }
    }

    /** The language of these texts. */
    public Locale locale() {
        return locale;
    }

    /** The text under {@code key} in this language, else in English, else empty. */
    public Optional<String> find(String key) {
        if (bundle.containsKey(key)) {
            return Optional.of(bundle.getString(key));
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
        return bundle.containsKey(key) && !bundle.getString(key).isBlank();
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
        java.util.function.UnaryOperator<String> fill = key -> new MessageFormat(value(key), locale)
                .format(new Object[] {Integer.toString(code), classLabel, Integer.toString(baseCode)});
        return new StatusText(
                locale,
                fill.apply("unassigned.title"),
                fill.apply("unassigned.summary"),
                fill.apply("unassigned.description"),
                causes("unassigned", fill),
                fill.apply("unassigned.action"));
    }

    private List<String> causes(String prefix, java.util.function.UnaryOperator<String> read) {
        List<String> causes = new ArrayList<>();
        for (int i = 1; find(prefix + ".cause." + i).isPresent(); i++) {
            causes.add(read.apply(prefix + ".cause." + i));
        }
        return causes;
    }
}
