package dev.httpstatus.server.site;

import dev.httpstatus.Language;
import dev.httpstatus.StatusText;
import dev.httpstatus.UnofficialCode;
import java.util.Locale;

/**
 * A code in unofficial use as lists show it.
 *
 * @param code the number sent
 * @param phrase the phrase its origin uses
 * @param originId who sends it, as a stable id such as "nginx"
 * @param origin who sends it, in the page's language
 * @param title the name in the page's language
 * @param summary one sentence in the page's language
 * @param reusesRegisteredCode whether the number also has a registered meaning
 * @param otherText its title and summary in the other language, for the filter
 * @param validStatusCode whether the number is a status code at all (999 and 0 are not, yet appear in logs)
 */
public record UnofficialRow(
        int code,
        String phrase,
        String originId,
        String origin,
        String title,
        String summary,
        boolean reusesRegisteredCode,
        String otherText,
        boolean validStatusCode) {

    /** The row of {@code use}, its texts in {@code language}. */
    public static UnofficialRow of(UnofficialCode use, Language language) {
        StatusText text = use.text(language.locale());
        StatusText other = use.text(language.other().locale());
        return new UnofficialRow(
                use.code(),
                use.phrase().isEmpty() ? text.title() : use.phrase(),
                use.originId(),
                use.origin(language.locale()),
                text.title(),
                text.summary(),
                use.reusesRegisteredCode(),
                other.title() + " " + other.summary(),
                use.isValidStatusCode());
    }

    /** Where its explanation is: the page of its number, or its row on the unofficial page for a non-code. */
    public String path() {
        return validStatusCode ? "/codes/" + code : "/unofficial";
    }

    /** The id of its row on the unofficial page. */
    public String anchor() {
        return "u" + code + "-" + originId;
    }

    /** The words the filter on the index matches against, in lower case. */
    public String searchText() {
        return (code + " " + phrase + " " + origin + " " + title + " " + summary + " " + otherText)
                .toLowerCase(Locale.ROOT);
    }
}
