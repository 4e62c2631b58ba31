package dev.httpstatus.cli;

import dev.httpstatus.Language;
import java.text.MessageFormat;
import java.util.ListResourceBundle;
import java.util.ResourceBundle;

/**
 * The command's own words in one language, from {@code src/main/texts/messages_<language>.properties}, which
 * the build has already read into {@link BundledMessages}, so that no jar has to be opened to read them.
 */
final class Messages {
    private final Language language;
    private final ResourceBundle bundle;

    private Messages(Language language, ResourceBundle bundle) {
        this.language = language;
        this.bundle = bundle;
    }

    static Messages of(Language language) {
        String[] pairs = BundledMessages.pairs(bundleName(language));
        Object[][] contents = new Object[pairs.length / 2][];
        for (int i = 0; i < contents.length; i++) {
            contents[i] = new Object[] {pairs[2 * i], pairs[2 * i + 1]};
        }
        return new Messages(language, new ListResourceBundle() {
            @Override
            protected Object[][] getContents() {
                return contents;
            }
        });
    }

    /** The file name of {@code language}'s messages. */
    static String bundleName(Language language) {
        return "messages_" + language.locale().getLanguage() + ".properties";
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
