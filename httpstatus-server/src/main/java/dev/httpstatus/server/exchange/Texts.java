package dev.httpstatus.server.exchange;

import dev.httpstatus.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Properties;

/**
 * The server's own texts in one language, from a family of UTF-8 properties files beside the class that owns them:
 * {@code name.properties} in English and {@code name_<tag>.properties} for each other language, so that a third
 * language is one more file. A key missing in a language falls back to English.
 *
 * <p>Read directly rather than through {@link java.util.ResourceBundle}: its control over fallbacks is refused
 * inside a named module, and without it a request for French would get Chinese on a Chinese desktop.
 */
public final class Texts {
    private final Map<String, String> texts;

    private Texts(Map<String, String> texts) {
        this.texts = texts;
    }

    /**
     * The texts named {@code name} beside {@code owner}, in {@code language}.
     *
     * @throws IllegalStateException when the English file is missing
     */
    public static Texts of(Class<?> owner, String name, Language language) {
        Map<String, String> texts = new HashMap<>(read(owner, name + ".properties", true));
        if (language != Language.EN) {
            texts.putAll(read(owner, name + "_" + language.tag() + ".properties", false));
        }
        return new Texts(Map.copyOf(texts));
    }

    private static Map<String, String> read(Class<?> owner, String file, boolean required) {
        Properties properties = new Properties();
        try (InputStream in = owner.getResourceAsStream(file)) {
            if (in == null) {
                if (required) {
                    throw new IllegalStateException(file + " is missing beside " + owner.getName());
                }
                return Map.of();
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> texts = new HashMap<>();
        properties.forEach((key, value) -> texts.put((String) key, (String) value));
        return texts;
    }

    /**
     * The text under {@code key} with {0}, {1}… replaced by the arguments as they are. Not MessageFormat: its
     * quoting would make every apostrophe in a text a trap, and its number format would write a limit of 10240
     * bytes as "10,240" in one language and otherwise in another.
     *
     * @throws MissingResourceException when no language has the key
     */
    public String get(String key, Object... arguments) {
        String text = texts.get(key);
        if (text == null) {
            throw new MissingResourceException("no text " + key, Texts.class.getName(), key);
        }
        for (int i = 0; i < arguments.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(arguments[i]));
        }
        return text;
    }
}
