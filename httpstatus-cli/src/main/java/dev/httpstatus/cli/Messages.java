package dev.httpstatus.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;

/** The command's own words in one language, from {@code messages_<language>.properties}. */
final class Messages {
    private final Language language;
    private final ResourceBundle bundle;

    private Messages(Language language, ResourceBundle bundle) {
        this.language = language;
        this.bundle = bundle;
    }

    static Messages of(Language language) {
        String name = "messages_" + language.locale().getLanguage() + ".properties";
        try (InputStream in = Messages.class.getResourceAsStream(name)) {
            return new Messages(
                    language, new PropertyResourceBundle(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }

    Language language() {
        return language;
    }

    /** The bundle itself, which also holds picocli's usage texts. */
    ResourceBundle bundle() {
        return bundle;
    }

    /** The text under {@code key} with {@code args} put in its {0}, {1}… places. */
    String get(String key, Object... args) {
        String pattern = bundle.getString(key);
        // MessageFormat is slow to build on a cold JVM: only texts with places to fill go through it.
        return args.length == 0 || pattern.indexOf('{') < 0
                ? pattern
                : new MessageFormat(pattern, language.locale()).format(args);
    }
}
