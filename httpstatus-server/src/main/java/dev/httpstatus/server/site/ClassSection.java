package dev.httpstatus.server.site;

import dev.httpstatus.HttpStatus;
import dev.httpstatus.Language;
import dev.httpstatus.StatusClass;
import dev.httpstatus.StatusText;
import java.util.Arrays;
import java.util.List;

/**
 * One class of codes as the index and the class pages show it.
 *
 * @param label "1xx" to "5xx"
 * @param text the class explained in the page's language
 * @param codes its registered codes
 */
public record ClassSection(String label, StatusText text, List<CodeRow> codes) {

    /** The section of {@code statusClass}, its texts in {@code language}. */
    public static ClassSection of(StatusClass statusClass, Language language) {
        return new ClassSection(
                statusClass.label(),
                statusClass.text(language.locale()),
                HttpStatus.registered().stream()
                        .filter(s -> s.statusClass() == statusClass)
                        .map(s -> CodeRow.of(s, language))
                        .toList());
    }

    /** Every class, in order. */
    public static List<ClassSection> all(Language language) {
        return Arrays.stream(StatusClass.values())
                .filter(c -> c != StatusClass.UNKNOWN)
                .map(c -> of(c, language))
                .toList();
    }
}
