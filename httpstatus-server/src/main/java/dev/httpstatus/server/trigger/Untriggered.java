package dev.httpstatus.server.trigger;

import java.util.Locale;

/**
 * A registered code the server does not produce for a real reason: a row of {@code triggers.tsv} without a
 * request.
 *
 * @param code the status code
 */
public record Untriggered(int code) {

    /** Why the server never sends the code, in the language of {@code locale} (English for one without texts). */
    public String why(Locale locale) {
        return TriggerTexts.why(code, locale);
    }
}
