package dev.httpstatus.server.site;

import dev.httpstatus.HttpStatus;
import dev.httpstatus.Language;
import dev.httpstatus.StatusText;
import java.util.Locale;

/**
 * A code as lists show it: number, English phrase, title and summary in the page's language.
 *
 * @param code the status code
 * @param phrase the English reason phrase
 * @param title the name in the page's language
 * @param summary one sentence in the page's language
 * @param registration the registration's id: permanent, temporary, unused, obsoleted, unofficial or unassigned
 * @param searchText the words the filter on the index matches, in both languages and in lower case, so that
 *     "超时" finds 504 on the English page too
 */
public record CodeRow(int code, String phrase, String title, String summary, String registration, String searchText) {

    /** The row of {@code status}, its texts in {@code language}. */
    public static CodeRow of(HttpStatus status, Language language) {
        StatusText text = status.text(language.locale());
        // Some vendors send a number with no phrase at all (AWS load balancers' 460, 463, 464): show the title.
        String phrase = status.reasonPhrase().isEmpty() ? text.title() : status.reasonPhrase();
        StatusText other = status.text(language.other().locale());
        String search = String.join(
                " ",
                Integer.toString(status.code()),
                phrase,
                text.title(),
                text.summary(),
                other.title(),
                other.summary());
        return new CodeRow(
                status.code(),
                phrase,
                text.title(),
                text.summary(),
                status.registration().id(),
                search.toLowerCase(Locale.ROOT));
    }
}
