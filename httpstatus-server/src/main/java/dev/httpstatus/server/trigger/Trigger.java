package dev.httpstatus.server.trigger;

import java.util.Locale;

/**
 * A request that makes the server answer a code for its real reason, as a real server would: a row of
 * {@code triggers.tsv}, which says more about each column.
 *
 * @param code the status code it produces
 * @param method the request method
 * @param target the path and query to request, perhaps with an English note in parentheses; an absolute URL for a
 *     request sent through the server as a proxy
 * @param headers request headers the trigger needs, as "Name: value" lines, empty when none
 * @param body the content to send, empty when none
 * @param via how the request can be sent: {@code client}, {@code raw}, {@code raw HTTP/3.0}, {@code websocket},
 *     {@code halfway} or {@code proxy}
 * @param before what to send first, empty when nothing
 */
public record Trigger(int code, String method, String target, String headers, String body, String via, String before) {

    /**
     * The path and query without the target's English note in parentheses, such as "(a head that stops
     * halfway)": what goes on the request line. Pages show this, as the reason beside it says the same in the
     * page's language.
     */
    public String requestTarget() {
        int note = target.indexOf(" (");
        return note < 0 ? target : target.substring(0, note);
    }

    /**
     * A bash script that makes this trigger happen on the server at {@code origin} (such as {@code
     * http://localhost:8080}), its steps before included: what the pages show and the API serves.
     */
    public String script(String origin) {
        return TriggerScript.of(this, origin);
    }

    /** Why the code follows, in the language of {@code locale} (English for a language without texts). */
    public String why(Locale locale) {
        return TriggerTexts.why(code, locale);
    }
}
