package dev.httpstatus.server.site;

import dev.httpstatus.HttpStatus;
import dev.httpstatus.Language;
import dev.httpstatus.SpecReference;
import dev.httpstatus.StatusText;
import dev.httpstatus.server.trigger.Trigger;
import dev.httpstatus.server.trigger.TriggerTable;
import java.util.List;
import java.util.Optional;

/**
 * Everything the page of one code shows.
 *
 * @param status the code
 * @param text its explanation in the page's language
 * @param classText its class explained in the page's language
 * @param facts headers, related codes and an example exchange; absent for codes IANA does not list
 * @param related the related codes as rows
 * @param vendors what vendors mean by the same number
 * @param references how programs name the code
 * @param triggers requests that make the server answer the code for its real reason
 * @param untriggeredWhy why the server does not produce the code for a real reason, when it does not
 * @param clients what real HTTP clients do with the code, when the client matrix measured it
 */
public record CodeView(
        HttpStatus status,
        StatusText text,
        StatusText classText,
        Optional<CodeFacts> facts,
        List<CodeRow> related,
        List<UnofficialRow> vendors,
        List<CodeReferences.Reference> references,
        List<Trigger> triggers,
        Optional<String> untriggeredWhy,
        Optional<ClientTable> clients) {

    /** What the page of {@code status} shows, in {@code language}. */
    public static CodeView of(HttpStatus status, Language language) {
        Optional<CodeFacts> facts = CodeFacts.of(status.code());
        return new CodeView(
                status,
                status.text(language.locale()),
                status.statusClass().text(language.locale()),
                facts,
                facts.map(f -> f.related().stream()
                                .map(code -> CodeRow.of(HttpStatus.of(code), language))
                                .toList())
                        .orElse(List.of()),
                status.unofficialMeanings().stream()
                        .map(use -> UnofficialRow.of(use, language))
                        .toList(),
                CodeReferences.of(status.code()),
                TriggerTable.triggersOf(status.code()),
                TriggerTable.untriggered(status.code()).map(u -> u.why(language.locale())),
                ClientTable.of(status.code(), language));
    }

    /** The code. */
    public int code() {
        return status.code();
    }

    /** The document and section that define the code, when one does. */
    public Optional<SpecReference> spec() {
        return status.spec();
    }

    /** The path of the test endpoint that answers this code on request. */
    public String testPath() {
        return "/status/" + status.code();
    }

    /** Whether {@link #testPath()} can show this code: 101 needs a real upgrade, see the triggers. */
    public boolean isTryable() {
        return status.code() != 101;
    }

    /**
     * The title of the page, as people search for the code: "HTTP 404 Not Found", "HTTP 404 未找到 (Not Found)";
     * a code kept out of use carries the name it is known by, "HTTP 418 I'm a teapot (Unused)".
     */
    public String pageTitle() {
        String phrase = status.reasonPhrase();
        String title = text.title();
        if (isUnusedButNamed()) {
            // A Chinese title brings its own full-width parentheses, and no space before them.
            return "HTTP " + code() + " " + status.aliases().get(0) + (title.startsWith("（") ? "" : " ") + title;
        }
        boolean phraseAdds = !phrase.isEmpty() && !phrase.equals(title);
        return "HTTP " + code() + " " + title + (phraseAdds ? " (" + phrase + ")" : "");
    }

    /** Whether the code is kept out of use yet known by another name, as 418 is known as "I'm a teapot". */
    public boolean isUnusedButNamed() {
        return status.reasonPhrase().startsWith("(") && !status.aliases().isEmpty();
    }

    /** The curl command that asks the test endpoint of {@code origin} for this code. */
    public String curl(String origin) {
        return "curl -i " + origin + testPath();
    }
}
