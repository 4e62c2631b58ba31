package dev.httpstatus;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The explanation of a status code, a class or an unofficial code in one language.
 *
 * @param locale the language the text is written in
 * @param title the name in that language, such as "Not Found" or "未找到"
 * @param summary one sentence saying what the code means
 * @param description a few sentences on when it is sent and what it implies
 * @param causes typical reasons for seeing it, most common first
 * @param clientAction what a client receiving it should do
 */
public record StatusText(
        Locale locale, String title, String summary, String description, List<String> causes, String clientAction) {

    /** Checks that nothing is missing; the list of causes is copied. */
    public StatusText {
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(description, "description");
        causes = List.copyOf(causes);
        Objects.requireNonNull(clientAction, "clientAction");
    }
}
