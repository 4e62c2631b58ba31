package dev.httpstatus.server.trigger;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Why each code of the trigger table follows its request, or why the server never sends it, from {@code
 * triggers.properties} (English) and {@code triggers_<language>.properties}; a language is one more file.
 *
 * <p>The texts have bundles of their own beside the table rather than a place in the site's bundles: they
 * belong to the table, which {@code /api/v1/triggers} serves without the site, and whoever edits a row finds
 * its texts next to it.
 */
final class TriggerTexts {
    private static final String BUNDLE = "dev.httpstatus.server.trigger.triggers";

    // Without fallback to the JVM's default locale, which would answer French with Chinese on a Chinese
    // desktop; a language without a bundle gets the English one, which has no suffix.
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private TriggerTexts() {}

    /** The text under {@code why.<code>} in the language of {@code locale}. */
    static String why(int code, Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale, NO_FALLBACK).getString("why." + code);
    }
}
